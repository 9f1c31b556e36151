import { useTranslation } from 'react-i18next';
import { readFragment, type FragmentOf } from '../../lib/graphql';
import { CRITERION_FIELDS } from './CriterionCard.fragments';

interface Props {
  targetGroupName: string;
  criteria: readonly FragmentOf<typeof CRITERION_FIELDS>[];
}

/** The target group's level criteria beside the assessment, so every assessor judges against the same text. */
export function CriteriaAside({ targetGroupName, criteria: criterionRefs }: Props) {
  const criteria = readFragment(CRITERION_FIELDS, criterionRefs);
  const { t } = useTranslation('specialisation');
  return (
    <aside className="spec-criteria-aside" aria-labelledby="criteria-aside-heading">
      <h2 id="criteria-aside-heading" className="h3">
        {t('offer.criteriaHeading', { targetGroup: targetGroupName })}
      </h2>
      {criteria.map((c) => (
        <section key={c.level} aria-labelledby={`criteria-aside-${c.level}`}>
          <h3 id={`criteria-aside-${c.level}`} className="h5">
            {t('levelLong', { level: c.level })}{' '}
            <span className="text-muted">({t(`levelHint.${c.level}`)})</span>
          </h3>
          {c.html ? (
            // Sanitised by the server.
            <div className="spec-richtext" dangerouslySetInnerHTML={{ __html: c.html }} />
          ) : (
            <p className="text-muted">{t('criteria.empty')}</p>
          )}
        </section>
      ))}
    </aside>
  );
}
