import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import './i18n';

/** The way from a document to its editions. */
export function EditionsLink({ documentId, documentTitle }: { documentId: string; documentTitle: string }) {
  const { t } = useTranslation('editions');
  return (
    <Link to={`/documents/${documentId}/editions`}>
      {t('link')}
      <span className="visually-hidden"> {t('linkOf', { document: documentTitle })}</span>
    </Link>
  );
}
