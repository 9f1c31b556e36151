import DataLoader from 'dataloader';
import { MaxLength, MinLength } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CommentService } from './comment.service';
import { ProposalService } from './proposal.service';
import { organizationLoader } from '../organizations/organization.loaders';
import { userLoader } from '../users/user.loaders';
import type { Context } from '../../core/context';
import { ChapterContentService } from '../collab/chapter-content.service';
import { notFound } from '../../core/errors';
import { UUID } from '../../core/scalars';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { chapterText, decodePosition, resolveRange } from './chapter-anchors';
import { Comment } from './comment.entity';
import { CreateCommentInput, MAX_COMMENT_LENGTH, MAX_REASON_LENGTH, ReplyInput } from './comment.inputs';
import { myMembershipLoader } from '../projects/project.loaders';
import { reviewLoaders } from './review.loaders';
import { commentPermissions } from './review.policy';
import { CommentAnchor, CommentPermissions } from './review.types';

@ArgsType()
class EditCommentArgs {
  @Field(() => UUID)
  id: string;

  @Field()
  @MinLength(1)
  @MaxLength(MAX_COMMENT_LENGTH)
  body: string;
}

@ArgsType()
class CommentInReportArgs {
  @Field(() => UUID, { description: 'An internal thread’s first comment' })
  id: string;

  @Field({ description: 'true: in the report; false: out of it again' })
  include: boolean;

  @Field(() => UUID, {
    nullable: true,
    description: 'A round of the document that includes the chapter; omitted: the chapter’s latest round',
  })
  roundId?: string | null;
}

@ArgsType()
class RejectProposalArgs {
  @Field(() => UUID)
  commentId: string;

  @Field({ description: `Why; at most ${MAX_REASON_LENGTH} characters` })
  @MinLength(1)
  @MaxLength(MAX_REASON_LENGTH)
  reason: string;
}

// One anchor loader per request: the chapter's document is read once for all its comments.
function anchorLoader(ctx: Context) {
  return ctx.perRequest(anchorLoader, () => {
    const chapterContent = ctx.container.get(ChapterContentService);
    return new DataLoader<Comment, CommentAnchor | null>(async (comments) => {
      const result = new Map<Comment, CommentAnchor | null>();
      const byChapter = new Map<string, Comment[]>();
      for (const c of comments) byChapter.set(c.chapterId, [...(byChapter.get(c.chapterId) ?? []), c]);
      for (const [chapterId, list] of byChapter)
        await chapterContent.read(chapterId, (doc) => {
          const text = chapterText(doc);
          for (const c of list) result.set(c, resolveAnchor(c, doc, text));
        });
      return comments.map((c) => result.get(c) ?? null);
    });
  });
}

function resolveAnchor(
  comment: Comment,
  doc: Parameters<typeof resolveRange>[0],
  text: ReturnType<typeof chapterText>,
): CommentAnchor | null {
  if (!comment.anchorStart || !comment.anchorEnd) return null;
  const anchor = comment.anchorStart.toString('base64');
  const head = comment.anchorEnd.toString('base64');
  const start = decodePosition(anchor);
  const end = decodePosition(head);
  const range = start && end ? resolveRange(doc, start, end, text) : null;
  return range
    ? {
        anchor,
        head,
        detached: false,
        from: range.start.offset,
        to: range.end.offset,
        currentText: range.text,
      }
    : { anchor, head, detached: true, from: null, to: null, currentText: null };
}

@Resolver(() => Comment)
export class CommentResolver {
  constructor(
    private readonly commentService: CommentService,
    private readonly proposalService: ProposalService,
  ) {}

  @Authorized()
  @Query(() => [Comment], {
    description:
      'The chapter’s threads (first comments) the caller may see: reviewers see round comments of their own organisation until the deadline, everyone’s after it',
  })
  commentThreads(@Arg('chapterId', () => UUID) chapterId: string, @Ctx() ctx: Context): Promise<Comment[]> {
    return this.commentService.threads(ctx.user!, chapterId);
  }

