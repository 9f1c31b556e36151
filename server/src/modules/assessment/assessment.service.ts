import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AppError, badInput, conflict, ErrorCode, notFound } from '../../core/errors';
import { recordAudit } from '../../core/audit';
import type { User } from '../users/user.entity';
import type { CatalogueAccess, SpecialisationCaller } from '../catalogue/catalogue-access';
import { SpecialisationEventType, type SpecialisationEvents } from '../catalogue/specialisation-events';
import { assertViewerCan } from './assessment-access';
import {
  AssessmentCaseStatus,
  checkRevisit,
  checkSettle,
  checkSubmission,
  levelToConfirm,
  OPEN_STATUSES,
  REFUSAL_MESSAGE,
  statusAfterSubmission,
  type Step,
} from './assessment-case-state';
import { AssessmentCase } from './assessment-case.entity';
import { Assessment } from './assessment.entity';
import type {
  ConfirmPlacementInput,
  RevisitPlacementInput,
  SettleDisagreementInput,
  SubmitAssessmentInput,
} from './assessment.inputs';
import { Offer } from '../catalogue/offer.entity';
import { Placement } from './placement.entity';

const UNIQUE_VIOLATION = '23505';

function unwrap<T>(step: Step<T>): T {
  if (!step.ok) throw conflict(REFUSAL_MESSAGE[step.refusal], { reason: step.refusal });
  return step.value;
}

const required = (field: string, value: string) => {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(field, 'Write something');
  return trimmed;
};

/**
 * Assessments and placement (rules file, "Assessment flow"): independent
 * assessments by the target group's specialists, settling disagreements,
 * confirming and revisiting placements. Each mutation is one transaction that
 * first locks the offer row, so concurrent submissions, confirmations and
 * revisits of one offer run one after the other; audit entries commit with the
 * change; events are published after commit.
 */
export class AssessmentService {
  constructor(
    private readonly db: DataSource,
    private readonly access: CatalogueAccess,
    private readonly events: SpecialisationEvents,
  ) {}

  async submit(user: User, input: SubmitAssessmentInput): Promise<AssessmentCase> {
    const rationale = required('rationale', input.rationale);
    const kase = await this.transaction(async (em) => {
      const { offer, viewer } = await this.lockOffer(em, user, input.offerId);
      assertViewerCan(viewer, 'assess', offer.targetGroupId, user.id, offer.projectId);
      const cases = await em.getRepository(AssessmentCase).find({ where: { offerId: offer.id } });
      let kase = cases.find((c) => OPEN_STATUSES.includes(c.status));
      if (!kase && cases.length > 0)
        throw conflict('The offer is placed; a coordinator revisits the placement to assess it again', {
          reason: 'CASE_CLOSED',
        });
      kase ??= await em.getRepository(AssessmentCase).save(
        em.getRepository(AssessmentCase).create({
          projectId: offer.projectId,
          offerId: offer.id,
          targetGroupId: offer.targetGroupId,
          sequence: 1,
          status: AssessmentCaseStatus.AWAITING_ASSESSMENTS,
        }),
      );
      const existing = await em.getRepository(Assessment).find({ where: { caseId: kase.id } });
      unwrap(checkSubmission(kase.status, existing, user.id));
      const assessment = await em
        .getRepository(Assessment)
        .save(
          em
            .getRepository(Assessment)
            .create({ caseId: kase.id, assessorId: user.id, level: input.level, rationale }),
        );
      const all = [...existing, assessment];
      const before = kase.status;
      kase.status = statusAfterSubmission(all);
      await em.getRepository(AssessmentCase).save(kase);
      // Independence reaches the audit log too: coordinators read it, so the level is recorded
      // only once both are in.
      await this.audit(em, user, kase, 'assessment.submitted', {
        assessmentId: assessment.id,
        submittedCount: all.length,
      });
      if (kase.status !== before)
        await this.audit(em, user, kase, `assessment-case.${kase.status.toLowerCase()}`, {
          from: before,
          to: kase.status,
          levels: all.map((a) => ({ assessorId: a.assessorId, level: a.level })),
        });
      return kase;
    });
    this.emit(SpecialisationEventType.ASSESSMENT_SUBMITTED, kase);
    return kase;
  }

  async settle(user: User, input: SettleDisagreementInput): Promise<AssessmentCase> {
    const rationale = required('rationale', input.rationale);
    const kase = await this.transaction(async (em) => {
      const { kase, viewer } = await this.lockCase(em, user, input.caseId);
      assertViewerCan(viewer, 'settle', kase.targetGroupId, user.id, kase.projectId);
      kase.status = unwrap(checkSettle(kase.status));
      kase.settledLevel = input.level;
      kase.settledRationale = rationale;
      kase.settledById = user.id;
      kase.settledAt = new Date();
      await em.getRepository(AssessmentCase).save(kase);
      await this.audit(em, user, kase, 'assessment-case.settled', { level: input.level });
      return kase;
    });
    this.emit(SpecialisationEventType.CASE_SETTLED, kase);
    return kase;
  }

