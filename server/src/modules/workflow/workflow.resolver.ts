import { MaxLength } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { DataSource } from 'typeorm';
import { MembershipService } from '../projects/membership.service';
import { PUBSUB } from '../../core/pubsub-token';
import { ProgressService } from './progress.service';
import { WorkflowService } from './workflow.service';
import type { Context } from '../../core/context';
import { notFound } from '../../core/errors';
import { UUID } from '../../core/scalars';
import { oncePerEvent } from '../../core/per-event';
import { Topic, type ChapterWorkflowChangedPayload } from '../../core/pubsub';
import { memberStream } from '../projects/member-stream';
import { Chapter } from '../documents/chapter.entity';
import { ProgressPoint } from './progress.types';
import { MAX_RETURN_REASON_LENGTH } from './workflow.service';

@ArgsType()
class ReturnToRevisionArgs {
  @Field(() => UUID)
  chapterId: string;

  @Field(() => String, { nullable: true, description: `Why; at most ${MAX_RETURN_REASON_LENGTH} characters` })
  @MaxLength(MAX_RETURN_REASON_LENGTH)
  reason?: string | null;
}

@Resolver()
export class WorkflowResolver {
  constructor(
    private readonly workflowService: WorkflowService,
    private readonly progressService: ProgressService,
  ) {}

  @Authorized()
  @Mutation(() => Chapter, {
    description:
      'Authors and coordinators; DRAFT or REVISION → AWAITING_APPROVAL (CONFLICT otherwise). Notifies the approvers',
  })
  submitChapterForApproval(
    @Arg('chapterId', () => UUID) chapterId: string,
    @Ctx() ctx: Context,
  ): Promise<Chapter> {
    return this.workflowService.submit(ctx.user!, chapterId, ctx.client);
  }

  @Authorized()
  @Query(() => [ProgressPoint], {
    description:
      'The document’s chapters by status over time (for the progress chart), oldest first, ending now; members only',
  })
  documentProgress(
    @Arg('documentId', () => UUID) documentId: string,
    @Ctx() ctx: Context,
  ): Promise<ProgressPoint[]> {
    return this.progressService.forDocument(ctx.user!, documentId);
  }

  @Authorized()
  @Mutation(() => Chapter, {
    description: 'Coordinators only; AWAITING_APPROVAL or APPROVED → REVISION (CONFLICT otherwise)',
  })
  returnChapterToRevision(
    @Args() { chapterId, reason }: ReturnToRevisionArgs,
    @Ctx() ctx: Context,
  ): Promise<Chapter> {
    return this.workflowService.returnToRevision(ctx.user!, chapterId, reason, ctx.client);
  }
}

@ObjectType({ description: 'A chapter’s status or approvals changed, or its text was edited' })
export class ChapterWorkflowEvent {
  @Field(() => ID)
  projectId: string;

  @Field(() => ID)
  chapterId: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'Set when the event is about edits to the text (at most one per chapter every 2 s): the latest edit',
  })
  lastEditedAt: Date | null;

  @Field(() => Chapter, { description: 'As it is now (status, approvals, …)' })
  chapter: Chapter;
}

@Resolver()
export class WorkflowSubscriptionResolver {
  constructor(private readonly db: DataSource) {}

  @Authorized()
  @Subscription(() => ChapterWorkflowEvent, {
    description:
      'Status, approval and (throttled) text-edit changes of the project’s chapters (for the dashboard); members only, checked per event',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const { projectId } = args as { projectId: string };
      await ctx.container.get(MembershipService).require(ctx.user!, projectId, 'read');
      return memberStream(
        ctx,
        projectId,
        ctx.container.get(PUBSUB).subscribe(Topic.ChapterWorkflowChanged, projectId),
      );
    },
  })
  async chapterWorkflowChanged(
    @Root() payload: ChapterWorkflowChangedPayload,
    @Arg('projectId', () => UUID) _projectId: string,
  ): Promise<ChapterWorkflowEvent> {
    // Read once per event for every receiver (the text and last edit come from each receiver's fresh scope).
    const chapter = await oncePerEvent(payload, 'chapter', () =>
      this.db.getRepository(Chapter).findOneBy({ id: payload.chapterId }),
    );
    if (!chapter) throw notFound('Chapter');
    return {
      projectId: payload.projectId,
      chapterId: payload.chapterId,
      lastEditedAt: payload.lastEditedAt ? new Date(payload.lastEditedAt) : null,
      chapter,
    };
  }
}