  @Authorized()
  @Query(() => Comment, { description: 'NOT_FOUND when the caller may not see it' })
  async comment(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<Comment> {
    const comment = await this.commentService.visibleOne(ctx.user!, id);
    if (!comment) throw notFound('Comment');
    return comment;
  }

  @Authorized()
  @Mutation(() => Comment, {
    description:
      'Coordinators and authors at any time (internal); reviewers only in an open round that includes the chapter and lists their organisation; observers never',
  })
  createComment(@Arg('input') input: CreateCommentInput, @Ctx() ctx: Context): Promise<Comment> {
    return this.commentService.create(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => Comment, { description: 'A reply in a thread the caller sees and may write in' })
  replyToComment(@Arg('input') input: ReplyInput, @Ctx() ctx: Context): Promise<Comment> {
    return this.commentService.reply(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => Comment, { description: 'The author only (reviewers while their round is open)' })
  editComment(@Args() { id, body }: EditCommentArgs, @Ctx() ctx: Context): Promise<Comment> {
    return this.commentService.edit(ctx.user!, id, body);
  }

  @Authorized()
  @Mutation(() => Comment, { description: 'The author only; the thread shows it as deleted' })
  deleteComment(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<Comment> {
    return this.commentService.delete(ctx.user!, id);
  }

  @Authorized()
  @Mutation(() => Comment, {
    description:
      'Authors and coordinators: puts one of the working group’s internal comments into a round’s consultation report, or takes it out',
  })
  setCommentInReport(
    @Args() { id, include, roundId }: CommentInReportArgs,
    @Ctx() ctx: Context,
  ): Promise<Comment> {
    return this.commentService.setInReport(ctx.user!, id, include, roundId);
  }

  @Authorized()
  @Mutation(() => Comment, { description: 'Authors and coordinators' })
  resolveComment(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<Comment> {
    return this.commentService.setResolved(ctx.user!, id, true);
  }

  @Authorized()
  @Mutation(() => Comment, { description: 'Authors and coordinators' })
  reopenComment(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<Comment> {
    return this.commentService.setResolved(ctx.user!, id, false);
  }

  @Authorized()
  @Mutation(() => Comment, {
    description:
      'Authors and coordinators: applies the proposal to the live chapter, attributed to the proposer. CONFLICT (with extensions.currentText) when the range’s text changed',
  })
  acceptProposal(@Arg('commentId', () => UUID) commentId: string, @Ctx() ctx: Context): Promise<Comment> {
    return this.proposalService.accept(ctx.user!, commentId);
  }

  @Authorized()
  @Mutation(() => Comment, { description: 'Authors and coordinators, with a reason' })
  rejectProposal(@Args() { commentId, reason }: RejectProposalArgs, @Ctx() ctx: Context): Promise<Comment> {
    return this.proposalService.reject(ctx.user!, commentId, reason);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null once deleted' })
  body(@Root() comment: Comment): string | null {
    return comment.deletedAt ? null : comment.text;
  }

  @FieldResolver(() => Boolean)
  deleted(@Root() comment: Comment): boolean {
    return comment.deletedAt !== null;
  }

  @FieldResolver(() => Boolean)
  resolved(@Root() comment: Comment): boolean {
    return comment.resolvedAt !== null;
  }

  @FieldResolver(() => User)
  author(@Root() comment: Comment, @Ctx() ctx: Context): Promise<User> {
    return userLoader(ctx).load(comment.authorId);
  }

  @FieldResolver(() => Organization, { description: 'The author’s organisation when writing' })
  organization(@Root() comment: Comment, @Ctx() ctx: Context): Promise<Organization> {
    return organizationLoader(ctx).load(comment.organizationId);
  }

  @FieldResolver(() => CommentAnchor, {
    nullable: true,
    description:
      'Null: the comment concerns the whole chapter. Follows edits; detached when its text was deleted',
  })
  anchor(@Root() comment: Comment, @Ctx() ctx: Context): Promise<CommentAnchor | null> {
    return anchorLoader(ctx).load(comment);
  }

  @FieldResolver(() => CommentPermissions)
  async viewerCan(@Root() comment: Comment, @Ctx() ctx: Context): Promise<CommentPermissions> {
    const threadRoundId = comment.roundId;
    const [member, round] = await Promise.all([
      myMembershipLoader(ctx).load(comment.projectId),
      threadRoundId ? reviewLoaders(ctx).round.load(threadRoundId) : null,
    ]);
    const user = ctx.user!;
    const permissions = commentPermissions(
      member,
      { userId: user.id, organizationId: user.organizationId },
      comment,
      round,
    );
    return { ...permissions, comment, round };
  }

  @FieldResolver(() => [Comment], { description: 'Replies in order (threads are one level deep)' })
  async replies(@Root() comment: Comment, @Ctx() ctx: Context): Promise<Comment[]> {
    if (comment.parentId) return [];
    return (await repliesLoader(ctx).load(comment.id)) ?? [];
  }
}

// Only called for threads the caller was allowed to see; replies share their thread's visibility.
function repliesLoader(ctx: Context) {
  return ctx.perRequest(repliesLoader, () => {
    const comments = ctx.container.get(CommentService);
    return new DataLoader<string, Comment[]>(async (ids) => {
      const map = await comments.replies(ids);
      return ids.map((id) => map.get(id) ?? []);
    });
  });
}
