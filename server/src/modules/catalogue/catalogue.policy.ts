import { forbidden, notFound } from '../../core/errors';
import { Role, type Membership } from '../projects/membership.entity';

/**
 * Who may do what in a specialisation project, on top of the project policy. `groups` are the target-group
 * ids the member is a specialist of. The services ask these functions, and the client learns their answers
 * from `TargetGroup.viewerCan`, `AssessmentCase.viewerCan` and `Project.viewerCan.evaluate`.
 */
export type SpecialisationAction =
  | 'read' // target groups, criteria, providers, offers, placements, overview, CSV export
  | 'manage' // create target groups, set specialists, providers, offers, CSV import, confirm/revisit placements
  | 'saveCriterion' // of target group G
  | 'assess' // an offer of target group G
  | 'settle' // a disagreement in target group G
  | 'evaluate'; // evaluation notes and report

type Member = Pick<Membership, 'role'> | null | undefined;

export function canSpecialisation(
  member: Member,
  groups: readonly string[],
  action: SpecialisationAction,
  targetGroupId?: string,
): boolean {
  if (!member) return false;
  const coordinator = member.role === Role.COORDINATOR;
  const specialistOfG = targetGroupId !== undefined && groups.includes(targetGroupId);
  switch (action) {
    case 'read':
      return true;
    case 'manage':
      return coordinator;
    case 'saveCriterion':
    case 'settle':
      return coordinator || (member.role === Role.AUTHOR && specialistOfG);
    case 'assess':
      // A coordinator assesses only when also a specialist of the group; reviewers and observers never.
      return (coordinator || member.role === Role.AUTHOR) && specialistOfG;
    case 'evaluate':
      return coordinator || member.role === Role.AUTHOR;
  }
}

/** Non-members get NOT_FOUND (as everywhere); members without the right get FORBIDDEN. */
export function assertCanSpecialisation<M extends Member>(
  member: M,
  groups: readonly string[],
  action: SpecialisationAction,
  targetGroupId?: string,
): asserts member is NonNullable<M> {
  if (!member) throw notFound('Project');
  if (!canSpecialisation(member, groups, action, targetGroupId)) throw forbidden();
}
