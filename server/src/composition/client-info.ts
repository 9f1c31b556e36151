import type http from 'node:http';
import type { ClientInfo } from '../auth/auth.service';

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
