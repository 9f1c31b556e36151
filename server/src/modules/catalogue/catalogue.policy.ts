import { forbidden, notFound } from '../../core/errors';
import { Role, type Membership } from '../projects/membership.entity';

/**
 * Who may do what with a specialisation project's catalogue, on top of the project policy. `groups` are the
 * target-group ids the member is a specialist of. The services ask these functions, and the client learns
 * their answers from `TargetGroup.viewerCan.editCriteria` and `Membership.mayBeSpecialist`.
 */
export type CatalogueAction =
  | 'read' // target groups, criteria, providers, offers, CSV export
  | 'manage' // create target groups, set specialists, providers, offers, CSV import
  | 'saveCriterion'; // of target group G

type Member = Pick<Membership, 'role'> | null | undefined;

/** Who may be in a target group's specialist group: the working group (coordinators and authors). */
export const mayBeSpecialist = (member: Pick<Membership, 'role'>) =>
  member.role === Role.COORDINATOR || member.role === Role.AUTHOR;

/** A coordinator, or an author in G's specialist group: those who describe G's levels. */
export function speaksForGroup(
  member: Pick<Membership, 'role'>,
  groups: readonly string[],
  targetGroupId?: string,
) {
  if (member.role === Role.COORDINATOR) return true;
  return member.role === Role.AUTHOR && isSpecialistOf(groups, targetGroupId);
}

export const isSpecialistOf = (groups: readonly string[], targetGroupId?: string) =>
  targetGroupId !== undefined && groups.includes(targetGroupId);

export function canCatalogue(
  member: Member,
  groups: readonly string[],
  action: CatalogueAction,
  targetGroupId?: string,
): boolean {
  if (!member) return false;
  switch (action) {
    case 'read':
      return true;
    case 'manage':
      return member.role === Role.COORDINATOR;
    case 'saveCriterion':
      return speaksForGroup(member, groups, targetGroupId);
  }
}

/** Non-members get NOT_FOUND (as everywhere); members without the right get FORBIDDEN. */
export function assertCanCatalogue<M extends Member>(
  member: M,
  groups: readonly string[],
  action: CatalogueAction,
  targetGroupId?: string,
): asserts member is NonNullable<M> {
  if (!member) throw notFound('Project');
  if (!canCatalogue(member, groups, action, targetGroupId)) throw forbidden();
}
