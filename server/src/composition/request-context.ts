import { SESSION_COOKIE, type SessionService } from '../auth/session.service';
import type { ClientInfo } from '../core/client-info';
import { readCookie, type Context, type CookieJar } from '../core/context';
import type { ServiceContainer } from '../core/container';
import { createPerRequest } from '../core/per-request';

/** The same context for HTTP and graphql-ws: who is calling, resolved from the session cookie. */
export async function buildContext(
  { sessions, container }: { sessions: SessionService; container: ServiceContainer },
  cookieHeader: string | undefined,
  client: ClientInfo,
  cookies: CookieJar,
): Promise<Context> {
  const session = await sessions.userForToken(readCookie(cookieHeader, SESSION_COOKIE));
  return {
    user: session?.user ?? null,
    sessionTokenHash: session?.tokenHash ?? null,
    client,
    cookies,
    container,
    perRequest: createPerRequest(),
  };
}
