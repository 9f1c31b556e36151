import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { orgLabel } from '../../lib/format';
import { ACCEPT_SUGGESTIONS, REJECT_SUGGESTIONS } from './operations';

export interface PendingSuggestionThread {
  suggestionId: string;
  author: { id: string; name: string };
  organization: { id: string; name: string; shortName?: string | null };
}

type Scope = { authorId?: string; organizationId?: string };

interface Group {
  key: string;
  label: string;
  count: number;
  scope: Scope;
}

function groups(threads: PendingSuggestionThread[], by: 'author' | 'organization'): Group[] {
  const found = new Map<string, Group>();
  for (const thread of threads) {
    const id = by === 'author' ? thread.author.id : thread.organization.id;
    const group = found.get(id) ?? {
      key: id,
      label:
        by === 'author'
          ? `${thread.author.name} (${orgLabel(thread.organization)})`
          : thread.organization.name,
      count: 0,
      scope: by === 'author' ? { authorId: id } : { organizationId: id },
    };
    group.count++;
    found.set(id, group);
  }
  return [...found.values()].sort((a, b) => a.label.localeCompare(b.label, 'da'));
}

/**
 * Accepting or rejecting the chapter's pending in-text suggestions in bulk: all of them, one person's or one
 * organisation's (each suggestion's own thread decides it alone). Offered to those who may edit the text.
 */
export function SuggestionDecisions({
  chapterId,
  pending,
  onDecided,
}: {
  chapterId: string;
  pending: PendingSuggestionThread[];
  onDecided: () => void;
}) {
  const { t } = useTranslation('review');
  const reasonId = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [accept, accepting] = useMutation(ACCEPT_SUGGESTIONS);
  const [reject, rejecting] = useMutation(REJECT_SUGGESTIONS);
  const busy = accepting.loading || rejecting.loading;
  if (pending.length === 0 && !message) return null;

  async function decide(decision: 'accept' | 'reject', scope: Scope) {
    setError(null);
    setMessage('');
    if (decision === 'reject' && !reason.trim()) {
      setReasonError(t('suggestions.reasonRequired'));
      reasonRef.current?.focus();
      return;
    }
    setReasonError('');
    try {
      const input = { chapterId, ...scope };
      const result =
        decision === 'accept'
          ? (await accept({ variables: { input } })).data?.acceptSuggestions
          : (await reject({ variables: { input: { ...input, reason: reason.trim() } } })).data
              ?.rejectSuggestions;
      const count = result?.length ?? 0;
      setMessage(t(decision === 'accept' ? 'suggestions.accepted' : 'suggestions.rejected', { count }));
      if (decision === 'reject') setReason('');
      onDecided();
    } catch (e) {
      setError(e);
    }
  }

  const row = (group: Group, who: string) => (
    <li key={group.key} className="suggestion-decisions__row">
      <span>
        {group.label}: {t('suggestions.count', { count: group.count })}
      </span>{' '}
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={busy}
        aria-label={t('suggestions.acceptFrom', { who })}
        onClick={() => void decide('accept', group.scope)}
      >
        {t('suggestions.accept')}
      </button>{' '}
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={busy}
        aria-label={t('suggestions.rejectFrom', { who })}
        onClick={() => void decide('reject', group.scope)}
      >
        {t('suggestions.reject')}
      </button>
    </li>
  );

  return (
    <section className="suggestion-decisions" aria-labelledby={`${reasonId}-heading`}>
      <h2 id={`${reasonId}-heading`} className="suggestion-decisions__heading">
        {t('suggestions.heading', { count: pending.length })}
      </h2>
      {pending.length > 0 && (
        <>
          <div className="suggestion-decisions__all">
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => void decide('accept', {})}
            >
              {t('suggestions.acceptAll')}
            </button>{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={busy}
              onClick={() => void decide('reject', {})}
            >
              {t('suggestions.rejectAll')}
            </button>
          </div>
          <details className="suggestion-decisions__groups">
            <summary>{t('suggestions.byGroup')}</summary>
            <h3>{t('suggestions.byOrganization')}</h3>
            <ul>{groups(pending, 'organization').map((g) => row(g, g.label))}</ul>
            <h3>{t('suggestions.byPerson')}</h3>
            <ul>{groups(pending, 'author').map((g) => row(g, g.label))}</ul>
          </details>
          <div className={`form-group${reasonError ? ' form-error' : ''}`}>
            <label className="form-label" htmlFor={reasonId}>
              {t('suggestions.reason')}
            </label>
            {reasonError && (
              <span className="form-error-message" id={`${reasonId}-error`}>
                {reasonError}
              </span>
            )}
            <textarea
              className="form-input"
              id={reasonId}
              ref={reasonRef}
              rows={2}
              maxLength={5000}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${reasonId}-error` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
        </>
      )}
      <p role="status" className="suggestion-decisions__status">
        {message}
      </p>
      <ErrorAlert error={error} />
    </section>
  );
}
