import { CHAPTER_FRAGMENT, checkOwnSuggestions, type SuggestionAuthor } from '@samskriv/schema';
import * as Y from 'yjs';
import { chapterRoot } from './chapter-render';

export type GuardVerdict =
  | {
      ok: true;
      added: string[];
      /** What this connection has had accepted that the document may not hold yet (for the next check). */
      unapplied: Uint8Array;
    }
  | { ok: false; reason: string };

/**
 * Whether applying `update` to the chapter `doc` does nothing but add the
 * author's own suggestion marks (or change their own pending suggestions).
 * `unapplied` is what the same connection had accepted before and the
 * document may not have applied yet: Hocuspocus applies a message only after
 * every extension's hook for it has run, so the next keystroke's update can
 * be checked before the previous one is in the document, and it builds on it.
 * Applied to a copy: the live document is untouched whatever the answer.
 */
export function verifySuggestionUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  author: SuggestionAuthor,
  unapplied?: Uint8Array,
): GuardVerdict {
  // Content outside the chapter's fragment would be stored without ever being rendered or checked.
  for (const struct of Y.decodeUpdate(update).structs)
    if (struct instanceof Y.Item && typeof struct.parent === 'string' && struct.parent !== CHAPTER_FRAGMENT)
      return { ok: false, reason: 'outside-chapter' };
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    if (unapplied) Y.applyUpdate(copy, unapplied);
    const before = chapterRoot(copy);
    Y.applyUpdate(copy, update);
    // Structs waiting for missing ones would be integrated later, by someone else's update, unchecked.
    if (copy.store.pendingStructs || copy.store.pendingDs) return { ok: false, reason: 'missing-dependency' };
    const verdict = checkOwnSuggestions(before, chapterRoot(copy), author);
    if (!verdict.ok) return verdict;
    const accepted = unapplied ? Y.mergeUpdates([unapplied, update]) : update;
    // What the document holds already need not be carried on (deletions are kept: applying them again is harmless).
    return { ...verdict, unapplied: Y.diffUpdate(accepted, Y.encodeStateVector(doc)) };
  } finally {
    copy.destroy();
  }
}
