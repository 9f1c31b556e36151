import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import './i18n';

/** Says so when the live connection is down, so nobody trusts a stale page. */
export function LiveOff({ off }: { off: boolean }) {
  const { t } = useTranslation('specialisation');
  if (!off) return null;
  return (
    <Alert variant="warning" role="alert">
      <p>{t('live.off')}</p>
    </Alert>
  );
}
