/**
 * The assessment case's state machine (rules file, "Assessment flow"), kept free
 * of the database so it is tested on its own. The service locks the case row,
 * asks these functions, and writes what they answer.
 */
export enum AssessmentCaseStatus {
  /** Fewer than two independent assessments submitted. */
  AWAITING_ASSESSMENTS = 'AWAITING_ASSESSMENTS',
  /** Two assessments, same level. */
  AGREED = 'AGREED',
  /** Two assessments, different levels: must be settled. */
  DISAGREED = 'DISAGREED',
  /** A disagreement settled with a level and a rationale. */
  SETTLED = 'SETTLED',
  /** A coordinator confirmed the placement. */
  PLACED = 'PLACED',
  /** A later case replaced this one before placement (reserved: no flow produces it today). */
  SUPERSEDED = 'SUPERSEDED',
}

/** An offer has at most one case in one of these at a time. */
export const OPEN_STATUSES: readonly AssessmentCaseStatus[] = [
  AssessmentCaseStatus.AWAITING_ASSESSMENTS,
  AssessmentCaseStatus.AGREED,
  AssessmentCaseStatus.DISAGREED,
  AssessmentCaseStatus.SETTLED,
];

export const LEVELS = [1, 2, 3] as const;
export const ASSESSORS_PER_CASE = 2;

export const isOpenStatus = (status: AssessmentCaseStatus) => OPEN_STATUSES.includes(status);

/** Why a step is refused; the service turns it into a CONFLICT. */
export type Refusal =
  | 'CASE_CLOSED'
  | 'ALREADY_ASSESSED'
  | 'CASE_FULL'
  | 'NOT_DISAGREED'
  | 'NOT_READY_TO_CONFIRM'
  | 'NO_PLACEMENT'
  | 'CASE_OPEN';

export const REFUSAL_MESSAGE: Record<Refusal, string> = {
  CASE_CLOSED: 'The case no longer takes assessments',
  ALREADY_ASSESSED: 'You have already assessed this case',
  CASE_FULL: 'The case already has two assessments',
  NOT_DISAGREED: 'Only a disagreement (DISAGREED) is settled',
  NOT_READY_TO_CONFIRM: 'Only an AGREED or SETTLED case is confirmed',
  NO_PLACEMENT: 'The offer has no confirmed placement to revisit',
  CASE_OPEN: 'The offer already has an open case',
};

export type Step<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };
const ok = <T>(value: T): Step<T> => ({ ok: true, value });
const refuse = <T>(refusal: Refusal): Step<T> => ({ ok: false, refusal });

interface SubmittedAssessment {
  assessorId: string;
  level: number;
}

/** May `assessorId` add an assessment to a case holding `existing`? */
export function checkSubmission(
  status: AssessmentCaseStatus,
  existing: readonly SubmittedAssessment[],
  assessorId: string,
): Step<void> {
  if (existing.some((a) => a.assessorId === assessorId)) return refuse('ALREADY_ASSESSED');
  if (existing.length >= ASSESSORS_PER_CASE) return refuse('CASE_FULL');
  if (status !== AssessmentCaseStatus.AWAITING_ASSESSMENTS) return refuse('CASE_CLOSED');
  return ok(undefined);
}

/** The case's status once `all` (the existing ones plus the new one) are in. */
export function statusAfterSubmission(
  all: readonly Pick<SubmittedAssessment, 'level'>[],
): AssessmentCaseStatus {
  if (all.length < ASSESSORS_PER_CASE) return AssessmentCaseStatus.AWAITING_ASSESSMENTS;
  return all[0].level === all[1].level ? AssessmentCaseStatus.AGREED : AssessmentCaseStatus.DISAGREED;
}

export function checkSettle(status: AssessmentCaseStatus): Step<AssessmentCaseStatus> {
  return status === AssessmentCaseStatus.DISAGREED
    ? ok(AssessmentCaseStatus.SETTLED)
    : refuse('NOT_DISAGREED');
}

/** The level a confirmation places the offer on: the agreed one, or the settled one. */
export function levelToConfirm(
  kase: { status: AssessmentCaseStatus; settledLevel: number | null },
  assessments: readonly Pick<SubmittedAssessment, 'level'>[],
): Step<number> {
  if (kase.status === AssessmentCaseStatus.AGREED && assessments.length === ASSESSORS_PER_CASE)
    return ok(assessments[0].level);
  if (kase.status === AssessmentCaseStatus.SETTLED && kase.settledLevel !== null)
    return ok(kase.settledLevel);
  return refuse('NOT_READY_TO_CONFIRM');
}

/** A revisit needs a placement in force and no open case; the new case's sequence follows the last one. */
export function checkRevisit(
  hasPlacement: boolean,
  cases: readonly { status: AssessmentCaseStatus; sequence: number }[],
): Step<number> {
  if (!hasPlacement) return refuse('NO_PLACEMENT');
  if (cases.some((c) => isOpenStatus(c.status))) return refuse('CASE_OPEN');
  return ok(Math.max(0, ...cases.map((c) => c.sequence)) + 1);
}
