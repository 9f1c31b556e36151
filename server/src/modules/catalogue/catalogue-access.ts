import type { DataSource, EntityManager } from 'typeorm';
import { log } from '../../core/logger';
import type { Membership } from '../projects/membership.entity';
import type { MembershipService } from '../projects/membership.service';
import type { User } from '../users/user.entity';
import { Specialist } from './specialist.entity';
import { assertCanCatalogue, type CatalogueAction } from './catalogue.policy';

/** Who the caller is in a specialisation project: the rules of both its modules are functions of this. */
export interface SpecialisationCaller {
  /** null for non-members. */
  membership: Membership | null;
  /** Target groups the caller is a specialist of; [] for non-members. */
  groups: string[];
}

/** The caller's membership and specialist groups in a project, checked against catalogue.policy.ts. */
export class CatalogueAccess {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
  ) {}

  async caller(
    userId: string,
    projectId: string,
    em: EntityManager = this.db.manager,
  ): Promise<SpecialisationCaller> {
    const membership = await this.memberships.forUser(userId, projectId, em);
    if (!membership) return { membership: null, groups: [] };
    const rows = await em
      .getRepository(Specialist)
      .find({ where: { membershipId: membership.id }, select: { targetGroupId: true } });
    return { membership, groups: rows.map((row) => row.targetGroupId) };
  }

  /** The caller if they may do `action` (NOT_FOUND for non-members, FORBIDDEN otherwise). */
  async require(
    user: User,
    projectId: string,
    action: CatalogueAction,
    targetGroupId?: string,
    em: EntityManager = this.db.manager,
  ): Promise<SpecialisationCaller & { membership: Membership }> {
    const { membership, groups } = await this.caller(user.id, projectId, em);
    try {
      assertCanCatalogue(membership, groups, action, targetGroupId);
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
}
