import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { ySyncState, type YSyncState } from './ySyncState';

/** An anchored comment as the editor marks it: its Yjs relative positions (base64) and a label. */
export interface HighlightComment {
  id: string;
  anchor: string;
  head: string;
  /** Spoken and shown on hover, e.g. "Kommentar fra Karim Nielsen". */
  label: string;
  resolved: boolean;
}

interface HighlightState {
  comments: HighlightComment[];
  activeId: string | null;
  decorations: DecorationSet;
}

interface HighlightMeta {
  comments?: HighlightComment[];
  activeId?: string | null;
}

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

function decode(base64: string): Y.RelativePosition | null {
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return Y.decodeRelativePosition(bytes);
  } catch {
    return null;
  }
}

/**
 * A relative position inside a text node as an editor position: the text
 * node's start (resolved by y-tiptap through the binding's mapping) plus the
 * index in it. y-tiptap's own resolution of a character position refuses the
 * first character of the document (a guard for block drag and drop), where a
 * comment may well start.
 */
function toEditorPosition(ystate: YSyncState, position: Y.RelativePosition): number | null {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, ystate.doc);
  if (!absolute) return null;
  const { type, index } = absolute;
  if (!(type instanceof Y.XmlText)) return null;
  // A deleted paragraph keeps its items: its text is gone from the editor.
  if (type._item === null || type._item.deleted) return null;
  const start = relativePositionToAbsolutePosition(
    ystate.doc,
    ystate.type,
    Y.createRelativePositionFromTypeIndex(type, 0, -1),
    ystate.binding.mapping,
  );
  return start === null ? null : start + index;
}

/**
 * Where a comment's range is in the editor now, resolved against the live
 * Y.Doc through the sync binding's mapping; null when its text is gone
 * (detached) or the binding is not ready yet.
 */
export function resolveHighlight(state: EditorState, comment: Pick<HighlightComment, 'anchor' | 'head'>) {
  const ystate = ySyncState(state);
  if (!ystate) return null;
  const start = decode(comment.anchor);
  const end = decode(comment.head);
  if (!start || !end) return null;
  const from = toEditorPosition(ystate, start);
  const to = toEditorPosition(ystate, end);
  if (from === null || to === null || to <= from || to > state.doc.content.size) return null;
  return { from, to };
}

function build(state: EditorState, comments: HighlightComment[], activeId: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  for (const comment of comments) {
    const range = resolveHighlight(state, comment);
    if (range) decorations.push(highlight(range, comment, activeId));
  }
  return DecorationSet.create(state.doc, decorations);
}

/** New comments or styles during a local edit: the mapped ranges, with each comment's current look. */
function restyle(
  mapped: DecorationSet,
  state: EditorState,
  comments: HighlightComment[],
  activeId: string | null,
): DecorationSet {
  const decorations: Decoration[] = [];
  for (const old of mapped.find()) {
    const comment = comments.find((c) => c.id === (old.spec as { commentId: string }).commentId);
    if (comment) decorations.push(highlight(old, comment, activeId));
  }
  return DecorationSet.create(state.doc, decorations);
}

function highlight(
  range: { from: number; to: number },
  comment: HighlightComment,
  activeId: string | null,
): Decoration {
  const classes = ['comment-highlight'];
  if (comment.resolved) classes.push('comment-highlight--resolved');
  if (comment.id === activeId) classes.push('comment-highlight--active');
  return Decoration.inline(
    range.from,
    range.to,
    {
      nodeName: 'mark',
      class: classes.join(' '),
      title: comment.label,
      'data-comment-id': comment.id,
    },
    { commentId: comment.id },
  );
}

/** The comments whose highlight covers `pos`, innermost (shortest) first. */
export function commentsAt(state: EditorState, pos: number): string[] {
  const plugin = commentHighlightsKey.getState(state);
  if (!plugin) return [];
  return plugin.decorations
    .find(pos, pos)
    .filter((d) => d.from <= pos && pos <= d.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((d) => (d.spec as { commentId: string }).commentId);
}

/** Dispatched on the editor's DOM when a highlight is clicked (detail: the comment's id). */
export const COMMENT_SELECT_EVENT = 'samskriv:commentselect';

/**
 * Highlights of anchored comment ranges. The ranges are Yjs relative
 * positions, so they are resolved again after every change of the document:
 * they follow edits by anyone, and a range whose text was deleted disappears.
 * Needs the Collaboration extension's sync plugin in the same state.
 */
export function commentHighlightsPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: commentHighlightsKey,
    state: {
      init: (_config, state) => ({
        comments: [],
        activeId: null,
        decorations: DecorationSet.create(state.doc, []),
      }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(commentHighlightsKey) as HighlightMeta | undefined;
        if (!meta && !tr.docChanged) return value;
        const comments = meta?.comments ?? value.comments;
        const activeId = meta && 'activeId' in meta ? (meta.activeId ?? null) : value.activeId;
        // The viewer's own edit reaches the Y.Doc only after this state is applied (the sync plugin
        // writes it in its view update), so resolving against the Y.Doc now would use the text before
        // the edit: map the highlights through the edit instead. A deleted range disappears.
        const remote = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)
          ?.isChangeOrigin;
        if (tr.docChanged && !remote) {
          const mapped = value.decorations.map(tr.mapping, tr.doc);
          return {
            comments,
            activeId,
            decorations: meta ? restyle(mapped, state, comments, activeId) : mapped,
          };
        }
        return { comments, activeId, decorations: build(state, comments, activeId) };
      },
    },
    props: {
      decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
      handleClick: (view, pos) => {
        const [id] = commentsAt(view.state, pos);
        if (!id) return false;
        view.dom.dispatchEvent(new CustomEvent(COMMENT_SELECT_EVENT, { detail: id }));
        // Let ProseMirror place the cursor as usual.
        return false;
      },
    },
  });
}

export const CommentHighlights = Extension.create({
  name: 'commentHighlights',
  addProseMirrorPlugins() {
    return [commentHighlightsPlugin()];
  },
});
