import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import { log } from '../../core/logger';
import type { CollabAccess } from './collab-access';
import type { CollabContext } from './collab.types';
import { verifySuggestionUpdate } from './suggestion-guard';
import { readDocumentUpdate } from './sync-message';

/** Close code when a suggest-only connection sent something other than its own suggestions. */
export const SUGGESTIONS_ONLY_CLOSE = { code: 4003, reason: 'suggestions-only' } as const;

/**
 * The server side of suggestion mode: a suggest-only connection (a reviewer
 * in an open round) may send only updates whose effect is adding its own
 * suggestion marks. Anything else is refused before the persistence stores or
 * applies it, and the connection is closed (the client resyncs from the
 * server). Runs between authentication and persistence.
 */
export class CollabSuggestionExtension implements Extension {
  extensionName = 'samskriv-suggestions';
  priority = 700;

  constructor(private readonly access: CollabAccess) {}

  async beforeHandleMessage({ connection, context, document, update: message }: beforeHandleMessagePayload) {
    const ctx = context as CollabContext;
    if (!ctx.suggestOnly || connection.readOnly) return;
    const found = readDocumentUpdate(message);
    // An empty update ([0, 0]) changes nothing.
    if (!found || (found.update.length === 2 && found.update[0] === 0 && found.update[1] === 0)) return;
    const refuse = (reason: string) => {
      log.security('collab.suggestion-refused', { userId: ctx.userId, chapterId: ctx.chapterId, reason });
      throw Object.assign(new Error(reason), { code: SUGGESTIONS_ONLY_CLOSE.code, reason });
    };
    // The round may have closed (or been closed early) since the connection opened.
    if (!(await this.access.maySuggest(ctx.suggestOnly, { id: ctx.chapterId, documentId: ctx.documentId })))
      refuse('round-closed');
    const verdict = verifySuggestionUpdate(document, found.update, ctx.suggestOnly);
    if (!verdict.ok) refuse(verdict.reason);
  }
}
