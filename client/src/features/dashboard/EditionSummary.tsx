import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { EditionsLink } from '../editions/EditionsLink';
import './i18n';

interface Edition {
  number: number;
  publicationDate: string;
  followUpDue: string;
  followUpOverdue: boolean;
  revisionDue: string;
  revisionOverdue: boolean;
  revisionStartedAt?: string | null;
}

function Due({ label, date, overdue }: { label: string; date: string; overdue: boolean }) {
  const { t, i18n } = useTranslation('dashboard');
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {formatDate(date, i18n.language)}
        {overdue && (
          <>
            {' '}
            <span className="badge badge-error">{t('edition.overdue')}</span>
          </>
        )}
      </dd>
    </>
  );
}

/** The latest edition of a document with its follow-up and revision deadlines, flagged when overdue. */
export function EditionSummary({
  documentId,
  documentTitle,
  editions,
}: {
  documentId: string;
  documentTitle: string;
  editions: readonly Edition[];
}) {
  const { t, i18n } = useTranslation('dashboard');
  // The API lists editions newest first.
  const latest = editions[0];
  if (!latest)
    return (
      <p className="edition-summary">
        {t('edition.none')} <EditionsLink documentId={documentId} documentTitle={documentTitle} />
      </p>
    );
  return (
    <div className="edition-summary">
      <p className="mb-2">
        <strong>
          {t('edition.number', {
            number: latest.number,
            date: formatDate(latest.publicationDate, i18n.language),
          })}
        </strong>
        {latest.revisionStartedAt && (
          <>
            {' '}
            · {t('edition.revisionStarted', { date: formatDate(latest.revisionStartedAt, i18n.language) })}
          </>
        )}
      </p>
      <dl className="edition-summary__dates">
        <Due label={t('edition.followUp')} date={latest.followUpDue} overdue={latest.followUpOverdue} />
        <Due label={t('edition.revision')} date={latest.revisionDue} overdue={latest.revisionOverdue} />
      </dl>
      <p className="mt-2">
        <EditionsLink documentId={documentId} documentTitle={documentTitle} />
      </p>
    </div>
  );
}
