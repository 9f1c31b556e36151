import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { usePageTitle } from '../../components/usePageTitle';
import { useMe } from '../auth/useMe';

function AdminOnly() {
  const { t } = useTranslation();
  usePageTitle(t('admin.forbiddenTitle'));
  return (
    <>
      <h1>{t('admin.forbiddenTitle')}</h1>
      <Alert variant="warning" role="alert" heading={t('admin.forbiddenHeading')}>
        <p>{t('admin.forbidden')}</p>
      </Alert>
    </>
  );
}

/** Administration is for system admins; others are told so plainly (the server refuses them too). */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { me } = useMe();
  return me?.isSystemAdmin ? <>{children}</> : <AdminOnly />;
}
