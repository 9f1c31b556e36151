import type { DataSource, EntityManager } from 'typeorm';
import { log } from '../../core/logger';
import type { Membership } from '../projects/membership.entity';
import type { MembershipService } from '../projects/membership.service';
import type { User } from '../users/user.entity';
import { Specialist } from './specialist.entity';
import {
  assertCanSpecialisation,
  canSpecialisation,
  type SpecialisationAction,
} from './catalogue.policy';

export interface SpecialisationCaller {
  membership: Membership;
  /** Target groups the caller is a specialist of. */
  groups: string[];
}

/** The caller's membership and specialist groups in a project, checked against specialisation.policy.ts. */
export class SpecialisationAccess {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
  ) {}

  async groupsOf(membershipId: string, em: EntityManager = this.db.manager): Promise<string[]> {
    const rows = await em
      .getRepository(Specialist)
      .find({ where: { membershipId }, select: { targetGroupId: true } });
    return rows.map((row) => row.targetGroupId);
  }

  /** The caller if they may do `action` (NOT_FOUND for non-members, FORBIDDEN otherwise). */
  async require(
    user: User,
    projectId: string,
    action: SpecialisationAction,
    targetGroupId?: string,
    em: EntityManager = this.db.manager,
  ): Promise<SpecialisationCaller> {
    const membership = await this.memberships.forUser(user.id, projectId, em);
    const groups = membership ? await this.groupsOf(membership.id, em) : [];
    try {
      assertCanSpecialisation(membership, groups, action, targetGroupId);
    } catch (error) {
      log.security('authz.denied', {
        userId: user.id,
        projectId,
        action: `specialisation.${action}`,
        targetGroupId: targetGroupId ?? null,
        role: membership?.role ?? null,
      });
      throw error;
    }
    return { membership, groups };
  }

  /** Whether the user may do `action` now (false for non-members), for viewerCan fields and event delivery. */
  async may(user: User, projectId: string, action: SpecialisationAction, targetGroupId?: string) {
    const membership = await this.memberships.forUser(user.id, projectId);
    if (!membership) return false;
    return canSpecialisation(membership, await this.groupsOf(membership.id), action, targetGroupId);
  }
}
