import { AssessmentCaseStatus, ASSESSORS_PER_CASE, LEVELS } from './assessment-case-state';

/**
 * The evaluation report's numbers, from plain rows (contract: TargetGroupEvaluation).
 * Pure, so the arithmetic is unit-tested and the service only loads rows.
 */
export interface EvaluationOfferRow {
  offerId: string;
  targetGroupId: string;
}

export interface EvaluationCaseRow {
  caseId: string;
  offerId: string;
  targetGroupId: string;
  status: AssessmentCaseStatus;
  /** The levels of the case's submitted assessments (0, 1 or 2 of them). */
  levels: number[];
}

export interface EvaluationPlacementRow {
  offerId: string;
  targetGroupId: string;
  /** The placement in force (the offer's newest confirmed one). */
  level: number;
}

export interface EvaluationCounts {
  offers: number;
  /** Offers with at least one case having two assessments. */
  assessed: number;
  /** Offers with a placement in force. */
  placed: number;
  /** [level 1, level 2, level 3] of the placements in force. */
  placedPerLevel: number[];
  /** Cases with two independent assessments. */
  pairs: number;
  /** Of those, the ones with the same level. */
  agreements: number;
  /** agreements / pairs; null when there are no pairs. */
  agreementRate: number | null;
  /** Cases DISAGREED (not yet settled). */
  openDisagreements: number;
}

export const agreementRate = (agreements: number, pairs: number): number | null =>
  pairs === 0 ? null : agreements / pairs;

export function evaluationCounts(
  offers: readonly EvaluationOfferRow[],
  cases: readonly EvaluationCaseRow[],
  placements: readonly EvaluationPlacementRow[],
): EvaluationCounts {
  const offerIds = new Set(offers.map((o) => o.offerId));
  const pairCases = cases.filter((c) => offerIds.has(c.offerId) && c.levels.length === ASSESSORS_PER_CASE);
  const agreements = pairCases.filter((c) => c.levels[0] === c.levels[1]).length;
  const inForce = placements.filter((p) => offerIds.has(p.offerId));
  return {
    offers: offerIds.size,
    assessed: new Set(pairCases.map((c) => c.offerId)).size,
    placed: new Set(inForce.map((p) => p.offerId)).size,
    placedPerLevel: LEVELS.map((level) => inForce.filter((p) => p.level === level).length),
    pairs: pairCases.length,
    agreements,
    agreementRate: agreementRate(agreements, pairCases.length),
    openDisagreements: cases.filter(
      (c) => offerIds.has(c.offerId) && c.status === AssessmentCaseStatus.DISAGREED,
    ).length,
  };
}

/** Counts per target group (in the order given) and for all of them together. */
export function evaluate(
  targetGroupIds: readonly string[],
  offers: readonly EvaluationOfferRow[],
  cases: readonly EvaluationCaseRow[],
  placements: readonly EvaluationPlacementRow[],
): { perGroup: { targetGroupId: string; counts: EvaluationCounts }[]; total: EvaluationCounts } {
  const groups = new Set(targetGroupIds);
  const inGroups = offers.filter((o) => groups.has(o.targetGroupId));
  return {
    perGroup: targetGroupIds.map((targetGroupId) => ({
      targetGroupId,
      counts: evaluationCounts(
        inGroups.filter((o) => o.targetGroupId === targetGroupId),
        cases,
        placements,
      ),
    })),
    total: evaluationCounts(inGroups, cases, placements),
  };
}
