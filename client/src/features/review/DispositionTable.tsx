import { useTranslation } from 'react-i18next';
import { orgLabel } from '../../lib/format';
import {
  DispositionChoice,
  DispositionOutcome,
  DispositionReply,
  useDispositionForm,
} from './DispositionForm';
import './i18n';
import { proposalStatusKey } from './labels';

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
  const form = useDispositionForm(
    { id: item.commentId, disposition: item.disposition, dispositionReply: item.dispositionReply },
    onSaved,
  );
  const organization = orgLabel(item.organization);
  // Labels name the organisation and the comment's opening words, so each row's controls are distinct.
  const opening = item.body.length > 40 ? `${item.body.slice(0, 40)}…` : item.body;
  const who = `${organization}: »${opening}«`;

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
        <DispositionChoice
          form={form}
          label={t('disposition.dispositionOf', { organization: who })}
          hideLabel
        />
      </td>
      <td className="review-disposition">
        <DispositionReply
          form={form}
          label={t('disposition.replyOf', { organization: who })}
          hideLabel
          rows={3}
        />
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={form.action.pending}
          aria-label={t('disposition.saveOf', { organization: who })}
          onClick={() => void form.save()}
        >
          {t('disposition.save')}
        </button>
        <DispositionOutcome form={form} />
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
