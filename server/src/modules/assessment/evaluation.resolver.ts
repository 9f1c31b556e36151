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
import { EvaluationService } from './evaluation.service';
import { userLoader } from '../users/user.loaders';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { User } from '../users/user.entity';
import { EvaluationNote, MAX_EVALUATION_NOTE_LENGTH } from './evaluation-note.entity';
import { EvaluationReport } from './evaluation.types';

@ArgsType()
class AddEvaluationNoteArgs {
  @Field(() => UUID)
  projectId: string;

  @Field({ description: '1..10 000 characters' })
  @MinLength(1)
  @MaxLength(MAX_EVALUATION_NOTE_LENGTH)
  body: string;
}

@Resolver(() => EvaluationNote)
export class EvaluationResolver {
  constructor(private readonly evaluationService: EvaluationService) {}

  @Authorized()
  @Query(() => EvaluationReport, {
    description: 'The model’s status report (per target group and in total); coordinators and authors',
  })
  evaluationReport(
    @Arg('projectId', () => UUID) projectId: string,
    @Ctx() ctx: Context,
  ): Promise<EvaluationReport> {
    return this.evaluationService.report(ctx.user!, projectId);
  }

  @Authorized()
  @Query(() => [EvaluationNote], { description: 'Newest first; coordinators and authors' })
  evaluationNotes(
    @Arg('projectId', () => UUID) projectId: string,
    @Ctx() ctx: Context,
  ): Promise<EvaluationNote[]> {
    return this.evaluationService.notes(ctx.user!, projectId);
  }

  @Authorized()
  @Mutation(() => EvaluationNote, { description: 'Coordinators and authors' })
  addEvaluationNote(
    @Args() { projectId, body }: AddEvaluationNoteArgs,
    @Ctx() ctx: Context,
  ): Promise<EvaluationNote> {
    return this.evaluationService.addNote(ctx.user!, projectId, body);
  }

  @FieldResolver(() => User)
  author(@Root() note: EvaluationNote, @Ctx() ctx: Context): Promise<User> {
    return userLoader(ctx).load(note.authorId);
  }
}
