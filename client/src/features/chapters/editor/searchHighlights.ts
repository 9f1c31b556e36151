import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** The words a search result marked, to highlight in the text (set with this key's meta). */
interface SearchHighlightState {
  words: string[];
  decorations: DecorationSet;
}

export const searchHighlightsKey = new PluginKey<SearchHighlightState>('searchHighlights');

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every whole-word occurrence of `words` (case-insensitive); the first gets its own class. */
export function searchDecorations(doc: PMNode, words: readonly string[]): DecorationSet {
  const wanted = words.filter((w) => w.length > 0);
  if (wanted.length === 0) return DecorationSet.empty;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${wanted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return true;
    for (const match of node.text.matchAll(pattern)) {
      const from = pos + (match.index ?? 0);
      decorations.push(
        Decoration.inline(from, from + match[0].length, {
          class: decorations.length === 0 ? 'search-highlight search-highlight--first' : 'search-highlight',
          'data-search-highlight': '',
        }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** Marks a search's matched words in the chapter text (from a search result's link). */
export const SearchHighlights = Extension.create({
  name: 'searchHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<SearchHighlightState>({
        key: searchHighlightsKey,
        state: {
          init: (): SearchHighlightState => ({ words: [], decorations: DecorationSet.empty }),
          apply(tr, value) {
            const meta = tr.getMeta(searchHighlightsKey) as { words: string[] } | undefined;
            const words = meta?.words ?? value.words;
            if (!meta && !tr.docChanged) return value;
            return { words, decorations: searchDecorations(tr.doc, words) };
          },
        },
        props: {
          decorations: (state) => searchHighlightsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
