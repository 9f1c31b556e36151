import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { VersionService } from './version.service';
import { userLoader } from '../users/user.loaders';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { Chapter } from '../documents/chapter.entity';
import { User } from '../users/user.entity';
import { ChapterVersion } from './chapter-version.entity';
import { DiffSegment, DiffSegmentType } from './version.types';

@Resolver(() => ChapterVersion)
export class VersionResolver {
  constructor(private readonly versionService: VersionService) {}

  @Authorized()
  @Query(() => [ChapterVersion], { description: 'Newest first; members of the project' })
  chapterVersions(
    @Arg('chapterId', () => UUID) chapterId: string,
    @Ctx() ctx: Context,
  ): Promise<ChapterVersion[]> {
    return this.versionService.list(ctx.user!, chapterId);
  }

  @Authorized()
  @Query(() => ChapterVersion, { description: 'NOT_FOUND unless I am a member of its project' })
  chapterVersion(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<ChapterVersion> {
    return this.versionService.get(ctx.user!, id);
  }

  @Authorized()
  @Query(() => [DiffSegment], {
    description: 'Word diff from a version to another version of the same chapter, or to the current text',
  })
  async chapterVersionDiff(
    @Arg('fromVersionId', () => UUID) fromVersionId: string,
    @Arg('toVersionId', () => UUID, { nullable: true, description: 'Omit for the current text' })
    toVersionId: string | null,
    @Ctx() ctx: Context,
  ): Promise<DiffSegment[]> {
    const segments = await this.versionService.diff(ctx.user!, fromVersionId, toVersionId);
    return segments.map((s) => ({ type: DiffSegmentType[s.type], text: s.text }));
  }

  @Authorized()
  @Mutation(() => ChapterVersion, {
    description: 'A named snapshot of the current text; authors and coordinators',
  })
  createChapterVersion(
    @Arg('chapterId', () => UUID) chapterId: string,
    @Arg('name', { description: '1 to 200 characters' }) name: string,
    @Ctx() ctx: Context,
  ): Promise<ChapterVersion> {
    return this.versionService.create(ctx.user!, chapterId, name, ctx.client);
  }

  @Authorized()
  @Mutation(() => Chapter, {
    description:
      'Makes the version’s text the chapter’s current text, as a new attributed edit live in every open editor ' +
      '(approvals of the previous text go stale); authors and coordinators',
  })
  restoreChapterVersion(
    @Arg('versionId', () => UUID) versionId: string,
    @Ctx() ctx: Context,
  ): Promise<Chapter> {
    return this.versionService.restore(ctx.user!, versionId, ctx.client);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null for automatic versions of a deleted user' })
  createdBy(@Root() version: ChapterVersion, @Ctx() ctx: Context): Promise<User> | null {
    return version.createdById ? userLoader(ctx).load(version.createdById) : null;
  }
}
