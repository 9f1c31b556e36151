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
  Subscription,
} from 'type-graphql';
import { CommentService } from './comment.service';
import { ConsultationReportService } from './consultation-report';
import { DataSource } from 'typeorm';
import { MembershipService } from '../projects/membership.service';
import { PUBSUB } from '../../core/pubsub-token';
import { ReviewRoundService } from './review-round.service';
import { In } from 'typeorm';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { Topic, type ReviewEventPayload } from '../../core/pubsub';
import { Chapter } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import { memberStream } from '../projects/member-stream';
import { mayReceiveReviewEvent, reviewEventSubject } from './review-event-audience';
import { assertFound } from '../../core/errors';
import { Comment } from './comment.entity';
import { ConsultationReport } from './consultation-report.types';
import { isRoundOpen, ReviewRound } from './review-round.entity';
import { DisposeCommentInput, OpenReviewRoundInput } from './review-round.inputs';
import { mayManageNotat, maySeeRoundResults } from './review.policy';
import {
  HearingParty,
  ReviewEvent,
  ReviewEventType,
  ReviewRoundPermissions,
  ReviewRoundProgress,
} from './review.types';

@ArgsType()
class ExtendRoundArgs {
  @Field(() => UUID)
  id: string;

  @Field({ description: 'The new deadline, later than the current one' })
  deadline: Date;
}

@Resolver(() => ReviewRound)
export class ReviewRoundResolver {
  constructor(
    private readonly membershipService: MembershipService,
    private readonly commentService: CommentService,
    private readonly reviewRoundService: ReviewRoundService,
    private readonly consultationReportService: ConsultationReportService,
    private readonly db: DataSource,
  ) {}

  @Authorized()
  @Query(() => [ReviewRound], { description: 'The document’s review rounds, newest first; members only' })
  reviewRounds(
    @Arg('documentId', () => UUID) documentId: string,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound[]> {
    return this.reviewRoundService.list(ctx.user!, documentId);
  }

  @Authorized()
  @Query(() => ReviewRound)
  reviewRound(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<ReviewRound> {
    return this.reviewRoundService.get(ctx.user!, id);
  }

  @Authorized()
  @Query(() => ReviewRoundProgress, {
    description:
      'Received, disposed and open reviewer comments, per chapter and per organisation; reviewers only after the deadline',
  })
  reviewRoundProgress(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<ReviewRoundProgress> {
    return this.reviewRoundService.progress(ctx.user!, id);
  }

  @Authorized()
  @Query(() => ConsultationReport, {
    description:
      'Høringsnotat of a round (structured and as HTML); the working group and observers, reviewers after the deadline',
  })
  consultationReport(
    @Arg('roundId', () => UUID) roundId: string,
    @Ctx() ctx: Context,
  ): Promise<ConsultationReport> {
    return this.consultationReportService.report(ctx.user!, roundId);
  }

  @Authorized()
  @Query(() => String, {
    description:
      'The consultation report as a Word document (.docx), base64; same access as consultationReport',
  })
  consultationReportDocx(@Arg('roundId', () => UUID) roundId: string, @Ctx() ctx: Context): Promise<string> {
    return this.consultationReportService.docx(ctx.user!, roundId);
  }

  @Authorized()
  @Mutation(() => ReviewRound, {
    description:
      'Coordinators: opens a round on chosen chapters (deadline default four weeks; hearing list default every organisation with reviewers). The chapters go to IN_REVIEW; CONFLICT if one is AWAITING_APPROVAL, APPROVED or PUBLISHED. Notifies the hearing list’s reviewers and the working group',
  })
  openReviewRound(@Arg('input') input: OpenReviewRoundInput, @Ctx() ctx: Context): Promise<ReviewRound> {
    return this.reviewRoundService.open(ctx.user!, input, ctx.client);
  }

  @Authorized()
  @Mutation(() => ReviewRound, { description: 'Coordinators: moves an open round’s deadline later' })
  extendReviewRound(@Args() { id, deadline }: ExtendRoundArgs, @Ctx() ctx: Context): Promise<ReviewRound> {
    return this.reviewRoundService.extend(ctx.user!, id, deadline);
  }

  @Authorized()
  @Mutation(() => ReviewRound, {
    description: 'Coordinators: closes an open round now; its IN_REVIEW chapters go to REVISION',
  })
  closeReviewRound(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<ReviewRound> {
    return this.reviewRoundService.close(ctx.user!, id, ctx.client);
  }

  @Authorized()
  @Mutation(() => Comment, {
    description:
      'Authors and coordinators: how a reviewer’s comment was handled, with a reply; notifies the comment’s author',
  })
  disposeComment(@Arg('input') input: DisposeCommentInput, @Ctx() ctx: Context): Promise<Comment> {
    return this.reviewRoundService.dispose(ctx.user!, input);
  }

  @Authorized()
  @Subscription(() => ReviewEvent, {
    description:
      'Comment, reply, resolve, proposal, disposition and round events of a document; each checked against the receiver’s rights at delivery',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const { documentId } = args as { documentId: string };
      const document = assertFound(
        await ctx.container.get(DataSource).getRepository(Document).findOneBy({ id: documentId }),
        'Document',
      );
      await ctx.container.get(MembershipService).require(ctx.user!, document.projectId, 'read');
      const [comments, db] = [ctx.container.get(CommentService), ctx.container.get(DataSource)];
      return memberStream(
        ctx,
        document.projectId,
        ctx.container.get(PUBSUB).subscribe(Topic.ReviewEvent, documentId),
        (event, member) => mayReceiveReviewEvent(comments, db, event, member),
      );
    },
  })
  async reviewEvents(
    @Root() payload: ReviewEventPayload,
    @Arg('documentId', () => UUID) _documentId: string,
  ): Promise<ReviewEvent> {
    // The receiver was judged on delivery (mayReceiveReviewEvent) against the same data.
    const { thread, round } = await reviewEventSubject(this.commentService, this.db, payload);
    const comment = thread?.comment ?? null;
    return {
      type: payload.type as ReviewEventType,
      documentId: payload.documentId,
      chapterId: payload.chapterId,
      comment,
      round,
    };
  }

  @FieldResolver(() => Boolean, { description: 'Before its deadline, by the server’s clock now' })
  isOpen(@Root() round: ReviewRound): boolean {
    return isRoundOpen(round);
  }

  @FieldResolver(() => [Chapter], { description: 'The chapters under review, in document order' })
  chapters(@Root() round: ReviewRound): Promise<Chapter[]> {
    return this.db
      .getRepository(Chapter)
      .find({ where: { id: In(round.chapterIds) }, order: { position: 'ASC' } });
  }

  @FieldResolver(() => ReviewRoundPermissions)
  async viewerCan(@Root() round: ReviewRound, @Ctx() ctx: Context): Promise<ReviewRoundPermissions> {
    const member = await this.membershipService.forUser(ctx.user!.id, round.projectId);
    return { seeResults: maySeeRoundResults(member, round), manageNotat: mayManageNotat(member) };
  }

  @FieldResolver(() => [HearingParty], {
    description: 'The hearing list, alphabetical, with reviewer members',
  })
  hearingList(@Root() round: ReviewRound): Promise<HearingParty[]> {
    return this.reviewRoundService.hearingList(round);
  }
}
