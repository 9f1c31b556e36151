import { IsNull, MoreThan, type DataSource } from 'typeorm';
import { AppError, ErrorCode, badInput, rateLimited } from '../core/errors';
import type { ClientInfo } from '../core/client-info';
import { log } from '../core/logger';
import { User } from '../modules/users/user.entity';
import { normalizeEmail } from '../modules/users/user.service';
import { Invite } from '../modules/users/invite.entity';
import type { LoginThrottleService } from './login-throttle.service';
import { hashPassword, verifyPassword } from './password';
import type { SessionService } from './session.service';
import { hashToken } from '../core/tokens';
import type { InvitationContact } from './invitation-contact';

const invalidCredentials = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong email or password', { reason: 'INVALID_CREDENTIALS' });

export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /** A wrong password and an unknown email answer alike, in about the same time. */
  async login(emailInput: string, password: string, client: ClientInfo) {
    const email = normalizeEmail(emailInput);
    const counted = await this.throttle.begin(email, client.ip);
    if ('retryAfterSeconds' in counted) {
      log.security('login.throttled', { email, ip: client.ip });
      throw rateLimited(counted.retryAfterSeconds);
    }
    const user = await this.db.getRepository(User).findOneBy({ email });
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      log.security('login.failed', { email, ip: client.ip });
      throw invalidCredentials();
    }
    await this.throttle.succeeded(email, counted.attempt);
    const session = await this.sessions.create(user.id, client.ip, client.userAgent);
    log.security('login.succeeded', { userId: user.id, ip: client.ip });
    return { user, ...session };
  }

  async logout(tokenHash: string | null, user: User | null) {
    if (tokenHash) await this.sessions.destroy(tokenHash);
    if (user) log.security('logout', { userId: user.id });
  }

  private async liveInvite(token: string) {
    return this.db.getRepository(Invite).findOne({
      where: { tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
  }

  /** Who an invitation is for, so the accept page can greet them; null when used or expired. */
  async inviteInfo(token: string): Promise<User | null> {
    if (token.length > 100) return null;
    return (await this.liveInvite(token))?.user ?? null;
  }

  /**
   * For a link that no longer works: who made the invitation, so the person knows whom to ask. Only the
   * holder of the link gets this (the token is the secret); an unknown or live token gives null.
   */
  async invitationContact(token: string): Promise<InvitationContact | null> {
    if (token.length > 100) return null;
    const rows: (InvitationContact & { live: boolean })[] = await this.db.query(
      `SELECT i."usedAt" IS NOT NULL AS used, i."usedAt" IS NULL AND i."expiresAt" > now() AS live,
              u.name AS "inviterName", COALESCE(o."shortName", o.name) AS "inviterOrganization",
              p.title AS "projectTitle"
         FROM invite i
         LEFT JOIN app_user u ON u.id = i."createdById"
         LEFT JOIN organization o ON o.id = u."organizationId"
         LEFT JOIN project p ON p.id = i."projectId"
        WHERE i."tokenHash" = $1`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row || row.live) return null;
    return {
      used: row.used,
      inviterName: row.inviterName,
      inviterOrganization: row.inviterOrganization,
      projectTitle: row.projectTitle,
    };
  }

  async acceptInvite(token: string, password: string, name: string | null | undefined, client: ClientInfo) {
    const passwordHash = await hashPassword(password);
    const user = await this.db.transaction(async (em) => {
      const invite = await this.liveInvite(token);
      if (!invite?.user) throw badInput('token', 'The invitation link is used or has expired');
      // Marking it used in the same statement that checks it keeps a link one-time under races.
      const marked = await em
        .getRepository(Invite)
        .update({ id: invite.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (marked.affected !== 1) throw badInput('token', 'The invitation link is used or has expired');
      invite.user.passwordHash = passwordHash;
      if (name?.trim()) invite.user.name = name.trim();
      return em.getRepository(User).save(invite.user);
    });
    log.security('invite.accepted', { userId: user.id, ip: client.ip });
    const session = await this.sessions.create(user.id, client.ip, client.userAgent);
    return { user, ...session };
  }
}
