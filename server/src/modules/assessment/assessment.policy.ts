import { Role, type Membership } from '../projects/membership.entity';
import { isSpecialistOf, speaksForGroup } from '../catalogue/catalogue.policy';

/**
 * Who may do what with assessments, placements and the evaluation. `groups` are the target groups whose
 * specialist group the member is in. Non-members (null) may do nothing; the service answers them NOT_FOUND.
 * The client learns the answers from `TargetGroup.viewerCan { assess settle }`, `AssessmentCase.viewerCan`
 * and `Project.viewerCan.evaluate`.
 */
export type AssessmentAction =
  /** Submit an assessment of an offer of the group. */
  | 'assess'
  /** See the contents (level, rationale) of assessments once both are in, and a settlement's rationale. */
  | 'seeContents'
  /** Settle a disagreement in the group. */
  | 'settle'
  /** Confirm a placement, or revisit one. */
  | 'confirm'
  /** Evaluation notes and the evaluation report. */
  | 'evaluate';

type Member = Pick<Membership, 'role'> | null | undefined;

export function canAssessment(
  member: Member,
  groups: readonly string[],
  action: AssessmentAction,
  targetGroupId?: string,
): boolean {
  if (!member) return false;
  const coordinator = member.role === Role.COORDINATOR;
  switch (action) {
    case 'assess':
      // A coordinator assesses only when also a specialist of the group; reviewers and observers never.
      return (coordinator || member.role === Role.AUTHOR) && isSpecialistOf(groups, targetGroupId);
    // Those who settle a disagreement are those who see what it is about: the ones who describe the levels.
    case 'seeContents':
    case 'settle':
      return speaksForGroup(member, groups, targetGroupId);
    case 'confirm':
      return coordinator;
    case 'evaluate':
      return coordinator || member.role === Role.AUTHOR;
  }
}

/**
 * Independence: which of a case's assessments a viewer sees. Before both are in,
 * only their own (nobody else's level or rationale, not even a coordinator's
 * view); once both are in, both for coordinators and the group's specialists;
 * reviewers and observers never see any.
 */
export function visibleAssessments<A extends { assessorId: string }>(
  member: Member,
  groups: readonly string[],
  targetGroupId: string,
  userId: string,
  assessments: readonly A[],
  pairSize = 2,
): A[] {
  if (!member || (member.role !== Role.COORDINATOR && member.role !== Role.AUTHOR)) return [];
  if (assessments.length >= pairSize && canAssessment(member, groups, 'seeContents', targetGroupId))
    return [...assessments];
  return assessments.filter((a) => a.assessorId === userId);
}

/**
 * `visibleAssessments` as SQL, for a query across projects: `member` is the
 * viewer's membership row, `assessment` the assessment row, `targetGroupId` its
 * case's target group, `userId` the viewer's id placeholder. Own assessments
 * always; others' only once the case holds two, and then only for those who see
 * contents (coordinators, the group's specialists: canAssessment 'seeContents').
 */
export function assessmentVisibilityCondition(sql: {
  member: string;
  assessment: string;
  targetGroupId: string;
  userId: string;
}): string {
  const { member, assessment, targetGroupId, userId } = sql;
  return `(${member}.role IN ('${Role.COORDINATOR}', '${Role.AUTHOR}') AND (${assessment}."assessorId" = ${userId}
    OR ((SELECT count(*) FROM assessment pair WHERE pair."caseId" = ${assessment}."caseId") >= 2
      AND (${member}.role = '${Role.COORDINATOR}' OR EXISTS (SELECT 1 FROM specialist sg
        WHERE sg."membershipId" = ${member}.id AND sg."targetGroupId" = ${targetGroupId})))))`;
}
