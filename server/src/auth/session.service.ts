import { LessThan, type DataSource } from 'typeorm';
import { User } from '../modules/users/user.entity';
import { Topic, type AppPubSub } from '../core/pubsub';
import { Session } from './session.entity';
import { hashToken, newToken } from '../core/tokens';

export const SESSION_COOKIE = 'samskriv_session';

export class SessionService {
  constructor(
    private readonly db: DataSource,
    private readonly ttlHours: number,
    private readonly pubSub: AppPubSub,
  ) {}

  async create(userId: string, ip: string | null, userAgent: string | null) {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.ttlHours * 3600_000);
    await this.db.getRepository(Session).insert({
      tokenHash: hashToken(token),
      userId,
      expiresAt,
      ip,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt };
  }

  /** The user of a live session, or null. */
  async userForToken(
    token: string | undefined,
  ): Promise<{ user: User; tokenHash: string; expiresAt: Date } | null> {
    if (!token || token.length > 100) return null;
    const tokenHash = hashToken(token);
    const session = await this.db
      .getRepository(Session)
      .findOne({ where: { tokenHash }, relations: { user: true } });
    if (!session?.user || session.expiresAt.getTime() <= Date.now()) return null;
    if (session.user.passwordHash === null) return null;
    return { user: session.user, tokenHash, expiresAt: session.expiresAt };
  }

  async destroy(tokenHash: string): Promise<void> {
    await this.db.getRepository(Session).delete({ tokenHash });
    this.pubSub.publish(Topic.SessionEnded, { tokenHash, userId: null });
  }

  async destroyAllFor(userId: string): Promise<void> {
    await this.db.getRepository(Session).delete({ userId });
    this.pubSub.publish(Topic.SessionEnded, { tokenHash: null, userId });
  }

  async purgeExpired(): Promise<void> {
    await this.db.getRepository(Session).delete({ expiresAt: LessThan(new Date()) });
  }
}
