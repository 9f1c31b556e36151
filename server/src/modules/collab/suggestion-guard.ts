import { CHAPTER_FRAGMENT, checkOwnSuggestions, type SuggestionAuthor } from '@samskriv/schema';
import * as Y from 'yjs';
import { chapterRoot } from './chapter-render';

export type GuardVerdict = { ok: true; added: string[] } | { ok: false; reason: string };

/**
 * Whether applying `update` to the chapter `doc` does nothing but add the
 * author's own suggestion marks (or change their own pending suggestions).
 * Applied to a copy: the live document is untouched whatever the answer.
 */
export function verifySuggestionUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  author: SuggestionAuthor,
): GuardVerdict {
  // Content outside the chapter's fragment would be stored without ever being rendered or checked.
  for (const struct of Y.decodeUpdate(update).structs)
    if (struct instanceof Y.Item && typeof struct.parent === 'string' && struct.parent !== CHAPTER_FRAGMENT)
      return { ok: false, reason: 'outside-chapter' };
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const before = chapterRoot(copy);
    Y.applyUpdate(copy, update);
    // Structs waiting for missing ones would be integrated later, by someone else's update, unchecked.
    if (copy.store.pendingStructs || copy.store.pendingDs) return { ok: false, reason: 'missing-dependency' };
    return checkOwnSuggestions(before, chapterRoot(copy), author);
  } finally {
    copy.destroy();
  }
}
