import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';
import './i18n';

/** The accessibility statement (tilgængelighedserklæring) the Web Accessibility Act requires; public. */
export function AccessibilityStatementPage() {
  const { t } = useTranslation('accessibility');
  usePageTitle(t('title'));
  const known = t('known', { returnObjects: true }) as string[];
  const email = t('email');
  return (
    <article className="accessibility-statement">
      <h1>{t('title')}</h1>
      <p className="font-lead">{t('intro')}</p>
      <h2>{t('statusHeading')}</h2>
      <p>{t('status')}</p>
      <h2>{t('knownHeading')}</h2>
      <ul>
        {known.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{t('testedHeading')}</h2>
      <p>{t('tested')}</p>
      <h2>{t('feedbackHeading')}</h2>
      <p>
        {t('feedback')} <a href={`mailto:${email}`}>{email}</a>. {t('feedbackAfter')}
      </p>
      <h2>{t('complaintHeading')}</h2>
      <p>
        {t('complaint')}{' '}
        <a href="https://www.digst.dk/digital-inklusion/webtilgaengelighed/">{t('complaintLink')}</a>
      </p>
      <p>{t('updated')}</p>
    </article>
  );
}
