import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ChapterPermissions } from '../documents/chapter-permissions';
import { myMembershipLoader } from '../projects/project.loaders';
import { User } from '../users/user.entity';
import { mentionable } from './mentionable';
import { reviewLoaders } from './review.loaders';
import { chapterCommenting, CommentRefusal, suggestsOnly } from './review.policy';

/**
 * The review policy's part of `Chapter.viewerCan`: whether, where and why not the caller may comment, whom
 * they may mention, and whether they write in the text only as suggestions.
 */
@Resolver(() => ChapterPermissions)
export class ChapterCommentingResolver {
  @FieldResolver(() => Boolean, {
    description: 'Comment on it now: the working group always, a reviewer in an open round that admits them',
  })
  async comment(@Root() permissions: ChapterPermissions, @Ctx() ctx: Context): Promise<boolean> {
    return (await commenting(permissions, ctx)).right !== null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      'The round a reviewer’s new comment goes into; null for the working group’s internal comments',
  })
  async commentRoundId(@Root() permissions: ChapterPermissions, @Ctx() ctx: Context): Promise<string | null> {
    return (await commenting(permissions, ctx)).round?.id ?? null;
  }

  @FieldResolver(() => CommentRefusal, { nullable: true, description: 'Why not, when `comment` is false' })
  async commentRefusal(
    @Root() permissions: ChapterPermissions,
    @Ctx() ctx: Context,
  ): Promise<CommentRefusal | null> {
    return (await commenting(permissions, ctx)).refusal;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Writes in its text only as suggestions: a reviewer in an open round that admits them (the collab socket accepts nothing else)',
  })
  async suggestOnly(@Root() permissions: ChapterPermissions, @Ctx() ctx: Context): Promise<boolean> {
    return suggestsOnly((await commenting(permissions, ctx)).right, permissions.editText);
  }

  @FieldResolver(() => [User], {
    description: 'Whom a new comment of the caller here may mention (members who will see it), by name',
  })
  async mentionable(@Root() permissions: ChapterPermissions, @Ctx() ctx: Context): Promise<User[]> {
    const { right, round } = await commenting(permissions, ctx);
    if (!right) return [];
    const root = { roundId: round?.id ?? null, organizationId: ctx.user!.organizationId };
    return mentionable(ctx, permissions.chapter.projectId, root, round);
  }
}

async function commenting({ chapter }: ChapterPermissions, ctx: Context) {
  const [member, rounds] = await Promise.all([
    myMembershipLoader(ctx).load(chapter.projectId),
    reviewLoaders(ctx).roundsByDocument.load(chapter.documentId),
  ]);
  return chapterCommenting(member, ctx.user!.organizationId, chapter.id, rounds);
}
