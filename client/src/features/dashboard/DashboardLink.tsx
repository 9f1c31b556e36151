import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import './i18n';

/** The project overview's way to the coordinator dashboard. */
export function DashboardLink({ projectId }: { projectId: string }) {
  const { t } = useTranslation('dashboard');
  return (
    <Link className="button button-secondary" to={`/projects/${projectId}/dashboard`}>
      {t('link')}
    </Link>
  );
}
