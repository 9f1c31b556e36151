import type { DataSource, EntityManager } from 'typeorm';
import { Invite } from './invite.entity';
import { hashToken, newToken } from '../../core/tokens';
import { assertFound, badInput, conflict } from '../../core/errors';
import { log } from '../../core/logger';
import { Organization } from '../organizations/organization.entity';
import { User } from './user.entity';
import type { CreateUserInput, UpdateUserInput } from './user.inputs';

const INVITE_DAYS = 14;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export class UserService {
  constructor(
    private readonly db: DataSource,
    private readonly publicUrl: string,
  ) {}

  list(): Promise<User[]> {
    return this.db.getRepository(User).find({ order: { name: 'ASC' } });
  }

  findByEmail(email: string, em: EntityManager = this.db.manager): Promise<User | null> {
    return em.getRepository(User).findOneBy({ email: normalizeEmail(email) });
  }

  /** Creates a user without a password and returns the one-time link that sets it. */
  async invite(
    em: EntityManager,
    input: {
      name: string;
      email: string;
      organizationId: string;
      isSystemAdmin?: boolean;
      canStartProjects?: boolean;
    },
    invitedBy: User,
    /** The project whose coordinator invites; null when a system admin does. */
    projectId: string | null = null,
  ): Promise<{ user: User; inviteUrl: string }> {
    const email = normalizeEmail(input.email);
    if (await this.findByEmail(email, em))
      throw conflict('A user with that email exists', { field: 'email' });
    if (!(await em.getRepository(Organization).existsBy({ id: input.organizationId })))
      throw badInput('organizationId', 'Unknown organisation');
    const user = await em.getRepository(User).save(
      em.getRepository(User).create({
        name: input.name.trim(),
        email,
        organizationId: input.organizationId,
        isSystemAdmin: input.isSystemAdmin ?? false,
        canStartProjects: input.canStartProjects ?? false,
        passwordHash: null,
      }),
    );
    // The only link that can ever log in as this new account: issued once, to whoever created it.
    const token = newToken();
    await em.getRepository(Invite).insert({
      tokenHash: hashToken(token),
      userId: user.id,
      projectId,
      createdById: invitedBy.id,
      expiresAt: new Date(Date.now() + INVITE_DAYS * 86400_000),
    });
    log.security('invite.issued', { userId: user.id, projectId, by: invitedBy.id });
    return { user, inviteUrl: `${this.publicUrl.replace(/\/$/, '')}/invite/${token}` };
  }

  create(input: CreateUserInput, admin: User) {
    return this.db.transaction((em) => this.invite(em, input, admin));
  }

  async update(id: string, input: UpdateUserInput, admin: User): Promise<User> {
    return this.db.transaction(async (em) => {
      const user = assertFound(await em.getRepository(User).findOneBy({ id }), 'User');
      if (
        input.organizationId &&
        !(await em.getRepository(Organization).existsBy({ id: input.organizationId }))
      )
        throw badInput('organizationId', 'Unknown organisation');
      if (input.isSystemAdmin === false && user.id === admin.id)
        throw conflict('You cannot remove your own system-admin rights');
      if (input.name !== undefined) user.name = input.name.trim();
      if (input.organizationId) user.organizationId = input.organizationId;
      if (input.isSystemAdmin !== undefined && input.isSystemAdmin !== user.isSystemAdmin) {
        user.isSystemAdmin = input.isSystemAdmin;
        log.security('user.admin-changed', {
          userId: user.id,
          isSystemAdmin: user.isSystemAdmin,
          by: admin.id,
        });
      }
      if (input.canStartProjects != null && input.canStartProjects !== user.canStartProjects) {
        user.canStartProjects = input.canStartProjects;
        log.security('user.start-projects-changed', {
          userId: user.id,
          canStartProjects: user.canStartProjects,
          by: admin.id,
        });
      }
      return em.getRepository(User).save(user);
    });
  }
}
