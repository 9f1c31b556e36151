import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { forwardRef, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, orgLabel } from '../approvals/labels';
import './i18n';
import { DISPOSITIONS, dispositionKey, proposalStatusKey, type DispositionValue } from './labels';
import { MentionTextarea, mentionedIds, type Mentionable } from './MentionTextarea';
import {
  ACCEPT_PROPOSAL,
  ACCEPT_SUGGESTIONS,
  REJECT_SUGGESTIONS,
  DELETE_COMMENT,
  DISPOSE_COMMENT,
  EDIT_COMMENT,
  REJECT_PROPOSAL,
  REOPEN_COMMENT,
  REPLY_TO_COMMENT,
  RESOLVE_COMMENT,
  SET_COMMENT_IN_REPORT,
} from './operations';

export const ERRORS = {
  FORBIDDEN: 'review:sidebar.forbidden',
  'BAD_USER_INPUT:body': 'review:sidebar.bodyRequired',
  'BAD_USER_INPUT:quote': 'review:sidebar.rangeChanged',
  'BAD_USER_INPUT:range': 'review:sidebar.rangeChanged',
};

export interface CommentView {
  id: string;
  body?: string | null;
  deleted: boolean;
  internal: boolean;
  roundId?: string | null;
  createdAt: string;
  editedAt?: string | null;
  resolved: boolean;
  quote?: string | null;
  proposal?: string | null;
  proposalStatus?: string | null;
  proposalReason?: string | null;
  /** An in-text suggestion's thread: decided with acceptSuggestions/rejectSuggestions. */
  suggestionId?: string | null;
  chapterId?: string;
  disposition?: string | null;
  dispositionReply?: string | null;
  reportRoundId?: string | null;
  author: { id: string; name: string };
  organization: { id: string; name: string; shortName?: string | null };
  anchor?: { detached: boolean; from?: number | null } | null;
}

export type ThreadView = CommentView & { replies: CommentView[] };

