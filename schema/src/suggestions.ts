import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';

export type SuggestionKind = 'insertion' | 'deletion';
export const SUGGESTION_KINDS: readonly SuggestionKind[] = ['insertion', 'deletion'];

/** What a suggestion mark carries. */
export interface SuggestionAttrs {
  id: string | null;
  authorId: string | null;
  organizationId: string | null;
  createdAt: string | null;
}

export type SuggestionFilter = (attrs: SuggestionAttrs) => boolean;

/** Marks a block boundary inside a suggestion (the plugin's anchor); never part of the text. */
export const ZERO_WIDTH = '\u200B';

const attrsOf = (mark: Mark): SuggestionAttrs => ({
  id:
    typeof mark.attrs.id === 'string' ? mark.attrs.id : mark.attrs.id == null ? null : String(mark.attrs.id),
  authorId: (mark.attrs.authorId as string | null) ?? null,
  organizationId: (mark.attrs.organizationId as string | null) ?? null,
  createdAt: (mark.attrs.createdAt as string | null) ?? null,
});

interface Run {
  from: number;
  to: number;
  mark: Mark;
  text: string;
}

/** Runs of text carrying a suggestion mark of `kind` that passes `filter`, in document order. */
function runs(doc: PMNode, kind: SuggestionKind, filter: SuggestionFilter): Run[] {
  const found: Run[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const mark = node.marks.find((m) => m.type.name === kind);
    if (!mark || !filter(attrsOf(mark))) return false;
    const text = node.isText ? (node.text ?? '') : '';
    const last = found[found.length - 1];
    if (last && last.to === pos && last.mark.eq(mark)) {
      last.to = pos + node.nodeSize;
      last.text += text;
    } else found.push({ from: pos, to: pos + node.nodeSize, mark, text });
    return false;
  });
  return found;
}

/**
 * Ranges to delete: runs of one suggestion joined across a block boundary
 * when the plugin anchored the boundary with a zero-width space (so deleting
 * them joins the blocks back, as the person meant). Accepted deletions join
 * also without the anchor: one suggestion that deletes the end of a block and
 * the start of the next (a selection across paragraphs, list items) was one
 * deletion of the text between, so accepting it joins the blocks as deleting
 * that selection would have.
 */
function deletionRanges(doc: PMNode, found: Run[], joinAcross: boolean): { from: number; to: number }[] {
  const ranges: { from: number; to: number; id: unknown; text: string }[] = [];
  for (const run of found) {
    const last = ranges[ranges.length - 1];
    if (
      last &&
      last.id === run.mark.attrs.id &&
      (joinAcross || last.text.endsWith(ZERO_WIDTH) || run.text.startsWith(ZERO_WIDTH)) &&
      !hasInlineBetween(doc, last.to, run.from)
    ) {
      last.to = run.to;
      last.text = run.text;
    } else ranges.push({ from: run.from, to: run.to, id: run.mark.attrs.id, text: run.text });
  }
  return ranges;
}

function hasInlineBetween(doc: PMNode, from: number, to: number): boolean {
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    if (node.isInline) found = true;
    return !found;
  });
  return found;
}

/**
 * Accepting keeps the insertions (their marks go) and drops the deleted
 * text; rejecting drops the inserted text and keeps the deleted text. Only
 * the suggestions `filter` selects are touched.
 */
export function resolveSuggestions(
  doc: PMNode,
  filter: SuggestionFilter,
  decision: 'accept' | 'reject',
): PMNode {
  const dropKind: SuggestionKind = decision === 'accept' ? 'deletion' : 'insertion';
  const keepKind: SuggestionKind = decision === 'accept' ? 'insertion' : 'deletion';
  const kept = runs(doc, keepKind, filter);
  const dropped = runs(doc, dropKind, filter);
  if (kept.length === 0 && dropped.length === 0) return doc;
  const tr = new Transform(doc);
  for (const run of kept) tr.removeMark(run.from, run.to, run.mark);
  const deletions = deletionRanges(doc, dropped, dropKind === 'deletion');
  // The boundary anchors of kept text go too.
  for (const run of kept)
    for (let i = 0; i < run.text.length; i++)
      if (run.text[i] === ZERO_WIDTH) deletions.push({ from: run.from + i, to: run.from + i + 1 });
  deletions.sort((a, b) => b.from - a.from);
  // Removing marks moves nothing, and deleting from the end keeps earlier positions valid.
  for (const range of deletions) tr.delete(range.from, range.to);
  return tr.doc;
}

