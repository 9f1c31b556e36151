import { forbidden, notFound } from '../../core/errors';
import { Role, type Membership } from './membership.entity';

/**
 * DESIGN.md §3, for everything decided by the project role alone. The GraphQL
 * API and the collab socket both ask these functions.
 */
export type ProjectAction = 'read' | 'editText' | 'comment' | 'dispose' | 'submit' | 'approve' | 'manage';

type Member = Pick<Membership, 'role' | 'isApprover'> | null | undefined;

const WRITERS = new Set([Role.COORDINATOR, Role.AUTHOR]);

export function can(member: Member, action: ProjectAction): boolean {
  if (!member) return false;
  switch (action) {
    case 'read':
      return true;
    case 'editText':
    case 'dispose':
    case 'comment': // reviewers comment only inside an open review round: decided by the review module
    case 'submit': // submit a chapter for approval
      return WRITERS.has(member.role);
    case 'approve': // for the member's own organisation: checked by the approvals module
      return WRITERS.has(member.role) && member.isApprover;
    case 'manage':
      return member.role === Role.COORDINATOR;
  }
}

/** Non-members get NOT_FOUND (the project's existence is not revealed); members without the right get FORBIDDEN. */
export function assertCan<M extends Member>(
  member: M,
  action: ProjectAction,
): asserts member is NonNullable<M> {
  if (!member) throw notFound('Project');
  if (!can(member, action)) throw forbidden();
}
