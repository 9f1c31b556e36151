import { Role, type Membership } from '../projects/membership.entity';

/**
 * The rules file's table for assessments, placement and evaluation, on top of
 * the project role: `isSpecialist` says whether the member is in the specialist
 * group of the target group in question. Non-members (null) may do nothing; the
 * service answers them NOT_FOUND.
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

const WRITERS = new Set([Role.COORDINATOR, Role.AUTHOR]);

export function canAssessment(member: Member, action: AssessmentAction, isSpecialist: boolean): boolean {
  if (!member) return false;
  // Specialist rows only name AUTHOR or COORDINATOR memberships; checked again so a role change
  // to REVIEWER or OBSERVER takes the right away even before the row is cleaned up.
  const specialist = isSpecialist && WRITERS.has(member.role);
  switch (action) {
    case 'assess':
      return specialist;
    case 'seeContents':
    case 'settle':
      return specialist || member.role === Role.COORDINATOR;
    case 'confirm':
      return member.role === Role.COORDINATOR;
    case 'evaluate':
      return WRITERS.has(member.role);
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
  isSpecialist: boolean,
  userId: string,
  assessments: readonly A[],
  pairSize = 2,
): A[] {
  if (!member || !WRITERS.has(member.role)) return [];
  if (assessments.length >= pairSize && canAssessment(member, 'seeContents', isSpecialist))
    return [...assessments];
  return assessments.filter((a) => a.assessorId === userId);
}
