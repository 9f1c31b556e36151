import type { IncomingMessage } from 'node:http';
import { OutgoingMessage, type Document, type Extension, type onConnectPayload } from '@hocuspocus/server';
import { TRY_AGAIN_CLOSE } from '@samskriv/schema';
import type WebSocket from 'ws';
import { log } from '../../core/logger';
import { isDatabaseUnavailable } from '../../core/database-unavailable';
import type { DatabaseHealth } from '../../core/database-health';

/** A client that does not complete the close handshake by then has its socket cut. */
const TERMINATE_AFTER_MS = 1000;

/**
 * Storage failures are temporary: when a write, an authentication or a load could not reach the
 * database, the socket is closed for real with TRY_AGAIN_CLOSE — never answered "permission denied"
 * (which the client shows as a refusal) and never left open with only Hocuspocus' CLOSE message (which
 * leaves the provider waiting for its 30-second no-message timer).
 */
export class CollabRetryExtension implements Extension {
  extensionName = 'samskriv-retry';
  // First, so every later hook can find its socket.
  priority = 2000;

  private readonly byRequest = new WeakMap<IncomingMessage, WebSocket>();
  private readonly bySocketId = new Map<string, WebSocket>();

  constructor(private readonly health: DatabaseHealth) {}

  /** Called for every accepted collab socket, before Hocuspocus handles it. */
  accepted(ws: WebSocket, request: IncomingMessage): void {
    this.byRequest.set(request, ws);
  }

  async onConnect({ request, socketId }: onConnectPayload): Promise<void> {
    const ws = this.byRequest.get(request);
    if (!ws || this.bySocketId.has(socketId)) return;
    this.bySocketId.set(socketId, ws);
    ws.once('close', () => this.bySocketId.delete(socketId));
  }

  /** The socket of a connection whose authentication or load could not reach the database. */
  retrySocket(socketId: string, documentName: string, error: unknown, why: string): void {
    this.health.failed(error, `collab-${why}`);
    const ws = this.bySocketId.get(socketId);
    if (ws) closeToRetry(ws, documentName, why);
  }

  /** Every connection to a document whose state in memory may be ahead of the database. */
  retryDocument(document: Document, error: unknown, why: string): void {
    // Any failed write leaves memory ahead of storage; only some mean the database is gone.
    if (isDatabaseUnavailable(error)) this.health.failed(error, `collab-${why}`);
    for (const connection of document.getConnections()) {
      // Removes it from the document (so the document unloads and is read again from storage)...
      connection.close(TRY_AGAIN_CLOSE);
      // ...and closes the socket itself, so the provider notices at once.
      closeToRetry(connection.webSocket, document.name, why);
    }
  }
}

function closeToRetry(ws: WebSocket, documentName: string, why: string): void {
  if (ws.readyState === ws.CLOSING || ws.readyState === ws.CLOSED) return;
  log.warn('collab.closed-to-retry', { documentName: documentName.slice(0, 60), why });
  // A message before the close: the provider counts its connection attempt as done only once a message
  // has arrived, and an attempt closed before that keeps retrying beside the reconnect the close starts.
  ws.send(new OutgoingMessage(documentName).writeCloseMessage(TRY_AGAIN_CLOSE.reason).toUint8Array());
  ws.close(TRY_AGAIN_CLOSE.code, TRY_AGAIN_CLOSE.reason);
  setTimeout(() => ws.terminate(), TERMINATE_AFTER_MS).unref();
}
