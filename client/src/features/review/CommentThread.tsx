import { useMutation } from '@apollo/client/react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../lib/useAction';
import { CommentBody } from './CommentBody';
import { COMMENT_ERRORS, type ThreadView } from './commentView';
import './i18n';
import { InReportChoice } from './InReportChoice';
import type { Mentionable } from './MentionTextarea';
import { REOPEN_COMMENT, RESOLVE_COMMENT } from './operations';
import { ProposalDecision } from './ProposalDecision';
import { ThreadDisposition } from './ThreadDisposition';
import { ThreadReplyForm } from './ThreadReplyForm';

interface ThreadProps {
  thread: ThreadView;
  active: boolean;
  /** The latest round that includes the chapter, for choosing an internal comment for its report. */
  reportRound: { id: string; title: string } | null;
  mentionable: readonly Mentionable[];
  onShowInText: (() => void) | null;
  onChanged: () => unknown;
}

/** One thread in the sidebar: the comment, its proposal and disposition, replies, and what the caller may do. */
export const CommentThread = forwardRef<HTMLLIElement, ThreadProps>(function CommentThread(
  { thread, active, reportRound, mentionable, onShowInText, onChanged },
  ref,
) {
  const { t } = useTranslation('review');
  const action = useAction();
  const [resolve] = useMutation(RESOLVE_COMMENT);
  const [reopen] = useMutation(REOPEN_COMMENT);

  async function onToggleResolved() {
    const variables = { id: thread.id };
    if (await action.run(() => (thread.resolved ? reopen({ variables }) : resolve({ variables }))))
      onChanged();
  }

  const may = thread.viewerCan;
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
      <CommentBody comment={thread} onChanged={onChanged} />
      {may.decideProposal && <ProposalDecision thread={thread} onChanged={onChanged} />}
      {may.dispose && <ThreadDisposition thread={thread} onChanged={onChanged} />}
      {may.chooseForReport && reportRound && (
        <InReportChoice thread={thread} round={reportRound} onChanged={onChanged} />
      )}
      {thread.replies.length > 0 && (
        <ul className="comment-replies unstyled-list">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <CommentBody comment={r} onChanged={onChanged} />
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={action.error} overrides={COMMENT_ERRORS} />
      {may.resolve && (
        <button
          type="button"
          className="button button-tertiary button-small"
          disabled={action.pending}
          onClick={() => void onToggleResolved()}
        >
          {thread.resolved ? t('sidebar.reopen') : t('sidebar.resolve')}
        </button>
      )}
      {may.reply && (
        <ThreadReplyForm
          threadId={thread.id}
          authorName={thread.author.name}
          mentionable={mentionable}
          action={action}
          onChanged={onChanged}
        />
      )}
      <p role="status" className="status-line">
        {action.message}
      </p>
    </li>
  );
});
