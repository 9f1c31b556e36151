import type http from 'node:http';

/** Who is calling: recorded in the audit log and used to throttle logins. */
export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

/** The caller's address (from X-Forwarded-For only behind a trusted proxy) and user agent. */
export function clientInfo(request: http.IncomingMessage, trustProxy: boolean): ClientInfo {
  const forwarded = trustProxy
    ? String(request.headers['x-forwarded-for'] ?? '')
        .split(',')[0]
        .trim()
    : '';
  return {
    ip: forwarded || request.socket.remoteAddress || 'unknown',
    userAgent: request.headers['user-agent'] ?? null,
  };
}
