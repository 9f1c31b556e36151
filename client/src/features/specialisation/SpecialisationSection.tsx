import { useTranslation } from 'react-i18next';
import { SpecialisationNav } from './SpecialisationNav';
import './i18n';
import './specialisation.css';

interface Props {
  projectId: string;
  /** The project's `viewerCan.evaluate`. */
  canEvaluate: boolean;
}

/** On a specialisation project's page: the way to its target groups, providers, placement and evaluation. */
export function SpecialisationSection({ projectId, canEvaluate }: Props) {
  const { t } = useTranslation('specialisation');
  return (
    <section aria-labelledby="specialisation-heading" className="spec-section">
      <h2 id="specialisation-heading">{t('nav.heading')}</h2>
      <p>{t('nav.intro')}</p>
      <SpecialisationNav projectId={projectId} canEvaluate={canEvaluate} />
    </section>
  );
}
