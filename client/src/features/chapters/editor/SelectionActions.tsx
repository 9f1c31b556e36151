import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectionRange, type SelectionRange } from './selectionRange';

interface Props {
  editor: Editor;
  onComment: (range: SelectionRange, proposal: boolean) => void;
}

/**
 * "Kommentér" and "Foreslå ændring" for the editor's current selection. They
 * work in a read-only editor too: reviewers can select text they cannot edit.
 */
export function SelectionActions({ editor, onComment }: Props) {
  const { t } = useTranslation('chapters');
  const [hasSelection, setHasSelection] = useState(() => !editor.state.selection.empty);
  useEffect(() => {
    const update = () => setHasSelection(!editor.state.selection.empty);
    editor.on('selectionUpdate', update);
    editor.on('transaction', update);
    return () => {
      editor.off('selectionUpdate', update);
      editor.off('transaction', update);
    };
  }, [editor]);

  const act = (proposal: boolean) => {
    const range = selectionRange(editor);
    if (range) onComment(range, proposal);
  };

  return (
    <div className="selection-actions" role="group" aria-label={t('comment.actions')}>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={!hasSelection}
        aria-describedby={hasSelection ? undefined : 'selection-actions-hint'}
        // Keep the editor's selection: the click must not move focus before we read it.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => act(false)}
      >
        {t('comment.comment')}
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={!hasSelection}
        aria-describedby={hasSelection ? undefined : 'selection-actions-hint'}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => act(true)}
      >
        {t('comment.propose')}
      </button>
      {!hasSelection && (
        <span className="form-hint" id="selection-actions-hint">
          {t('comment.hint')}
        </span>
      )}
    </div>
  );
}
