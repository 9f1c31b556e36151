import type { SuggestionAttrs, SuggestionKind } from '@samskriv/schema';
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** Says who suggested a marked run of text and when, e.g. "Indsat af Karim Nielsen (DH), 2. dec. 2026 13.25". */
export type SuggestionLabeller = (kind: SuggestionKind, attrs: SuggestionAttrs) => string;

interface LabelState {
  label: SuggestionLabeller | null;
  decorations: DecorationSet;
}

export const suggestionLabelsKey = new PluginKey<LabelState>('suggestionLabels');

function decorate(doc: PMNode, label: SuggestionLabeller | null): DecorationSet {
  if (!label) return DecorationSet.empty;
  const found: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      const kind = mark.type.name;
      if (kind !== 'insertion' && kind !== 'deletion') continue;
      const text = label(kind, mark.attrs as SuggestionAttrs);
      // The title shows on hover; screen readers read the description with the text.
      found.push(
        Decoration.inline(pos, pos + node.nodeSize, {
          title: text,
          'aria-description': text,
          class: 'suggestion-label',
        }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, found);
}

/**
 * Names the author, organisation and time of every suggestion mark in the
 * text (the marks carry ids only; the names come from the page, through a
 * transaction meta with the labeller).
 */
export const SuggestionLabels = Extension.create({
  name: 'suggestionLabels',

  addProseMirrorPlugins() {
    return [
      new Plugin<LabelState>({
        key: suggestionLabelsKey,
        state: {
          init: () => ({ label: null, decorations: DecorationSet.empty }),
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(suggestionLabelsKey) as { label: SuggestionLabeller } | undefined;
            if (meta) return { label: meta.label, decorations: decorate(state.doc, meta.label) };
            if (!tr.docChanged) return value;
            return { label: value.label, decorations: decorate(state.doc, value.label) };
          },
        },
        props: {
          decorations: (state) => suggestionLabelsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
