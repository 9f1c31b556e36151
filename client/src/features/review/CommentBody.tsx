import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusSoon, useAction } from '../../lib/useAction';
import { CommentMeta, CommentOutcome } from './CommentDetails';
import { CommentEditForm } from './CommentEditForm';
import { COMMENT_ERRORS, type CommentView } from './commentView';
import './i18n';
import { DELETE_COMMENT, EDIT_COMMENT } from './operations';

/** One comment of a thread, with edit and delete for its author. */
export function CommentBody({ comment, onChanged }: { comment: CommentView; onChanged: () => unknown }) {
  const { t } = useTranslation('review');
  const id = useId();
  const [mode, setMode] = useState<'read' | 'edit' | 'confirmDelete'>('read');
  const action = useAction();
  const [edit] = useMutation(EDIT_COMMENT);
  const [remove] = useMutation(DELETE_COMMENT);

  async function onSave(body: string) {
    const saved = await action.run(() => edit({ variables: { id: comment.id, body } }), {
      success: t('sidebar.saved'),
      focusOnSuccess: `${id}-edit-button`,
    });
    if (!saved) return;
    setMode('read');
    onChanged();
  }

  async function onDelete() {
    const deleted = await action.run(() => remove({ variables: { id: comment.id } }), {
      success: t('sidebar.deletedNow'),
    });
    if (!deleted) return;
    setMode('read');
    onChanged();
  }

  const may = comment.viewerCan;
  return (
    <>
      <CommentMeta comment={comment} />
      {comment.deleted ? (
        <p className="comment-deleted">{t('sidebar.deleted')}</p>
      ) : mode === 'edit' ? (
        <CommentEditForm
          fieldId={`${id}-edit`}
          initial={comment.body ?? ''}
          pending={action.pending}
          onSave={(body) => void onSave(body)}
          onCancel={() => setMode('read')}
        />
      ) : (
        <p className="comment-text">{comment.body}</p>
      )}
      <CommentOutcome comment={comment} />
      <ErrorAlert error={action.error} overrides={COMMENT_ERRORS} />
      {(may.edit || may.delete) && mode === 'read' && (
        <p className="comment-actions">
          {may.edit && (
            <button
              type="button"
              id={`${id}-edit-button`}
              className="button button-tertiary button-small"
              aria-label={t('sidebar.editOf')}
              onClick={() => {
                action.reset();
                setMode('edit');
                focusSoon(`${id}-edit`);
              }}
            >
              {t('sidebar.edit')}
            </button>
          )}{' '}
          {may.delete && (
            <button
              type="button"
              className="button button-tertiary button-small"
              aria-label={t('sidebar.deleteOf')}
              onClick={() => setMode('confirmDelete')}
            >
              {t('sidebar.delete')}
            </button>
          )}
        </p>
      )}
      {mode === 'confirmDelete' && (
        <div role="group" aria-label={t('sidebar.deleteQuestion')}>
          <p>{t('sidebar.deleteQuestion')}</p>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={action.pending}
            onClick={() => void onDelete()}
          >
            {t('sidebar.deleteConfirm')}
          </button>{' '}
          <button
            type="button"
            className="button button-tertiary button-small"
            onClick={() => setMode('read')}
          >
            {t('sidebar.cancel')}
          </button>
        </div>
      )}
      {action.message && (
        <p role="status" className="status-line">
          {action.message}
        </p>
      )}
    </>
  );
}
