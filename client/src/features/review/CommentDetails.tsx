import { useTranslation } from 'react-i18next';
import { formatDateTime, orgLabel } from '../../lib/format';
import type { CommentView } from './commentView';
import './i18n';
import { dispositionKey, proposalStatusKey } from './labels';

/** Who wrote a comment and when, with its badges. */
export function CommentMeta({ comment }: { comment: CommentView }) {
  const { t, i18n } = useTranslation('review');
  return (
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
  );
}

/** What a comment carries besides its text: an in-text suggestion or proposal, and its disposition. */
export function CommentOutcome({ comment }: { comment: CommentView }) {
  const { t } = useTranslation('review');
  return (
    <>
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
    </>
  );
}
