import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import { log } from '../../core/logger';
import type { CollabAccess } from './collab-access';
import type { CollabContext } from './collab.types';
import { verifySuggestionUpdate } from './suggestion-guard';
import { readDocumentUpdate } from './sync-message';

/** Close code when a suggest-only connection sent something other than its own suggestions. */
export const SUGGESTIONS_ONLY_CLOSE = { code: 4003, reason: 'suggestions-only' } as const;

interface SocketChecks {
  /** The check of the connection's latest message; the next one waits for it. */
  last: Promise<void>;
  /** Accepted updates the document may not have applied yet. */
  unapplied?: Uint8Array;
}

/**
 * The server side of suggestion mode: a suggest-only connection (a reviewer
 * in an open round) may send only updates whose effect is adding its own
 * suggestion marks. Anything else is refused before the persistence stores or
 * applies it, and the connection is closed (the client resyncs from the
 * server). Runs between authentication and persistence.
 *
 * Hocuspocus runs this hook for each incoming message as it arrives, without
 * waiting for the previous message's hooks, and an editor sends an update per
 * keystroke. So one connection's messages are checked one after the other, in
 * the order they came, each on top of those accepted before it.
 */
export class CollabSuggestionExtension implements Extension {
  extensionName = 'samskriv-suggestions';
  priority = 700;
  private readonly sockets = new WeakMap<object, SocketChecks>();

  constructor(private readonly access: CollabAccess) {}

  beforeHandleMessage(payload: beforeHandleMessagePayload): Promise<void> {
    const ctx = payload.context as CollabContext;
    if (!ctx.suggestOnly || payload.connection.readOnly) return Promise.resolve();
    let socket = this.sockets.get(payload.connection);
    if (!socket) this.sockets.set(payload.connection, (socket = { last: Promise.resolve() }));
    const checks = socket;
    const check = checks.last.then(() => this.check(payload, ctx, checks));
    // A refused message closes the connection; what follows it is refused on its own merits.
    checks.last = check.catch(() => undefined);
    return check;
  }

  private async check(
    { document, update: message }: beforeHandleMessagePayload,
    ctx: CollabContext,
    socket: SocketChecks,
  ): Promise<void> {
    const author = ctx.suggestOnly!;
    const found = readDocumentUpdate(message);
    // An empty update ([0, 0]) changes nothing.
    if (!found || (found.update.length === 2 && found.update[0] === 0 && found.update[1] === 0)) return;
    const refuse = (reason: string) => {
      log.security('collab.suggestion-refused', { userId: ctx.userId, chapterId: ctx.chapterId, reason });
      throw Object.assign(new Error(reason), { code: SUGGESTIONS_ONLY_CLOSE.code, reason });
    };
    // The round may have closed (or been closed early) since the connection opened.
    if (!(await this.access.maySuggest(author, { id: ctx.chapterId, documentId: ctx.documentId })))
      refuse('round-closed');
    const verdict = verifySuggestionUpdate(document, found.update, author, socket.unapplied);
    if (!verdict.ok) return refuse(verdict.reason);
    socket.unapplied = verdict.unapplied;
  }
}
