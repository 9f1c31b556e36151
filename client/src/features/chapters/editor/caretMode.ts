import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

export const caretModeKey = new PluginKey<boolean>('caretMode');

/**
 * Caret mode: a reader who may not edit gets a caret in the text to move with
 * the arrow keys and select with Shift+arrows (to comment on a passage by
 * keyboard). The editor is made editable for the caret only: no input reaches
 * the document. Native input is cancelled before the browser changes the
 * page, and any local change to the document (keymaps, paste, drop) is
 * filtered out; only changes from the collaboration sync pass.
 */
export function caretModePlugin(): Plugin<boolean> {
  return new Plugin<boolean>({
    key: caretModeKey,
    state: {
      init: () => false,
      apply: (tr, on) => (tr.getMeta(caretModeKey) as boolean | undefined) ?? on,
    },
    filterTransaction(tr, state) {
      if (!caretModeKey.getState(state) || !tr.docChanged) return true;
      return Boolean(
        (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin,
      );
    },
    props: {
      handleDOMEvents: {
        beforeinput: (view, event) => {
          if (!caretModeKey.getState(view.state)) return false;
          event.preventDefault();
          return true;
        },
      },
    },
  });
}

export const CaretMode = Extension.create({
  name: 'caretMode',
  addProseMirrorPlugins() {
    return [caretModePlugin()];
  },
});
