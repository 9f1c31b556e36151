import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { formatDateTime, orgLabel } from '../approvals/labels';
import { useMe } from '../auth/useMe';
import './i18n';
import { proposalStatusKey } from './labels';
import {
  CHAPTER_COMMENTS,
  CREATE_COMMENT,
  REOPEN_COMMENT,
  REPLY_TO_COMMENT,
  RESOLVE_COMMENT,
  REVIEW_EVENTS,
} from './operations';
import './review.css';

const FILTERS = ['all', 'open', 'resolved', 'mine'] as const;
type Filter = (typeof FILTERS)[number];
const ERRORS = {
  FORBIDDEN: 'review:sidebar.forbidden',
  'BAD_USER_INPUT:body': 'review:sidebar.bodyRequired',
};

interface CommentView {
  id: string;
  body?: string | null;
  deleted: boolean;
  internal: boolean;
  createdAt: string;
  editedAt?: string | null;
  resolved: boolean;
  quote?: string | null;
  proposal?: string | null;
  proposalStatus?: string | null;
  author: { id: string; name: string };
  organization: { id: string; name: string; shortName?: string | null };
  anchor?: { detached: boolean } | null;
}

function CommentBody({ comment }: { comment: CommentView }) {
  const { t, i18n } = useTranslation('review');
  return (
    <>
      <p className="comment-meta">
        <strong>{comment.author.name}</strong>, {orgLabel(comment.organization)} ·{' '}
        {formatDateTime(comment.createdAt, i18n.language)}
        {comment.editedAt && ` (${t('sidebar.edited')})`}
        {comment.internal && (
          <>
            {' '}
            <span className="badge">{t('sidebar.internal')}</span>
          </>
        )}
      </p>
      {comment.deleted ? <p className="comment-deleted">{t('sidebar.deleted')}</p> : <p>{comment.body}</p>}
      {comment.proposal && (
        <p>
          <strong>{t('sidebar.proposal')}:</strong> {comment.proposal}
          {comment.proposalStatus && ` (${t(proposalStatusKey(comment.proposalStatus))})`}
        </p>
      )}
    </>
  );
}

function Thread({
  thread,
  canComment,
  canResolve,
  onChanged,
}: {
  thread: CommentView & { replies: CommentView[] };
  canComment: boolean;
  canResolve: boolean;
  onChanged: () => unknown;
}) {
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
      await sendReply({ variables: { input: { parentId: thread.id, body: reply.trim() } } });
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

  return (
    <li className="comment-thread" aria-label={t('sidebar.threadOf', { name: thread.author.name })}>
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
      <CommentBody comment={thread} />
      {thread.replies.length > 0 && (
        <ul className="comment-replies unstyled-list">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <CommentBody comment={r} />
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={error} overrides={ERRORS} />
      {canResolve && (
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
            <label className="form-label" htmlFor={`${id}-reply`}>
              {t('sidebar.replyLabel', { name: thread.author.name })}
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
}

/** The chapter's comment threads beside the editor: filters, a whole-chapter comment, replies, resolve, live. */
export function CommentSidebar({ chapterId }: { chapterId: string }) {
  const { t } = useTranslation('review');
  const id = useId();
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(CHAPTER_COMMENTS, {
    variables: { chapterId },
    fetchPolicy: 'cache-and-network',
  });
  const [filter, setFilter] = useState<Filter>('open');
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState('');
  const [formError, setFormError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [create, creating] = useMutation(CREATE_COMMENT);
  const chapter = data?.chapter;
  const refresh = () => void refetch().catch(() => undefined);
  useSubscription(REVIEW_EVENTS, {
    variables: { documentId: chapter?.documentId ?? '' },
    skip: !chapter,
    onData: ({ data: event }) => {
      const e = event.data?.reviewEvents;
      if (e && (!e.chapterId || e.chapterId === chapterId)) refresh();
    },
  });

  if (loading && !data) return <Loading />;
  if (error || !chapter || !data) return <ErrorAlert error={error} />;

  const can = chapter.document.project.viewerCan;
  // Reviewers may comment in an open round on this chapter; the server decides and says FORBIDDEN otherwise.
  const mayComment = can.comment || chapter.document.project.myMembership?.role === 'REVIEWER';
  const threads = data.commentThreads.filter((c) =>
    filter === 'open'
      ? !c.resolved
      : filter === 'resolved'
        ? c.resolved
        : filter === 'mine'
          ? c.author.id === me?.id || c.replies.some((r) => r.author.id === me?.id)
          : true,
  );

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    setMessage('');
    if (!body.trim()) {
      setBodyError(t('sidebar.bodyRequired'));
      document.getElementById(`${id}-body`)?.focus();
      return;
    }
    setBodyError('');
    try {
      await create({ variables: { input: { chapterId, body: body.trim() } } });
      setBody('');
      setMessage(t('sidebar.added'));
      refresh();
    } catch (e) {
      setFormError(e);
    }
  }

  return (
    <aside className="comment-sidebar" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="h3">
        {t('sidebar.heading')}
      </h2>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-filter`}>
          {t('sidebar.filter')}
        </label>
        <select
          className="form-select"
          id={`${id}-filter`}
          value={filter}
          onChange={(e) => setFilter(e.target.value as Filter)}
        >
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`sidebar.${f}`)}
            </option>
          ))}
        </select>
      </div>
      {threads.length === 0 ? (
        <p>{t('sidebar.none')}</p>
      ) : (
        <ul className="unstyled-list">
          {threads.map((thread) => (
            <Thread
              key={thread.id}
              thread={thread}
              canComment={mayComment}
              canResolve={can.editText}
              onChanged={refresh}
            />
          ))}
        </ul>
      )}
      {mayComment && (
        <form onSubmit={(e) => void onCreate(e)} noValidate className="mt-5">
          <h3 className="h4">{t('sidebar.newHeading')}</h3>
          <ErrorAlert error={formError} overrides={ERRORS} />
          <div className={`form-group${bodyError ? ' form-error' : ''}`}>
            <label className="form-label" htmlFor={`${id}-body`}>
              {t('sidebar.newLabel')}
            </label>
            {bodyError && (
              <span className="form-error-message" id={`${id}-body-error`}>
                {bodyError}
              </span>
            )}
            <textarea
              className="form-input"
              id={`${id}-body`}
              rows={3}
              maxLength={10000}
              value={body}
              aria-invalid={bodyError ? true : undefined}
              aria-describedby={bodyError ? `${id}-body-error` : undefined}
              onChange={(e) => setBody(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary" disabled={creating.loading}>
            {t('sidebar.newSubmit')}
          </button>
          <p role="status" className="status-line">
            {message}
          </p>
        </form>
      )}
    </aside>
  );
}
