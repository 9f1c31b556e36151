import type { User } from '../modules/users/user.entity';
import type { ClientInfo } from '../auth/auth.service';
import { SESSION_COOKIE } from '../auth/session.service';
import { createLoaders, type Loaders } from '../composition/loaders';
import type { Services } from '../composition/services';
import { AppError, ErrorCode } from './errors';

export interface CookieJar {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

export interface Context {
  user: User | null;
  sessionTokenHash: string | null;
  client: ClientInfo;
  services: Services;
  loaders: Loaders;
  cookies: CookieJar;
}

/** graphql-ws cannot set cookies: logging in and out happens over HTTP. */
export const noCookies: CookieJar = {
  setSession() {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Log in over HTTP, not over the WebSocket');
  },
  clearSession() {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Log out over HTTP, not over the WebSocket');
  },
};

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The same context for HTTP and graphql-ws: who is calling, resolved from the session cookie. */
export async function buildContext(
  services: Services,
  cookieHeader: string | undefined,
  client: ClientInfo,
  cookies: CookieJar,
): Promise<Context> {
  const session = await services.sessions.userForToken(readCookie(cookieHeader, SESSION_COOKIE));
  return {
    user: session?.user ?? null,
    sessionTokenHash: session?.tokenHash ?? null,
    client,
    services,
    loaders: createLoaders(services.db),
    cookies,
  };
}
