import type { DataSource, EntityManager } from 'typeorm';
import { assertFound, badInput, conflict } from '../../core/errors';
import { log } from '../../core/logger';
import type { ClientInfo } from '../../core/client-info';
import { recordAudit } from '../../core/audit';
import { Topic, type AppPubSub, type MembershipChangedPayload } from '../../core/pubsub';
import type { User } from '../users/user.entity';
import type { UserService } from '../users/user.service';
import { Membership, Role } from './membership.entity';
import type { AddMemberInput, UpdateMemberInput } from './project.inputs';
import { assertCan, type ProjectAction } from './project.policy';
import { Project } from './project.entity';
import { loadAudience, type ProjectAudience } from './project-audience';
import { oncePerEvent } from '../../core/per-event';

export class MembershipService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UserService,
    private readonly pubSub: AppPubSub,
  ) {}

  forUser(userId: string, projectId: string, em: EntityManager = this.db.manager) {
    return em.getRepository(Membership).findOneBy({ userId, projectId });
  }

  /** Who may receive an event of the project, loaded once per event however many receivers judge it. */
  audience(event: { projectId: string }): Promise<ProjectAudience> {
    return oncePerEvent(event, 'audience', () => loadAudience(this.db.manager, event.projectId));
  }

  /** The caller's membership, if it allows `action` (NOT_FOUND for non-members, FORBIDDEN otherwise). */
  async require(user: User, projectId: string, action: ProjectAction, em?: EntityManager) {
    const membership = await this.forUser(user.id, projectId, em);
    try {
      assertCan(membership, action);
    } catch (error) {
      log.security('authz.denied', { userId: user.id, projectId, action, role: membership?.role ?? null });
      throw error;
    }
    return membership;
  }

  list(projectId: string): Promise<Membership[]> {
    return this.db.getRepository(Membership).find({ where: { projectId }, order: { createdAt: 'ASC' } });
  }

  async add(actor: User, input: AddMemberInput, client?: ClientInfo) {
    const result = await this.db.transaction(async (em) => {
      await this.require(actor, input.projectId, 'manage', em);
      let user = await this.users.findByEmail(input.email, em);
      let inviteUrl: string | null = null;
      if (!user) {
        if (!input.name?.trim()) throw badInput('name', 'A new user needs a name');
        if (!input.organizationId) throw badInput('organizationId', 'A new user needs an organisation');
        ({ user, inviteUrl } = await this.users.invite(
          em,
          { name: input.name, email: input.email, organizationId: input.organizationId },
          actor,
          input.projectId,
        ));
      }
      // A person invited elsewhere who has not accepted yet joins without a new link: their link belongs to
      // the project and coordinator that invited them, and a link here would log its holder in as them.
      if (await this.forUser(user.id, input.projectId, em))
        throw conflict('That person is already a member', { field: 'email' });
      const membership = await em.getRepository(Membership).save(
        em.getRepository(Membership).create({
          projectId: input.projectId,
          userId: user.id,
          role: input.role,
          isApprover: input.isApprover,
        }),
      );
      await recordAudit(em, {
        projectId: input.projectId,
        actorId: actor.id,
        action: 'member.added',
        subjectType: 'Membership',
        subjectId: membership.id,
        details: { userId: user.id, role: input.role, isApprover: input.isApprover },
        ip: client?.ip,
      });
      return { membership, inviteUrl };
    });
    log.security('member.added', {
      projectId: input.projectId,
      userId: result.membership.userId,
      role: input.role,
      by: actor.id,
    });
    this.publish('ADDED', result.membership);
    return result;
  }

  async update(
    actor: User,
    membershipId: string,
    input: UpdateMemberInput,
    client?: ClientInfo,
  ): Promise<Membership> {
    const { before, after } = await this.db.transaction(async (em) => {
      const membership = await this.lockForManage(actor, membershipId, em);
      const before = { role: membership.role, isApprover: membership.isApprover };
      if (input.role && input.role !== membership.role) {
        if (membership.role === Role.COORDINATOR) await this.assertAnotherCoordinator(membership, em);
        membership.role = input.role;
      }
      if (input.isApprover !== undefined) membership.isApprover = input.isApprover;
      const after = await em.getRepository(Membership).save(membership);
      // Specialist groups hold AUTHOR and COORDINATOR members only: a reviewer or observer leaves them.
      let leftSpecialistGroups = 0;
      if (after.role === Role.REVIEWER || after.role === Role.OBSERVER) {
        // A DELETE answers [rows, affected count].
        const [, count] = await em.query<[unknown[], number]>(
          'DELETE FROM specialist WHERE "membershipId" = $1',
          [after.id],
        );
        leftSpecialistGroups = count;
      }
      await recordAudit(em, {
        projectId: after.projectId,
        actorId: actor.id,
        action: 'member.changed',
        subjectType: 'Membership',
        subjectId: after.id,
        details: {
          userId: after.userId,
          from: before,
          to: { role: after.role, isApprover: after.isApprover },
          ...(leftSpecialistGroups ? { leftSpecialistGroups } : {}),
        },
        ip: client?.ip,
      });
      return { before, after };
    });
    log.security('member.changed', {
      projectId: after.projectId,
      userId: after.userId,
      from: before,
      to: { role: after.role, isApprover: after.isApprover },
      by: actor.id,
    });
    this.publish('UPDATED', after);
    return after;
  }

  async remove(actor: User, membershipId: string, client?: ClientInfo): Promise<boolean> {
    const removed = await this.db.transaction(async (em) => {
      const membership = await this.lockForManage(actor, membershipId, em);
      if (membership.role === Role.COORDINATOR) await this.assertAnotherCoordinator(membership, em);
      await em.getRepository(Membership).delete({ id: membership.id });
      await recordAudit(em, {
        projectId: membership.projectId,
        actorId: actor.id,
        action: 'member.removed',
        subjectType: 'Membership',
        subjectId: membership.id,
        details: { userId: membership.userId, role: membership.role, isApprover: membership.isApprover },
        ip: client?.ip,
      });
      return membership;
    });
    log.security('member.removed', { projectId: removed.projectId, userId: removed.userId, by: actor.id });
    this.publish('REMOVED', removed);
    return true;
  }

  private async lockForManage(actor: User, membershipId: string, em: EntityManager) {
    const membership = assertFound(
      await em.getRepository(Membership).findOneBy({ id: membershipId }),
      'Membership',
    );
    // Serialise membership changes per project so "the last coordinator" check cannot race.
    await em
      .getRepository(Project)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id: membership.projectId })
      .getOne();
    await this.require(actor, membership.projectId, 'manage', em);
    return membership;
  }

  private async assertAnotherCoordinator(membership: Membership, em: EntityManager) {
    const coordinators = await em
      .getRepository(Membership)
      .countBy({ projectId: membership.projectId, role: Role.COORDINATOR });
    if (coordinators <= 1) throw conflict('A project needs at least one coordinator');
  }

  private publish(type: MembershipChangedPayload['type'], m: Membership) {
    const event = { type, projectId: m.projectId, membershipId: m.id, userId: m.userId };
    this.pubSub.publish(Topic.MembershipChanged, m.projectId, event);
  }
}