/** The text as it is without any pending suggestion (what was there before them). */
export const withoutSuggestions = (doc: PMNode): PMNode => resolveSuggestions(doc, () => true, 'reject');

export interface PendingSuggestion extends SuggestionAttrs {
  id: string;
  /** Inserted text (blocks separated by newlines), without boundary anchors. */
  inserted: string;
  deleted: string;
}

/** Every suggestion in the document, by id, in order of first appearance. */
export function listSuggestions(doc: PMNode): PendingSuggestion[] {
  const byId = new Map<string, PendingSuggestion>();
  for (const kind of SUGGESTION_KINDS) {
    let lastTo = -1;
    for (const run of runs(doc, kind, (a) => a.id !== null)) {
      const attrs = attrsOf(run.mark);
      const id = attrs.id!;
      const entry = byId.get(id) ?? { ...attrs, id, inserted: '', deleted: '' };
      byId.set(id, entry);
      const text = run.text.split(ZERO_WIDTH).join('');
      const sep =
        lastTo >= 0 && lastTo !== run.from && entry[kind === 'insertion' ? 'inserted' : 'deleted']
          ? '\n'
          : '';
      if (kind === 'insertion') entry.inserted += sep + text;
      else entry.deleted += sep + text;
      lastTo = run.to;
    }
  }
  return [...byId.values()];
}

export interface SuggestionAuthor {
  authorId: string;
  organizationId: string;
}

export type SuggestionCheck = { ok: true; added: string[] } | { ok: false; reason: string };

/**
 * Whether going from `before` to `after` does nothing but add, extend or
 * withdraw the author's own suggestions: with the author's suggestions taken
 * out, both documents must be the same, every suggestion id must belong to one
 * author, and the author's marks must carry an id and a time. This is the rule
 * of a suggestion-only collab connection (checked on the server) and of the
 * editor's suggestion mode (checked before a change is made).
 */
export function checkOwnSuggestions(
  before: PMNode,
  after: PMNode,
  author: SuggestionAuthor,
): SuggestionCheck {
  const own: SuggestionFilter = (a) =>
    a.authorId === author.authorId && a.organizationId === author.organizationId;
  const authors = new Map<string, string | null>();
  let malformed = false;
  after.descendants((node) => {
    for (const mark of node.marks) {
      if (
        mark.type.name !== 'insertion' &&
        mark.type.name !== 'deletion' &&
        mark.type.name !== 'modification'
      )
        continue;
      const attrs = attrsOf(mark);
      if (!node.isInline) malformed = true;
      if (!attrs.id) {
        malformed = true;
        continue;
      }
      const previous = authors.get(attrs.id);
      if (previous !== undefined && previous !== attrs.authorId) malformed = true;
      authors.set(attrs.id, attrs.authorId);
      if (own(attrs) && (!attrs.createdAt || Number.isNaN(Date.parse(attrs.createdAt)))) malformed = true;
    }
    return true;
  });
  if (malformed) return { ok: false, reason: 'malformed-suggestion' };
  if (!resolveSuggestions(before, own, 'reject').eq(resolveSuggestions(after, own, 'reject')))
    return { ok: false, reason: 'not-a-suggestion' };
  const had = new Set(listSuggestions(before).map((s) => s.id));
  const added = listSuggestions(after)
    .filter((s) => own(s) && !had.has(s.id))
    .map((s) => s.id);
  return { ok: true, added };
}
