import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { ySyncState } from './ySyncState';

/** A selected text range as the server takes it (CommentRangeInput), plus whether it lies in one paragraph. */
export interface SelectionRange {
  anchor: string;
  head: string;
  quote: string;
  /** Start and end in one text block: a change proposal is possible. */
  oneBlock: boolean;
}

const encode = (position: Y.RelativePosition) => {
  const bytes = Y.encodeRelativePosition(position);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
};

/**
 * The editor's current selection as two Yjs relative positions inside text
 * (what the server resolves and checks) and its text. The start sticks to the
 * character after it and the end to the character before it, so typing just
 * outside the range stays outside. Null when nothing (or no text) is selected.
 */
export function selectionRange(editor: Editor): SelectionRange | null {
  const { state } = editor;
  const { from, to, empty } = state.selection;
  if (empty) return null;
  // Selections that start or end between blocks (triple click) are narrowed to their text.
  const start = TextSelection.findFrom(state.doc.resolve(from), 1, true);
  const end = TextSelection.findFrom(state.doc.resolve(to), -1, true);
  if (!start || !end || end.from <= start.from) return null;
  const quote = state.doc.textBetween(start.from, end.from, '\n');
  if (!quote.trim()) return null;
  const ystate = ySyncState(state);
  if (!ystate) return null;
  const inText = (pos: number, assoc: number) => {
    // y-tiptap types its result as any.
    const relative = absolutePositionToRelativePosition(
      pos,
      ystate.type,
      ystate.binding.mapping,
    ) as Y.RelativePosition;
    const absolute = Y.createAbsolutePositionFromRelativePosition(relative, ystate.doc);
    if (!absolute || !(absolute.type instanceof Y.XmlText)) return null;
    return encode(Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, assoc));
  };
  const anchor = inText(start.from, 0);
  const head = inText(end.from, -1);
  if (!anchor || !head) return null;
  const $from = state.doc.resolve(start.from);
  const $to = state.doc.resolve(end.from);
  return { anchor, head, quote, oneBlock: $from.sameParent($to) };
}
