import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import { log } from '../core/logger';

/** Routes WebSocket upgrades by path, after checking Origin against the allowlist. */
export function routeUpgrades(
  httpServer: http.Server,
  routes: Record<string, WebSocketServer>,
  allowedOrigins: string[],
  /** Told of every accepted socket (to close it when its session ends). */
  onSocket: (ws: WebSocket, request: http.IncomingMessage) => void = () => undefined,
): void {
  httpServer.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const origin = request.headers.origin;
    // Browsers always send Origin; a missing one is a non-browser client that cannot ride a user's cookie.
    if (origin && !allowedOrigins.includes(origin)) {
      log.security('ws.origin-refused', { origin, path });
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    const wss = routes[path];
    if (!wss) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      onSocket(ws, request);
      wss.emit('connection', ws, request);
    });
  });
}
