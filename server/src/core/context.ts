import type { ClientInfo } from './client-info';
import type { ServiceContainer } from './container';
import { AppError, ErrorCode } from './errors';
import type { PerRequest } from './per-request';

/**
 * The logged-in user. The users module declares its entity here (declaration merging, as Express does for
 * `Request.user`), so every resolver sees the full user while the kernel imports no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the users module
export interface Viewer {}

export interface CookieJar {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

/** What a resolver knows about the request: who is calling, from where, and this request's caches. */
export interface Context {
  user: Viewer | null;
  sessionTokenHash: string | null;
  client: ClientInfo;
  cookies: CookieJar;
  /** The process's services, for code with no resolver instance to inject into (subscribe functions). */
  container: ServiceContainer;
  /** This request's cache (a subscription gets a fresh one per event): DataLoaders and the like. */
  perRequest: PerRequest;
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
