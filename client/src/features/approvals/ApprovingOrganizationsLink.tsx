import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import './i18n';

/** The coordinator's way from a document to choosing its approving organisations. */
export function ApprovingOrganizationsLink({
  documentId,
  documentTitle,
}: {
  documentId: string;
  documentTitle: string;
}) {
  const { t } = useTranslation('approvals');
  return (
    <Link to={`/documents/${documentId}/approving-organizations`}>
      {t('organizations.link')}
      <span className="visually-hidden"> {t('organizations.linkOf', { document: documentTitle })}</span>
    </Link>
  );
}
