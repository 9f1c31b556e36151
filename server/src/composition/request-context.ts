import { SESSION_COOKIE, type SessionService } from '../auth/session.service';
import type { ClientInfo } from '../core/client-info';
import { readCookie, type Context, type CookieJar } from '../core/context';
import type { ServiceContainer } from '../core/container';
import { isDatabaseUnavailable } from '../core/database-unavailable';
import { serviceUnavailable } from '../core/errors';
import type { DatabaseHealth } from '../core/database-health';
import { createPerRequest } from '../core/per-request';

/** The same context for HTTP and graphql-ws: who is calling, resolved from the session cookie. */
export async function buildContext(
  {
    sessions,
    container,
    databaseHealth,
  }: { sessions: SessionService; container: ServiceContainer; databaseHealth: DatabaseHealth },
  cookieHeader: string | undefined,
  client: ClientInfo,
  cookies: CookieJar,
): Promise<Context> {
  let session;
  try {
    session = await sessions.userForToken(readCookie(cookieHeader, SESSION_COOKIE));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    databaseHealth.failed(error, 'session');
    throw serviceUnavailable();
  }
  return {
    user: session?.user ?? null,
    sessionTokenHash: session?.tokenHash ?? null,
    client,
    cookies,
    container,
    perRequest: createPerRequest(),
  };
}
