import { LessThan, type DataSource } from 'typeorm';
import { User } from '../modules/users/user.entity';
import { Topic, type AppPubSub } from '../core/pubsub';
import { Session } from './session.entity';
import { hashToken, newToken } from '../core/tokens';
import { readCookie } from '../core/context';

type LiveSession = { user: User; tokenHash: string; expiresAt: Date };

/** How long a WebSocket upgrade's session lookup serves the other checks of the same connection. */
const UPGRADE_LOOKUP_MS = 5000;

export const SESSION_COOKIE = 'samskriv_session';

export class SessionService {
  private readonly upgrades = new WeakMap<object, { session: Promise<LiveSession | null>; at: number }>();

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

  /**
   * The session of a WebSocket's upgrade request. Tracking the socket and the collab authentication ask
   * within moments of each other, so one lookup serves both (a failed one is not kept); later checks on the
   * same connection look again.
   */
  forUpgrade(request: { headers: { cookie?: string } }): Promise<LiveSession | null> {
    const known = this.upgrades.get(request);
    if (known && performance.now() - known.at < UPGRADE_LOOKUP_MS) return known.session;
    const session = this.userForToken(readCookie(request.headers.cookie, SESSION_COOKIE));
    this.upgrades.set(request, { session, at: performance.now() });
    session.catch(() => this.upgrades.delete(request));
    return session;
  }

  /** The user of a live session, or null. */
  async userForToken(token: string | undefined): Promise<LiveSession | null> {
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
