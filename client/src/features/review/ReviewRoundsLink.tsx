import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import './i18n';

/** The way from a document to its review rounds (høringsrunder). */
export function ReviewRoundsLink({
  documentId,
  documentTitle,
}: {
  documentId: string;
  documentTitle: string;
}) {
  const { t } = useTranslation('review');
  return (
    <Link to={`/documents/${documentId}/rounds`}>
      {t('link')}
      <span className="visually-hidden"> {t('linkOf', { document: documentTitle })}</span>
    </Link>
  );
}
