import { CHAPTER_FRAGMENT } from '@samskriv/schema';
import * as Y from 'yjs';
import { textEdits } from './text-edits';

/**
 * Text ranges of a chapter's Yjs document, addressed by relative positions.
 * The chapter's text is read as one string: every Y.XmlText in document order,
 * separated by "\n"; an offset is a position in that string.
 */
export interface ChapterText {
  text: string;
  /** Where each live text node starts in `text`. */
  offsets: Map<Y.XmlText, number>;
}

export function chapterText(doc: Y.Doc): ChapterText {
  const parts: string[] = [];
  const offsets = new Map<Y.XmlText, number>();
  let length = 0;
  const visit = (node: Y.XmlElement | Y.XmlFragment | Y.XmlText | Y.XmlHook) => {
    if (node instanceof Y.XmlText) {
      if (parts.length > 0) {
        parts.push('\n');
        length += 1;
      }
      const content = textOf(node);
      offsets.set(node, length);
      parts.push(content);
      length += content.length;
    } else if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) {
      for (const child of node.toArray()) visit(child);
    }
  };
  // Reading a root type that does not exist yet would create it: only visit what is there.
  if (doc.share.has(CHAPTER_FRAGMENT)) visit(doc.getXmlFragment(CHAPTER_FRAGMENT));
  return { text: parts.join(''), offsets };
}

/** The node's characters; an embed counts as one character, as in Yjs indexes. */
function textOf(node: Y.XmlText): string {
  return (node.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : '\uFFFC'))
    .join('');
}

export function decodePosition(base64: string): Y.RelativePosition | null {
  try {
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length === 0 || bytes.length > 512) return null;
    const position = Y.decodeRelativePosition(bytes);
    // A position on a named root type would make resolving it create that type: text nodes only.
    if (position.tname !== null || (position.item === null && position.type === null)) return null;
    return position;
  } catch {
    return null;
  }
}

export interface ResolvedPosition {
  node: Y.XmlText;
  index: number;
  /** Offset in the chapter text. */
  offset: number;
}

/** Where the position is now, or null when its text node is gone (or it is not in this document). */
export function resolvePosition(
  doc: Y.Doc,
  position: Y.RelativePosition,
  text: ChapterText,
): ResolvedPosition | null {
  let absolute: Y.AbsolutePosition | null;
  try {
    absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  } catch {
    return null;
  }
  if (!absolute || !(absolute.type instanceof Y.XmlText)) return null;
  const base = text.offsets.get(absolute.type);
  if (base === undefined) return null;
  return { node: absolute.type, index: absolute.index, offset: base + absolute.index };
}

export interface ResolvedRange {
  start: ResolvedPosition;
  end: ResolvedPosition;
  /** The range's current text. */
  text: string;
}

/** The range as it is now; null when its text was deleted (detached). */
export function resolveRange(
  doc: Y.Doc,
  start: Y.RelativePosition,
  end: Y.RelativePosition,
  text: ChapterText = chapterText(doc),
): ResolvedRange | null {
  const from = resolvePosition(doc, start, text);
  const to = resolvePosition(doc, end, text);
  if (!from || !to || to.offset <= from.offset) return null;
  return { start: from, end: to, text: text.text.slice(from.offset, to.offset) };
}

/** Quotes compare by their words: how a client joins blocks (newline, space) does not matter. */
export const sameText = (a: string, b: string) =>
  a.replace(/\s+/gu, ' ').trim() === b.replace(/\s+/gu, ' ').trim();

/** Formatting of the character at `index` (so a replacement keeps it). */
function attributesAt(node: Y.XmlText, index: number): Record<string, unknown> | undefined {
  let at = 0;
  for (const op of node.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    if (index < at + length) return op.attributes;
    at += length;
  }
  return undefined;
}

/**
 * Replaces a range that lies within one text node with the smallest edits
 * (textEdits): characters the replacement keeps are not touched, so comments
 * anchored on them keep their anchors. A comment that overlaps the replaced
 * words keeps what is left of its text. Returns the relative positions of the
 * replacement (null when it is empty). Call inside a transaction.
 */
export function replaceRange(
  range: ResolvedRange,
  replacement: string,
): { start: Uint8Array; end: Uint8Array } | null {
  const { node } = range.start;
  const index = range.start.index;
  const rangeAttributes = attributesAt(node, index);
  // From the end backwards, so the earlier edits' indexes still hold.
  for (const edit of textEdits(range.text, replacement).reverse()) {
    const at = index + edit.index;
    // New words take the formatting of the character before them in the range (of its first at its start).
    const attributes = at > index ? attributesAt(node, at - 1) : rangeAttributes;
    if (edit.remove > 0) node.delete(at, edit.remove);
    if (edit.insert.length > 0) node.insert(at, edit.insert, attributes ?? {});
  }
  if (replacement.length === 0) return null;
  return {
    start: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(node, index)),
    // assoc -1: the end sticks to the last replaced character, so typing after the range stays outside it.
    end: Y.encodeRelativePosition(
      Y.createRelativePositionFromTypeIndex(node, index + replacement.length, -1),
    ),
  };
}
