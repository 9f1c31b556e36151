import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { orgLabel } from '../../lib/format';
import './i18n';
import { DISPOSITIONS, dispositionKey, proposalStatusKey } from './labels';
import { DISPOSE_COMMENT } from './operations';

export interface DispositionItem {
  commentId: string;
  chapterTitle: string;
  organization: { id: string; name: string; shortName?: string | null };
  body: string;
  quote?: string | null;
  proposal?: string | null;
  proposalStatus?: string | null;
  disposition?: string | null;
  dispositionReply?: string | null;
}

function DispositionRow({ item, onSaved }: { item: DispositionItem; onSaved: () => unknown }) {
  const { t } = useTranslation('review');
  const id = useId();
  const [disposition, setDisposition] = useState(item.disposition ?? '');
  const [reply, setReply] = useState(item.dispositionReply ?? '');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [formError, setFormError] = useState('');
  const [dispose, { loading }] = useMutation(DISPOSE_COMMENT);
  const organization = orgLabel(item.organization);
  // Labels name the organisation and the comment's opening words, so each row's controls are distinct.
  const opening = item.body.length > 40 ? `${item.body.slice(0, 40)}…` : item.body;
  const who = `${organization}: »${opening}«`;

  async function onSave() {
    setMessage('');
    setError(null);
    if (!disposition) {
      setFormError(t('disposition.chooseFirst'));
      document.getElementById(`${id}-disposition`)?.focus();
      return;
    }
    setFormError('');
    try {
      await dispose({
        variables: {
          input: {
            commentId: item.commentId,
            disposition: disposition as (typeof DISPOSITIONS)[number],
            reply,
          },
        },
      });
      setMessage(t('disposition.saved'));
      onSaved();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <tr>
      <td>{item.chapterTitle}</td>
      <td>{organization}</td>
      <td className="review-quote">{item.quote ?? t('disposition.wholeChapter')}</td>
      <th scope="row">{item.body}</th>
      <td>
        {item.proposal ? (
          <>
            {item.proposal}
            {item.proposalStatus && <> ({t(proposalStatusKey(item.proposalStatus))})</>}
          </>
        ) : (
          '–'
        )}
      </td>
      <td className="review-disposition">
        <div className={`form-group${formError ? ' form-error' : ''}`}>
          <label className="form-label visually-hidden" htmlFor={`${id}-disposition`}>
            {t('disposition.dispositionOf', { organization: who })}
          </label>
          {formError && (
            <span className="form-error-message" id={`${id}-error`}>
              {formError}
            </span>
          )}
          <select
            className="form-select"
            id={`${id}-disposition`}
            value={disposition}
            aria-describedby={formError ? `${id}-error` : undefined}
            aria-invalid={formError ? true : undefined}
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
      </td>
      <td className="review-disposition">
        <div className="form-group">
          <label className="form-label visually-hidden" htmlFor={`${id}-reply`}>
            {t('disposition.replyOf', { organization: who })}
          </label>
          <textarea
            className="form-input"
            id={`${id}-reply`}
            rows={3}
            maxLength={10000}
            value={reply}
            onChange={(e) => setReply(e.target.value)}
          />
        </div>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={loading}
          aria-label={t('disposition.saveOf', { organization: who })}
          onClick={() => void onSave()}
        >
          {t('disposition.save')}
        </button>
        <ErrorAlert error={error} overrides={{ FORBIDDEN: 'review:errors.closed' }} />
        <p role="status" className="status-line">
          {message}
        </p>
      </td>
    </tr>
  );
}

/** The working group's answer to each reviewer comment of a round: disposition and reply. */
export function DispositionTable({ items, onSaved }: { items: DispositionItem[]; onSaved: () => unknown }) {
  const { t } = useTranslation('review');
  if (items.length === 0) return <p>{t('disposition.none')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="visually-hidden">{t('disposition.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('disposition.chapter')}</th>
            <th scope="col">{t('disposition.organization')}</th>
            <th scope="col">{t('disposition.quote')}</th>
            <th scope="col">{t('disposition.comment')}</th>
            <th scope="col">{t('disposition.proposal')}</th>
            <th scope="col">{t('disposition.disposition')}</th>
            <th scope="col">{t('disposition.reply')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <DispositionRow key={item.commentId} item={item} onSaved={onSaved} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
