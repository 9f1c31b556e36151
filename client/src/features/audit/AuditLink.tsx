import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import './i18n';

/** The project overview's way to the audit log (coordinators). */
export function AuditLink({ projectId }: { projectId: string }) {
  const { t } = useTranslation('audit');
  return (
    <Link className="button button-secondary" to={`/projects/${projectId}/audit`}>
      {t('link')}
    </Link>
  );
}
