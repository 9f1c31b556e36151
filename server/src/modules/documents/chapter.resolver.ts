import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChapterService } from './chapter.service';
import { documentLoader } from './document.loaders';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { Chapter } from './chapter.entity';
import { Document } from './document.entity';
import { CreateChapterInput, ReorderChaptersInput } from './document.inputs';

@Resolver(() => Chapter)
export class ChapterResolver {
  constructor(private readonly chapterService: ChapterService) {}

  @Authorized()
  @Query(() => Chapter, { description: 'NOT_FOUND unless I am a member of its project' })
  chapter(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<Chapter> {
    return this.chapterService.get(ctx.user!, id);
  }

  @Authorized()
  @Mutation(() => Chapter, { description: 'Coordinators only' })
  createChapter(@Arg('input') input: CreateChapterInput, @Ctx() ctx: Context): Promise<Chapter> {
    return this.chapterService.create(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => Chapter, { description: 'Coordinators only' })
  renameChapter(
    @Arg('id', () => UUID) id: string,
    @Arg('title') title: string,
    @Ctx() ctx: Context,
  ): Promise<Chapter> {
    return this.chapterService.rename(ctx.user!, id, title);
  }

  @Authorized()
  @Mutation(() => [Chapter], { description: 'Coordinators only' })
  reorderChapters(@Arg('input') input: ReorderChaptersInput, @Ctx() ctx: Context): Promise<Chapter[]> {
    return this.chapterService.reorder(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Coordinators only' })
  deleteChapter(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return this.chapterService.delete(ctx.user!, id);
  }

  @FieldResolver(() => Document)
  document(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<Document> {
    return documentLoader(ctx).load(chapter.documentId);
  }
}
