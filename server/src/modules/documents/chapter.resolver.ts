import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { Chapter } from './chapter.entity';
import { Document } from './document.entity';
import { CreateChapterInput, ReorderChaptersInput } from './document.inputs';

@Resolver(() => Chapter)
export class ChapterResolver {
  @Authorized()
  @Query(() => Chapter, { description: 'NOT_FOUND unless I am a member of its project' })
  chapter(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<Chapter> {
    return ctx.services.chapters.get(ctx.user!, id);
  }

  @Authorized()
  @Mutation(() => Chapter, { description: 'Coordinators only' })
  createChapter(@Arg('input') input: CreateChapterInput, @Ctx() ctx: Context): Promise<Chapter> {
    return ctx.services.chapters.create(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => Chapter, { description: 'Coordinators only' })
  renameChapter(
    @Arg('id', () => UUID) id: string,
    @Arg('title') title: string,
    @Ctx() ctx: Context,
  ): Promise<Chapter> {
    return ctx.services.chapters.rename(ctx.user!, id, title);
  }

  @Authorized()
  @Mutation(() => [Chapter], { description: 'Coordinators only' })
  reorderChapters(@Arg('input') input: ReorderChaptersInput, @Ctx() ctx: Context): Promise<Chapter[]> {
    return ctx.services.chapters.reorder(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Coordinators only' })
  deleteChapter(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.chapters.delete(ctx.user!, id);
  }

  @FieldResolver(() => Document)
  document(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<Document> {
    return ctx.loaders.document.load(chapter.documentId);
  }
}
