import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AssessmentService } from './assessment.service';
import { userLoader } from '../users/user.loaders';
import type { Context } from '../../core/context';
import { myMembershipLoader } from '../projects/project.loaders';
import { UUID } from '../../core/scalars';
import { User } from '../users/user.entity';
import { viewerCan } from './assessment-access';
import { ASSESSORS_PER_CASE, AssessmentCaseStatus } from './assessment-case-state';
import { AssessmentCase } from './assessment-case.entity';
import { Assessment } from './assessment.entity';
import {
  ConfirmPlacementInput,
  RevisitPlacementInput,
  SettleDisagreementInput,
  SubmitAssessmentInput,
} from './assessment.inputs';
import { assessmentLoaders } from './assessment.loaders';
import { visibleAssessments } from './assessment.policy';
import { Offer } from '../catalogue/offer.entity';
import { Placement } from './placement.entity';
import { catalogueLoaders } from '../catalogue/catalogue.loaders';
import { AssessmentCasePermissions } from './assessment.types';

/** What the caller may know about a case: who they are in its project, and every assessment (filtered, never returned raw). */
async function caseView(kase: AssessmentCase, ctx: Context) {
  const shared = catalogueLoaders(ctx);
  const [membership, groups, all] = await Promise.all([
    myMembershipLoader(ctx).load(kase.projectId),
    shared.myGroups.load(kase.projectId),
    assessmentLoaders(ctx).assessmentsByCase.load(kase.id),
  ]);
  const viewer = { membership, groups };
  return { viewer, all };
}

@Resolver(() => AssessmentCase)
export class AssessmentCaseResolver {
  constructor(private readonly assessmentService: AssessmentService) {}