/** One comment of a thread, with edit and delete for its author. */
function CommentBody({
  comment,
  mine,
  mayWrite,
  onChanged,
}: {
  comment: CommentView;
  mine: boolean;
  mayWrite: boolean;
  onChanged: () => unknown;
}) {
  const { t, i18n } = useTranslation('review');
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [edit, editState] = useMutation(EDIT_COMMENT);
  const [remove, removeState] = useMutation(DELETE_COMMENT);

  async function onSave(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!draft.trim()) return;
    try {
      await edit({ variables: { id: comment.id, body: draft.trim() } });
      setEditing(false);
      setMessage(t('sidebar.saved'));
      onChanged();
    } catch (e) {
      setError(e);
    }
  }

  async function onDelete() {
    setError(null);
    try {
      await remove({ variables: { id: comment.id } });
      setConfirming(false);
      setMessage(t('sidebar.deletedNow'));
      onChanged();
    } catch (e) {
      setError(e);
    }
  }

  const canChange = mine && mayWrite && !comment.deleted;
  return (
    <>
      <p className="comment-meta">
        <strong>{comment.author.name}</strong>, {orgLabel(comment.organization)} ·{' '}
        {formatDateTime(comment.createdAt, i18n.language)}
        {comment.editedAt && !comment.deleted && ` (${t('sidebar.edited')})`}
        {comment.internal && (
          <>
            {' '}
            <span className="badge">{t('sidebar.internal')}</span>
          </>
        )}
      </p>
      {comment.deleted ? (
        <p className="comment-deleted">{t('sidebar.deleted')}</p>
      ) : editing ? (
        <form onSubmit={(e) => void onSave(e)} noValidate>
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-edit`}>
              {t('sidebar.editLabel')}
            </label>
            <textarea
              className="form-input"
              id={`${id}-edit`}
              rows={3}
              maxLength={10000}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-secondary button-small" disabled={editState.loading}>
            {t('sidebar.save')}
          </button>{' '}
          <button
            type="button"
            className="button button-tertiary button-small"
            onClick={() => setEditing(false)}
          >
            {t('sidebar.cancel')}
          </button>
        </form>
      ) : (
        <p className="comment-text">{comment.body}</p>
      )}
      {comment.suggestionId && (
        <p className="suggestion-summary">
          <strong>{t('sidebar.suggestion')}:</strong>{' '}
          {comment.quote ? <del className="suggestion-deletion">{comment.quote}</del> : null}{' '}
          {comment.proposal ? <ins className="suggestion-insertion">{comment.proposal}</ins> : null}
          {comment.proposalStatus && ` (${t(proposalStatusKey(comment.proposalStatus))})`}
        </p>
      )}
      {comment.proposal != null && !comment.suggestionId && (
        <p>
          <strong>{t('sidebar.proposal')}:</strong> »{comment.proposal}«
          {comment.proposalStatus && ` (${t(proposalStatusKey(comment.proposalStatus))})`}
        </p>
      )}
      {comment.proposalReason && <p>{t('sidebar.rejectedBecause', { reason: comment.proposalReason })}</p>}
      {comment.disposition && (
        <p>
          <strong>{t('sidebar.dispositionShown', { value: t(dispositionKey(comment.disposition)) })}</strong>
          {comment.dispositionReply && (
            <>
              <br />
              {t('sidebar.dispositionReplyShown', { reply: comment.dispositionReply })}
            </>
          )}
        </p>
      )}
      <ErrorAlert error={error} overrides={ERRORS} />
      {canChange && !editing && !confirming && (
        <p className="comment-actions">
          <button
            type="button"
            className="button button-tertiary button-small"
            aria-label={t('sidebar.editOf')}
            onClick={() => {
              setDraft(comment.body ?? '');
              setEditing(true);
              window.setTimeout(() => document.getElementById(`${id}-edit`)?.focus());
            }}
          >
            {t('sidebar.edit')}
          </button>{' '}
          <button
            type="button"
            className="button button-tertiary button-small"
            aria-label={t('sidebar.deleteOf')}
            onClick={() => setConfirming(true)}
          >
            {t('sidebar.delete')}
          </button>
        </p>
      )}
      {confirming && (
        <div role="group" aria-label={t('sidebar.deleteQuestion')}>
          <p>{t('sidebar.deleteQuestion')}</p>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={removeState.loading}
            onClick={() => void onDelete()}
          >
            {t('sidebar.deleteConfirm')}
          </button>{' '}
          <button
            type="button"
            className="button button-tertiary button-small"
            onClick={() => setConfirming(false)}
          >
            {t('sidebar.cancel')}
          </button>
        </div>
      )}
      {message && (
        <p role="status" className="status-line">
          {message}
        </p>
      )}
    </>
  );
}

/** CONFLICT from acceptProposal carries the range's current text (null: deleted). */
function conflictText(error: unknown): { current: string | null } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions ?? {};
  if (ext.code !== 'CONFLICT' || !('currentText' in ext)) return null;
  return { current: typeof ext.currentText === 'string' ? ext.currentText : null };
}

/** Accept or reject (with a reason) a pending change proposal. */
function ProposalDecision({ thread, onChanged }: { thread: ThreadView; onChanged: () => unknown }) {
  const { t } = useTranslation('review');
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [accept, accepting] = useMutation(ACCEPT_PROPOSAL);
  const [reject, rejectingState] = useMutation(REJECT_PROPOSAL);
  const [acceptSuggestion, acceptingSuggestion] = useMutation(ACCEPT_SUGGESTIONS);
  const [rejectSuggestion, rejectingSuggestion] = useMutation(REJECT_SUGGESTIONS);
  const scope =
    thread.suggestionId && thread.chapterId
      ? { chapterId: thread.chapterId, suggestionId: thread.suggestionId }
      : null;
  const conflict = conflictText(error);

  async function onAccept() {
    setError(null);
    setMessage('');
    try {
      if (scope) await acceptSuggestion({ variables: { input: scope } });
      else await accept({ variables: { commentId: thread.id } });
      setMessage(t('sidebar.accepted'));
      onChanged();
    } catch (e) {
      setError(e);
    }
  }

  async function onReject(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!reason.trim()) {
      setReasonError(t('sidebar.rejectReasonRequired'));
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setReasonError('');
    try {
      if (scope) await rejectSuggestion({ variables: { input: { ...scope, reason: reason.trim() } } });
      else await reject({ variables: { commentId: thread.id, reason: reason.trim() } });
      setRejecting(false);
      setMessage(t('sidebar.rejected'));
      onChanged();
    } catch (e) {
      setError(e);
    }
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
        <ErrorAlert error={error} overrides={ERRORS} />
      )}
      {thread.proposalStatus === 'PENDING' && !rejecting && (
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={accepting.loading || acceptingSuggestion.loading}
            onClick={() => void onAccept()}
          >
            {t('sidebar.accept')}
          </button>{' '}
          <button
            type="button"
            className="button button-tertiary button-small"
            onClick={() => {
              setRejecting(true);
              window.setTimeout(() => document.getElementById(`${id}-reason`)?.focus());
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
          <button
            type="submit"
            className="button button-secondary button-small"
            disabled={rejectingState.loading || rejectingSuggestion.loading}
          >
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
      {message && (
        <p role="status" className="status-line">
          {message}
        </p>
      )}
    </div>
  );
}

/** The working group's disposition of a reviewer's comment, right in the thread. */
function ThreadDisposition({ thread, onChanged }: { thread: ThreadView; onChanged: () => unknown }) {
  const { t } = useTranslation('review');
  const id = useId();
  const [disposition, setDisposition] = useState(thread.disposition ?? '');
  const [reply, setReply] = useState(thread.dispositionReply ?? '');
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [dispose, { loading }] = useMutation(DISPOSE_COMMENT);
  const organization = orgLabel(thread.organization);

  async function onSave(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setMessage('');
    if (!disposition) return;
    try {
      await dispose({
        variables: {
          input: { commentId: thread.id, disposition: disposition as DispositionValue, reply: reply.trim() },
        },
      });
      setMessage(t('sidebar.dispositionSaved'));
      onChanged();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form onSubmit={(e) => void onSave(e)} noValidate className="thread-disposition">
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-disposition`}>
          {t('sidebar.dispositionOf', { organization })}
        </label>
        <select
          className="form-select"
          id={`${id}-disposition`}
          value={disposition}
          onChange={(e) => setDisposition(e.target.value)}
        >
          <option value="">{t('disposition.choose')}</option>
          {DISPOSITIONS.map((d) => (
            <option key={d} value={d}>
              {t(dispositionKey(d))}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-reply`}>
          {t('sidebar.dispositionReply', { organization })}
        </label>
        <textarea
          className="form-input"
          id={`${id}-reply`}
          rows={2}
          maxLength={10000}
          value={reply}
          onChange={(e) => setReply(e.target.value)}
        />
      </div>
      <button
        type="submit"
        className="button button-secondary button-small"
        disabled={loading || !disposition}
      >
        {t('sidebar.dispositionSave')}
      </button>
      <ErrorAlert error={error} overrides={{ FORBIDDEN: 'review:errors.closed' }} />
      {message && (
        <p role="status" className="status-line">
          {message}
        </p>
      )}
    </form>
  );
}

/** The working group chooses one of its internal comments for a round's consultation report. */
function InReportChoice({
  thread,
  round,
  onChanged,
}: {
  thread: ThreadView;
  round: { id: string; title: string };
  onChanged: () => unknown;
}) {
  const { t } = useTranslation('review');
  const id = useId();
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [setInReport, { loading }] = useMutation(SET_COMMENT_IN_REPORT);
  // Shown at once; back to what the server has if it refuses.
  const [pending, setPending] = useState<boolean | null>(null);
  const included = pending ?? thread.reportRoundId === round.id;

  async function onToggle(include: boolean) {
    setError(null);
    setPending(include);
    try {
      await setInReport({ variables: { id: thread.id, include, roundId: round.id } });
      setMessage(include ? t('sidebar.inReportSaved') : t('sidebar.outReportSaved'));
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="form-group">
      <div className="form-group-checkbox">
        <input
          className="form-checkbox"
          type="checkbox"
          id={`${id}-report`}
          checked={included}
          disabled={loading}
          onChange={(e) => void onToggle(e.target.checked)}
        />
        <label htmlFor={`${id}-report`}>{t('sidebar.inReport', { round: round.title })}</label>
      </div>
      <ErrorAlert error={error} />
      {message && (
        <p role="status" className="status-line">
          {message}
        </p>
      )}
    </div>
  );
}

interface ThreadProps {
  thread: ThreadView;
  meId: string | null;
  /** The caller may write in this thread (reply, edit own). */
  canComment: boolean;
  /** Authors and coordinators: resolve, decide proposals, dispose, choose for the report. */
  canHandle: boolean;
  active: boolean;
  /** The latest round that includes the chapter, for choosing an internal comment for its report. */
  reportRound: { id: string; title: string } | null;
  mentionable: readonly Mentionable[];
  onShowInText: (() => void) | null;
  onChanged: () => unknown;
}

/** One thread in the sidebar: the comment, its proposal and disposition, replies, and what the caller may do. */
export const CommentThread = forwardRef<HTMLLIElement, ThreadProps>(function CommentThread(
  { thread, meId, canComment, canHandle, active, reportRound, mentionable, onShowInText, onChanged },
  ref,
) {
  const { t } = useTranslation('review');
  const id = useId();
  const [reply, setReply] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [sendReply, replying] = useMutation(REPLY_TO_COMMENT);
  const [resolve, resolving] = useMutation(RESOLVE_COMMENT);
  const [reopen, reopening] = useMutation(REOPEN_COMMENT);

  async function onReply(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setMessage('');
    if (!reply.trim()) return;
    try {
      const body = reply.trim();
      await sendReply({
        variables: {
          input: { parentId: thread.id, body, mentionedUserIds: mentionedIds(body, mentionable) },
        },
      });
      setReply('');
      setMessage(t('sidebar.replied'));
      onChanged();
    } catch (e) {
      setError(e);
    }
  }

  async function onToggle() {
    setError(null);
    try {
      if (thread.resolved) await reopen({ variables: { id: thread.id } });
      else await resolve({ variables: { id: thread.id } });
      onChanged();
    } catch (e) {
      setError(e);
    }
  }

  const reviewerComment = Boolean(thread.roundId) && !thread.internal;
  return (
    <li
      ref={ref}
      tabIndex={-1}
      className={`comment-thread${active ? ' comment-thread--active' : ''}`}
      aria-label={t('sidebar.threadOf', { name: thread.author.name })}
      aria-current={active ? 'true' : undefined}
    >
      <p className="review-quote">
        {thread.quote ? `»${thread.quote}«` : t('sidebar.wholeChapter')}
        {thread.anchor?.detached && (
          <>
            {' '}
            <span className="badge badge-warning">{t('sidebar.detached')}</span>
          </>
        )}
        {thread.resolved && (
          <>
            {' '}
            <span className="badge badge-success">{t('sidebar.resolvedBadge')}</span>
          </>
        )}
      </p>
      {onShowInText && (
        <p>
          <button type="button" className="button button-tertiary button-small" onClick={onShowInText}>
            {t('sidebar.showInText')}
          </button>
        </p>
      )}
      <CommentBody
        comment={thread}
        mine={thread.author.id === meId}
        mayWrite={canComment}
        onChanged={onChanged}
      />
      {canHandle && thread.proposal != null && !thread.deleted && (
        <ProposalDecision thread={thread} onChanged={onChanged} />
      )}
      {canHandle && reviewerComment && !thread.deleted && (
        <ThreadDisposition thread={thread} onChanged={onChanged} />
      )}
      {canHandle && thread.internal && !thread.roundId && !thread.deleted && reportRound && (
        <InReportChoice thread={thread} round={reportRound} onChanged={onChanged} />
      )}
      {thread.replies.length > 0 && (
        <ul className="comment-replies unstyled-list">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <CommentBody
                comment={r}
                mine={r.author.id === meId}
                mayWrite={canComment}
                onChanged={onChanged}
              />
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={error} overrides={ERRORS} />
      {canHandle && (
        <button
          type="button"
          className="button button-tertiary button-small"
          disabled={resolving.loading || reopening.loading}
          onClick={() => void onToggle()}
        >
          {thread.resolved ? t('sidebar.reopen') : t('sidebar.resolve')}
        </button>
      )}
      {canComment && !thread.deleted && (
        <form onSubmit={(e) => void onReply(e)} noValidate className="comment-reply">
          <div className="form-group">
            <MentionTextarea
              id={`${id}-reply`}
              label={t('sidebar.replyLabel', { name: thread.author.name })}
              value={reply}
              onChange={setReply}
              members={mentionable}
              rows={2}
            />
          </div>
          <button type="submit" className="button button-secondary button-small" disabled={replying.loading}>
            {t('sidebar.replySubmit')}
          </button>
        </form>
      )}
      <p role="status" className="status-line">
        {message}
      </p>
    </li>
  );
});
