import { useTranslation } from 'react-i18next';
import './i18n';

/** Open or closed (and whether a coordinator closed it early), as a DKFDS badge. */
export function RoundState({ round }: { round: { isOpen: boolean; closedEarly: boolean } }) {
  const { t } = useTranslation('review');
  if (round.isOpen) return <span className="badge badge-success">{t('list.open')}</span>;
  return <span className="badge">{round.closedEarly ? t('list.closedEarly') : t('list.closed')}</span>;
}