  @Authorized()
  @Query(() => AssessmentCase, {
    description: 'One case (addition to the contract); members; NOT_FOUND otherwise',
  })
  assessmentCase(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<AssessmentCase> {
    return this.assessmentService.visibleCase(ctx.user!, id);
  }

  @Authorized()
  @Mutation(() => AssessmentCase, {
    description:
      'Specialists of the offer’s target group: an independent assessment (level + rationale) of the offer’s open case, created on the first one',
  })
  submitAssessment(@Arg('input') input: SubmitAssessmentInput, @Ctx() ctx: Context): Promise<AssessmentCase> {
    return this.assessmentService.submit(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => AssessmentCase, {
    description:
      'Coordinators and the group’s specialists: settles a DISAGREED case with a level and a rationale',
  })
  settleDisagreement(
    @Arg('input') input: SettleDisagreementInput,
    @Ctx() ctx: Context,
  ): Promise<AssessmentCase> {
    return this.assessmentService.settle(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => AssessmentCase, {
    description: 'Coordinators: confirms the placement of an AGREED or SETTLED case',
  })
  confirmPlacement(@Arg('input') input: ConfirmPlacementInput, @Ctx() ctx: Context): Promise<AssessmentCase> {
    return this.assessmentService.confirm(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => AssessmentCase, {
    description:
      'Coordinators: opens a new case for a placed offer; the placement stays in force until it is confirmed',
  })
  revisitPlacement(@Arg('input') input: RevisitPlacementInput, @Ctx() ctx: Context): Promise<AssessmentCase> {
    return this.assessmentService.revisit(ctx.user!, input);
  }

  @FieldResolver(() => Offer)
  offer(@Root() kase: AssessmentCase, @Ctx() ctx: Context): Promise<Offer> {
    return assessmentLoaders(ctx).offer.load(kase.offerId);
  }

  @FieldResolver(() => Int, { description: '0..2, visible to everyone who may see the case' })
  async submittedCount(@Root() kase: AssessmentCase, @Ctx() ctx: Context): Promise<number> {
    return (await assessmentLoaders(ctx).assessmentsByCase.load(kase.id)).length;
  }

  @FieldResolver(() => [Assessment], {
    description:
      'The assessments the caller may see: before both are in only the caller’s own (nobody — not a coordinator, not the other assessor — sees another’s early); once both are in, both, for coordinators and the group’s specialists. Reviewers and observers: [] always.',
  })
  async assessments(@Root() kase: AssessmentCase, @Ctx() ctx: Context): Promise<Assessment[]> {
    const { viewer, all } = await caseView(kase, ctx);
    return visibleAssessments(
      viewer.membership,
      viewer.groups,
      kase.targetGroupId,
      ctx.user!.id,
      all,
      ASSESSORS_PER_CASE,
    );
  }

  @FieldResolver(() => Assessment, { nullable: true })
  async myAssessment(@Root() kase: AssessmentCase, @Ctx() ctx: Context): Promise<Assessment | null> {
    const { viewer, all } = await caseView(kase, ctx);
    if (!viewer.membership) return null;
    return all.find((a) => a.assessorId === ctx.user!.id) ?? null;
  }

  @FieldResolver(() => AssessmentCasePermissions)
  async viewerCan(@Root() kase: AssessmentCase, @Ctx() ctx: Context): Promise<AssessmentCasePermissions> {
    const { viewer, all } = await caseView(kase, ctx);
    return {
      assess:
        kase.status === AssessmentCaseStatus.AWAITING_ASSESSMENTS &&
        all.length < ASSESSORS_PER_CASE &&
        !all.some((a) => a.assessorId === ctx.user!.id) &&
        viewerCan(viewer, 'assess', kase.targetGroupId),
    };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Coordinators and the group’s specialists (like the assessments’ contents); null for others',
  })
  async settledRationale(@Root() kase: AssessmentCase, @Ctx() ctx: Context): Promise<string | null> {
    const { viewer } = await caseView(kase, ctx);
    return viewerCan(viewer, 'seeContents', kase.targetGroupId) ? kase.settledRationale : null;
  }

  @FieldResolver(() => User, { nullable: true })
  settledBy(@Root() kase: AssessmentCase, @Ctx() ctx: Context): Promise<User> | null {
    return kase.settledById ? userLoader(ctx).load(kase.settledById) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  confirmedBy(@Root() kase: AssessmentCase, @Ctx() ctx: Context): Promise<User> | null {
    return kase.confirmedById ? userLoader(ctx).load(kase.confirmedById) : null;
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @FieldResolver(() => User)
  assessor(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<User> {
    return userLoader(ctx).load(assessment.assessorId);
  }
}

@Resolver(() => Placement)
export class PlacementResolver {
  @FieldResolver(() => User)
  confirmedBy(@Root() placement: Placement, @Ctx() ctx: Context): Promise<User> {
    return userLoader(ctx).load(placement.confirmedById);
  }
}

/** An offer's assessment fields (currentCase, placement, cases); the offer itself is the catalogue's. */
@Resolver(() => Offer)
export class OfferAssessmentResolver {
  @FieldResolver(() => AssessmentCase, {
    nullable: true,
    description: 'The case currently open or last decided for this offer (null before the first assessment)',
  })
  async currentCase(@Root() offer: Offer, @Ctx() ctx: Context): Promise<AssessmentCase | null> {
    return (await assessmentLoaders(ctx).casesByOffer.load(offer.id))[0] ?? null;
  }

  @FieldResolver(() => Placement, {
    nullable: true,
    description: 'The confirmed placement in force (kept while a revisit is under way)',
  })
  placement(@Root() offer: Offer, @Ctx() ctx: Context): Promise<Placement | null> {
    return assessmentLoaders(ctx).placementByOffer.load(offer.id);
  }

  @FieldResolver(() => [AssessmentCase], { description: 'Every case of this offer, newest first (history)' })
  cases(@Root() offer: Offer, @Ctx() ctx: Context): Promise<AssessmentCase[]> {
    return assessmentLoaders(ctx).casesByOffer.load(offer.id);
  }
}
