import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { log } from '../../core/logger';
import { UUID } from '../../core/scalars';
import { ReviewRound } from '../review/review-round.entity';
import { renderNotatDocx, renderNotatHtml, renderNotatPdf } from './notat-export';
import { EditNotatSubjectInput } from './notat.inputs';
import { NotatService } from './notat.service';
import { ConsultationNotat } from './notat.types';

@Resolver(() => ConsultationNotat)
export class NotatResolver {
  constructor(private readonly notatService: NotatService) {}

  @Authorized()
  @Query(() => ConsultationNotat, {
    nullable: true,
    description:
      'The høringsnotat of a round: the version asked for or the newest readable. The working group and observers read drafts; reviewers read finalised versions once the round closed (null before one exists)',
  })
  consultationNotat(
    @Arg('roundId', () => UUID) roundId: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<ConsultationNotat | null> {
    return this.notatService.view(ctx.user!, roundId, version);
  }

  @Authorized()
  @Mutation(() => ConsultationNotat, {
    description:
      'Coordinators: rewords a subject’s heading, summary or working-group comment in the draft; CONFLICT (NOTAT_FINALISED) once finalised',
  })
  editNotatSubject(
    @Arg('input') input: EditNotatSubjectInput,
    @Ctx() ctx: Context,
  ): Promise<ConsultationNotat> {
    return this.notatService.editSubject(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => ConsultationNotat, {
    description:
      'Coordinators: freezes the draft as it reads now, with a version of each chapter; CONFLICT while the round is open or when already final',
  })
  finaliseConsultationNotat(
    @Arg('roundId', () => UUID) roundId: string,
    @Ctx() ctx: Context,
  ): Promise<ConsultationNotat> {
    return this.notatService.finalise(ctx.user!, roundId);
  }

  @Authorized()
  @Mutation(() => ConsultationNotat, {
    description: 'Coordinators: starts the next version from a finalised notat',
  })
  newConsultationNotatDraft(
    @Arg('roundId', () => UUID) roundId: string,
    @Ctx() ctx: Context,
  ): Promise<ConsultationNotat> {
    return this.notatService.newDraft(ctx.user!, roundId);
  }

  @Authorized()
  @Mutation(() => ReviewRound, {
    description: 'Coordinators: registers (or withdraws) that a party on the hearing list has no remarks',
  })
  setNoRemarks(
    @Arg('roundId', () => UUID) roundId: string,
    @Arg('organizationId', () => UUID) organizationId: string,
    @Arg('noRemarks') noRemarks: boolean,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return this.notatService.setNoRemarks(ctx.user!, roundId, organizationId, noRemarks);
  }

  @FieldResolver(() => String, { description: 'The notat as a standalone HTML document (all text escaped)' })
  html(@Root() notat: ConsultationNotat, @Ctx() ctx: Context): string {
    this.exported(notat, ctx, 'html');
    return renderNotatHtml(notat);
  }

  @FieldResolver(() => String, { description: 'The notat as a Word document (.docx), base64' })
  async docx(@Root() notat: ConsultationNotat, @Ctx() ctx: Context): Promise<string> {
    this.exported(notat, ctx, 'docx');
    return (await renderNotatDocx(notat)).toString('base64');
  }

  @FieldResolver(() => String, {
    description: 'The notat as a tagged PDF (title, da-DK, bookmarks, real tables), base64',
  })
  async pdf(@Root() notat: ConsultationNotat, @Ctx() ctx: Context): Promise<string> {
    this.exported(notat, ctx, 'pdf');
    return (await renderNotatPdf(notat)).toString('base64');
  }

  private exported(notat: ConsultationNotat, ctx: Context, format: string) {
    log.security('notat.exported', {
      userId: ctx.user?.id,
      roundId: notat.roundId,
      version: notat.version,
      format,
    });
  }
}
