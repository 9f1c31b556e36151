import { GraphQLJSONObject } from 'graphql-scalars';
import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { userLoader } from '../users/user.loaders';
import type { Context } from '../../core/context';
import { Chapter } from '../documents/chapter.entity';
import { User } from '../users/user.entity';
import { collabLoaders } from './collab.loaders';

/**
 * The chapter's co-edited content, rendered on the server. A Chapter reaches a
 * caller only through resolvers that checked their membership.
 */
@Resolver(() => Chapter)
export class ChapterContentResolver {
  @Authorized()
  @FieldResolver(() => String, { description: 'Plain text: blocks separated by blank lines' })
  async text(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<string> {
    return (await collabLoaders(ctx).content.load(chapter.id)).text;
  }

  @Authorized()
  @FieldResolver(() => String, {
    description: 'Sanitized HTML built only from the document schema (links limited to http, https, mailto)',
  })
  async html(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<string> {
    return (await collabLoaders(ctx).content.load(chapter.id)).html;
  }

  @Authorized()
  @FieldResolver(() => String, {
    description:
      'The same HTML with pending in-text suggestions shown: <ins>/<del> carrying data-suggestion-id and data-author-id (html shows the accepted text only)',
  })
  async htmlWithSuggestions(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<string> {
    return (await collabLoaders(ctx).content.load(chapter.id)).htmlWithSuggestions;
  }

  @Authorized()
  @FieldResolver(() => GraphQLJSONObject, {
    description: 'ProseMirror JSON of the chapter schema (type "doc")',
  })
  async json(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<Record<string, unknown>> {
    return (await collabLoaders(ctx).content.load(chapter.id)).json;
  }

  @Authorized()
  @FieldResolver(() => Int)
  async wordCount(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<number> {
    return (await collabLoaders(ctx).content.load(chapter.id)).wordCount;
  }

  @Authorized()
  @FieldResolver(() => Date, { nullable: true, description: 'When the text was last edited; null if never' })
  async lastEditedAt(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<Date | null> {
    return (await collabLoaders(ctx).lastEdit.load(chapter.id))?.at ?? null;
  }

  @Authorized()
  @FieldResolver(() => User, { nullable: true, description: 'Who last edited the text' })
  async lastEditedBy(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<User | null> {
    const edit = await collabLoaders(ctx).lastEdit.load(chapter.id);
    return edit?.userId ? userLoader(ctx).load(edit.userId) : null;
  }
}
