import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { checkOwnSuggestions, type SuggestionAuthor } from '@samskriv/schema';
import { Extension } from '@tiptap/core';
import type { Mark } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

export interface SuggestModeStorage {
  enabled: boolean;
  author: SuggestionAuthor | null;
  /** Called when a change was not made because it would touch someone else's suggestion. */
  onRefused: (() => void) | null;
}

/** Switches the editor's suggestion mode and names who suggests. */
export function configureSuggestMode(editor: { storage: unknown }, settings: SuggestModeStorage): void {
  Object.assign((editor.storage as { suggestMode: SuggestModeStorage }).suggestMode, settings);
}

/**
 * Suggestion mode ("Foreslå ændringer"): every change the person makes becomes
 * their suggestion. The transform of @handlewithcare/prosemirror-suggest-changes
 * turns a transaction into insertion/deletion marks; this extension stamps the
 * new marks with the author, organisation and time, and applies the same
 * check as the collab server (only one's own suggestions change) so a change
 * the server would refuse is never made. Remote (Yjs) changes pass untouched.
 */
export const SuggestMode = Extension.create<Record<string, never>, SuggestModeStorage>({
  name: 'suggestMode',

  addStorage: () => ({ enabled: false, author: null, onRefused: null }),

  dispatchTransaction({ transaction, next }) {
    const { enabled, author, onRefused } = this.storage;
    const sync = transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
    if (!enabled || !author || !transaction.docChanged || sync?.isChangeOrigin) return next(transaction);
    const state = this.editor.state;
    const tracked = transformToSuggestionTransaction(transaction, state, () => crypto.randomUUID());
    stamp(tracked, author);
    if (!checkOwnSuggestions(state.doc, tracked.doc, author).ok) {
      onRefused?.();
      return;
    }
    next(tracked);
  },
});

/** Gives the marks the transform created (an id only) their author, organisation and time. */
function stamp(tr: Transaction, author: SuggestionAuthor): void {
  const createdAt = new Date().toISOString();
  // Typing on at one's own suggestion extends it: same id and attributes, so it stays one run of marked text.
  const owners = new Map<unknown, Record<string, unknown>>();
  tr.doc.descendants((node) => {
    for (const mark of node.marks) if (mark.attrs.authorId) owners.set(mark.attrs.id, mark.attrs);
  });
  // An id the transform borrowed from a neighbouring suggestion of someone else gets a fresh one.
  const fresh = new Map<unknown, string>();
  const attrsFor = (id: unknown) => {
    const existing = owners.get(id);
    if (existing?.authorId === author.authorId) return existing;
    const own = existing ? (fresh.get(id) ?? fresh.set(id, crypto.randomUUID()).get(id)!) : String(id);
    return { id: own, ...author, createdAt };
  };
  const pending: { from: number; to: number; mark: Mark }[] = [];
  tr.doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const mark of node.marks)
      if ((mark.type.name === 'insertion' || mark.type.name === 'deletion') && !mark.attrs.authorId)
        pending.push({ from: pos, to: pos + node.nodeSize, mark });
    return false;
  });
  for (const { from, to, mark } of pending) {
    tr.removeMark(from, to, mark);
    tr.addMark(from, to, mark.type.create({ ...mark.attrs, ...attrsFor(mark.attrs.id) }));
  }
}
