import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../lib/useAction';
import './i18n';
import { MentionTextarea, mentionedIds, type Mentionable } from './MentionTextarea';
import { REPLY_TO_COMMENT } from './operations';

/** A reply to a thread, with mentions; its outcome is shown by the thread through the shared action. */
export function ThreadReplyForm({
  threadId,
  authorName,
  mentionable,
  action,
  onChanged,
}: {
  threadId: string;
  authorName: string;
  mentionable: readonly Mentionable[];
  action: Action;
  onChanged: () => unknown;
}) {
  const { t } = useTranslation('review');
  const id = useId();
  const [reply, setReply] = useState('');
  const [sendReply] = useMutation(REPLY_TO_COMMENT);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = reply.trim();
    if (!body) return;
    const input = { parentId: threadId, body, mentionedUserIds: mentionedIds(body, mentionable) };
    if (!(await action.run(() => sendReply({ variables: { input } }), { success: t('sidebar.replied') })))
      return;
    setReply('');
    onChanged();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="comment-reply">
      <div className="form-group">
        <MentionTextarea
          id={`${id}-reply`}
          label={t('sidebar.replyLabel', { name: authorName })}
          value={reply}
          onChange={setReply}
          members={mentionable}
          rows={2}
        />
      </div>
      <button type="submit" className="button button-secondary button-small" disabled={action.pending}>
        {t('sidebar.replySubmit')}
      </button>
    </form>
  );
}