  async confirm(user: User, input: ConfirmPlacementInput): Promise<AssessmentCase> {
    const kase = await this.transaction(async (em) => {
      const { kase, viewer } = await this.lockCase(em, user, input.caseId);
      assertViewerCan(viewer, 'confirm', kase.targetGroupId, user.id, kase.projectId);
      const assessments = await em.getRepository(Assessment).find({ where: { caseId: kase.id } });
      const level = unwrap(levelToConfirm(kase, assessments));
      const previous = await this.placementInForce(em, kase.offerId);
      kase.status = AssessmentCaseStatus.PLACED;
      kase.placedLevel = level;
      kase.confirmedById = user.id;
      kase.confirmedAt = new Date();
      await em.getRepository(AssessmentCase).save(kase);
      const placement = await em.getRepository(Placement).save(
        em.getRepository(Placement).create({
          projectId: kase.projectId,
          offerId: kase.offerId,
          targetGroupId: kase.targetGroupId,
          caseId: kase.id,
          level,
          confirmedById: user.id,
          confirmedAt: kase.confirmedAt,
        }),
      );
      await this.audit(em, user, kase, 'placement.confirmed', {
        placementId: placement.id,
        level,
        previousLevel: previous?.level ?? null,
      });
      return kase;
    });
    this.emit(SpecialisationEventType.PLACEMENT_CONFIRMED, kase);
    return kase;
  }

  async revisit(user: User, input: RevisitPlacementInput): Promise<AssessmentCase> {
    const reason = required('reason', input.reason);
    const kase = await this.transaction(async (em) => {
      const { offer, viewer } = await this.lockOffer(em, user, input.offerId);
      assertViewerCan(viewer, 'confirm', offer.targetGroupId, user.id, offer.projectId);
      const placement = await this.placementInForce(em, offer.id);
      const cases = await em.getRepository(AssessmentCase).find({ where: { offerId: offer.id } });
      const sequence = unwrap(checkRevisit(placement !== null, cases));
      const kase = await em.getRepository(AssessmentCase).save(
        em.getRepository(AssessmentCase).create({
          projectId: offer.projectId,
          offerId: offer.id,
          targetGroupId: offer.targetGroupId,
          sequence,
          status: AssessmentCaseStatus.AWAITING_ASSESSMENTS,
          openedReason: reason,
          openedById: user.id,
        }),
      );
      await this.audit(em, user, kase, 'placement.revisited', {
        reason,
        placementInForce: placement ? { id: placement.id, level: placement.level } : null,
      });
      return kase;
    });
    this.emit(SpecialisationEventType.PLACEMENT_REVISITED, kase);
    return kase;
  }

  /** A case the caller may see (members of its project), else NOT_FOUND. */
  async visibleCase(user: User, caseId: string): Promise<AssessmentCase> {
    const kase = await this.db.getRepository(AssessmentCase).findOneBy({ id: caseId });
    if (!kase || !(await this.access.caller(user.id, kase.projectId)).membership)
      throw notFound('Assessment case');
    return kase;
  }

  /** The newest confirmed placement of each offer: the one in force. */
  async placementsInForce(offerIds: readonly string[], em: EntityManager = this.db.manager) {
    if (offerIds.length === 0) return [];
    return em
      .getRepository(Placement)
      .createQueryBuilder('p')
      .distinctOn(['p."offerId"'])
      .where({ offerId: In([...offerIds]) })
      .orderBy('p."offerId"')
      .addOrderBy('p."confirmedAt"', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .getMany();
  }

  private async placementInForce(em: EntityManager, offerId: string): Promise<Placement | null> {
    return (await this.placementsInForce([offerId], em))[0] ?? null;
  }

  /** Locks the offer (serialising every change to its cases) and resolves the caller; NOT_FOUND for non-members. */
  private async lockOffer(
    em: EntityManager,
    user: User,
    offerId: string,
  ): Promise<{ offer: Offer; viewer: SpecialisationCaller }> {
    const offer = await em
      .getRepository(Offer)
      .findOne({ where: { id: offerId }, lock: { mode: 'pessimistic_write' } });
    const viewer = offer ? await this.access.caller(user.id, offer.projectId, em) : null;
    if (!offer || !viewer?.membership) throw notFound('Offer');
    return { offer, viewer };
  }

  private async lockCase(em: EntityManager, user: User, caseId: string) {
    const found = await em.getRepository(AssessmentCase).findOneBy({ id: caseId });
    if (!found) throw notFound('Assessment case');
    const { viewer } = await this.lockOffer(em, user, found.offerId).catch((error: unknown) => {
      // A non-member learns nothing, not even that the case's offer exists.
      throw error instanceof AppError && error.extensions.code === ErrorCode.NOT_FOUND
        ? notFound('Assessment case')
        : error;
    });
    // Re-read under the offer's lock: the status may have changed while we waited.
    const kase = await em.getRepository(AssessmentCase).findOneByOrFail({ id: caseId });
    return { kase, viewer };
  }

  /** One transaction; a unique violation that slipped past the checks is a CONFLICT, never a 500. */
  private async transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (error instanceof AppError) throw error;
      if ((error as { code?: string }).code === UNIQUE_VIOLATION)
        throw new AppError(
          ErrorCode.CONFLICT,
          'Someone changed this case at the same time; reload and try again',
        );
      throw error;
    }
  }

  private emit(type: SpecialisationEventType, kase: AssessmentCase) {
    this.events.publish(type, {
      projectId: kase.projectId,
      targetGroupId: kase.targetGroupId,
      offerId: kase.offerId,
      caseId: kase.id,
    });
  }

  private audit(
    em: EntityManager,
    user: User,
    kase: AssessmentCase,
    action: string,
    details: Record<string, unknown>,
  ) {
    return recordAudit(em, {
      projectId: kase.projectId,
      actorId: user.id,
      action,
      subjectType: 'AssessmentCase',
      subjectId: kase.id,
      details: {
        offerId: kase.offerId,
        targetGroupId: kase.targetGroupId,
        sequence: kase.sequence,
        ...details,
      },
    });
  }
}
