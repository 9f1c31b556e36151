import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusSoon, useAction } from '../../lib/useAction';
import { COMMENT_ERRORS, type ThreadView } from './commentView';
import './i18n';
import { ACCEPT_PROPOSAL, ACCEPT_SUGGESTIONS, REJECT_PROPOSAL, REJECT_SUGGESTIONS } from './operations';

/** CONFLICT from acceptProposal carries the range's current text (null: deleted). */
function conflictText(error: unknown): { current: string | null } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions ?? {};
  if (ext.code !== 'CONFLICT' || !('currentText' in ext)) return null;
  return { current: typeof ext.currentText === 'string' ? ext.currentText : null };
}

/** Accept or reject (with a reason) a pending change proposal or in-text suggestion. */
export function ProposalDecision({ thread, onChanged }: { thread: ThreadView; onChanged: () => unknown }) {
  const { t } = useTranslation('review');
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const action = useAction();
  const [acceptProposal] = useMutation(ACCEPT_PROPOSAL);
  const [rejectProposal] = useMutation(REJECT_PROPOSAL);
  const [acceptSuggestion] = useMutation(ACCEPT_SUGGESTIONS);
  const [rejectSuggestion] = useMutation(REJECT_SUGGESTIONS);
  const scope =
    thread.suggestionId && thread.chapterId
      ? { chapterId: thread.chapterId, suggestionId: thread.suggestionId }
      : null;
  const conflict = conflictText(action.error);

  async function onAccept() {
    const accepted = await action.run(
      () =>
        scope
          ? acceptSuggestion({ variables: { input: scope } })
          : acceptProposal({ variables: { commentId: thread.id } }),
      { success: t('sidebar.accepted') },
    );
    if (accepted) onChanged();
  }

  async function onReject(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      action.reset();
      setReasonError(t('sidebar.rejectReasonRequired'));
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setReasonError('');
    const why = reason.trim();
    const rejected = await action.run(
      () =>
        scope
          ? rejectSuggestion({ variables: { input: { ...scope, reason: why } } })
          : rejectProposal({ variables: { commentId: thread.id, reason: why } }),
      { success: t('sidebar.rejected') },
    );
    if (!rejected) return;
    setRejecting(false);
    onChanged();
  }

  return (
    <div className="proposal-decision">
      {conflict ? (
        <Alert variant="warning" role="alert" heading={t('sidebar.conflictHeading')}>
          {conflict.current === null ? (
            <p>{t('sidebar.conflictDeleted')}</p>
          ) : (
            <>
              <p>{t('sidebar.conflict')}</p>
              <blockquote className="review-quote">»{conflict.current}«</blockquote>
            </>
          )}
        </Alert>
      ) : (
        <ErrorAlert error={action.error} overrides={COMMENT_ERRORS} />
      )}
      {thread.proposalStatus === 'PENDING' && !rejecting && (
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={action.pending}
            onClick={() => void onAccept()}
          >
            {t('sidebar.accept')}
          </button>{' '}
          <button
            type="button"
            className="button button-tertiary button-small"
            onClick={() => {
              setRejecting(true);
              focusSoon(`${id}-reason`);
            }}
          >
            {t('sidebar.reject')}
          </button>
        </p>
      )}
      {rejecting && (
        <form onSubmit={(e) => void onReject(e)} noValidate>
          <div className={`form-group${reasonError ? ' form-error' : ''}`}>
            <label className="form-label" htmlFor={`${id}-reason`}>
              {t('sidebar.rejectReason')}
            </label>
            {reasonError && (
              <span className="form-error-message" id={`${id}-reason-error`}>
                {reasonError}
              </span>
            )}
            <textarea
              className="form-input"
              id={`${id}-reason`}
              rows={2}
              maxLength={5000}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${id}-reason-error` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-secondary button-small" disabled={action.pending}>
            {t('sidebar.rejectSubmit')}
          </button>{' '}
          <button
            type="button"
            className="button button-tertiary button-small"
            onClick={() => setRejecting(false)}
          >
            {t('sidebar.cancel')}
          </button>
        </form>
      )}
      {action.message && (
        <p role="status" className="status-line">
          {action.message}
        </p>
      )}
    </div>
  );
}
