import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { readCookie } from '../core/context';
import { Topic, type AppPubSub } from '../core/pubsub';
import { SESSION_COOKIE, type SessionService } from './session.service';

/** graphql-ws' "Unauthorized"; the Hocuspocus provider reconnects and is then refused without a session. */
export const SESSION_ENDED_CLOSE_CODE = 4401;

interface Tracked {
  userId: string;
  sockets: Set<WebSocket>;
}

/**
 * The open WebSockets (`/graphql` and `/collab`) of each session on this instance. Logout
 * (on any instance: the event travels through the pub/sub) and the session's expiry close them,
 * so nothing keeps being delivered to a browser that is no longer logged in.
 */
export class SessionSockets {
  private readonly sessions = new Map<string, Tracked>();
  private readonly listening: AsyncIterator<unknown>;

  constructor(
    private readonly sessionService: SessionService,
    pubSub: AppPubSub,
  ) {
    const ended = pubSub.subscribe(Topic.SessionEnded)[Symbol.asyncIterator]();
    this.listening = ended;
    void (async () => {
      for (let next = await ended.next(); !next.done; next = await ended.next()) {
        const { tokenHash, userId } = next.value;
        for (const [hash, tracked] of this.sessions)
          if (hash === tokenHash || tracked.userId === userId) this.close(hash);
      }
    })();
  }

  /** Registers a socket under the session its upgrade request carried (anonymous sockets are not tracked). */
  async track(ws: WebSocket, request: IncomingMessage): Promise<void> {
    const cookieHeader = request.headers.cookie;
    const session = await this.sessionService.forUpgrade(request);
    if (!session || ws.readyState !== ws.OPEN) return;
    const tracked = this.sessions.get(session.tokenHash) ?? { userId: session.user.id, sockets: new Set() };
    this.sessions.set(session.tokenHash, tracked);
    tracked.sockets.add(ws);
    let expiry: NodeJS.Timeout;
    const closeAtExpiry = (expiresAt: Date) => {
      // setTimeout holds at most ~24.8 days; a longer session is looked at again then.
      expiry = setTimeout(
        () =>
          void this.sessionService
            .userForToken(readCookie(cookieHeader, SESSION_COOKIE))
            .then((still) =>
              still ? closeAtExpiry(still.expiresAt) : ws.close(SESSION_ENDED_CLOSE_CODE, 'Session ended'),
            ),
        Math.min(expiresAt.getTime() - Date.now(), 2 ** 31 - 1),
      );
      expiry.unref();
    };
    closeAtExpiry(session.expiresAt);
    ws.once('close', () => {
      clearTimeout(expiry);
      tracked.sockets.delete(ws);
      if (tracked.sockets.size === 0 && this.sessions.get(session.tokenHash) === tracked)
        this.sessions.delete(session.tokenHash);
    });
  }

  stop(): void {
    void this.listening.return?.();
  }

  private close(tokenHash: string) {
    const tracked = this.sessions.get(tokenHash);
    this.sessions.delete(tokenHash);
    for (const ws of tracked?.sockets ?? []) ws.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
  }
}
