import type { EditorState } from '@tiptap/pm/state';
import { ySyncPluginKey, type ProsemirrorBinding } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

export interface YSyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: ProsemirrorBinding;
}

/** The Collaboration extension's binding between the editor and the Y.Doc, once it maps both. */
export function ySyncState(state: EditorState): YSyncState | null {
  // y-tiptap's plugin state is untyped.
  const ystate = ySyncPluginKey.getState(state) as Partial<YSyncState> | undefined;
  if (!ystate?.doc || !ystate.type || !ystate.binding || ystate.binding.mapping.size === 0) return null;
  return ystate as YSyncState;
}
