import { MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { UUID } from '../../app/scalars';
import { Chapter } from '../documents/chapter.entity';
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
  @Authorized()
  @Mutation(() => Chapter, {
    description:
      'Authors and coordinators; DRAFT or REVISION → AWAITING_APPROVAL (CONFLICT otherwise). Notifies the approvers',
  })
  submitChapterForApproval(
    @Arg('chapterId', () => UUID) chapterId: string,
    @Ctx() ctx: Context,
  ): Promise<Chapter> {
    return ctx.services.workflow.submit(ctx.user!, chapterId, ctx.client);
  }

  @Authorized()
  @Mutation(() => Chapter, {
    description: 'Coordinators only; AWAITING_APPROVAL or APPROVED → REVISION (CONFLICT otherwise)',
  })
  returnChapterToRevision(
    @Args() { chapterId, reason }: ReturnToRevisionArgs,
    @Ctx() ctx: Context,
  ): Promise<Chapter> {
    return ctx.services.workflow.returnToRevision(ctx.user!, chapterId, reason, ctx.client);
  }
}
