import { useTranslation } from 'react-i18next';
import { readFragment, type FragmentOf } from '../../lib/graphql';
import { formatDateTime } from '../../lib/format';
import { ASSESSMENT_FIELDS } from './AssessmentCard.fragments';

/** One submitted assessment: who, which level, why. */
export function AssessmentCard({
  assessment: assessmentRef,
  heading,
}: {
  assessment: FragmentOf<typeof ASSESSMENT_FIELDS>;
  heading: string;
}) {
  const assessment = readFragment(ASSESSMENT_FIELDS, assessmentRef);
  const { t, i18n } = useTranslation('specialisation');
  return (
    <article className="spec-assessment" aria-label={heading}>
      <h4 className="h5">{heading}</h4>
      <p className="spec-assessment__level">{t('level', { level: assessment.level })}</p>
      <p className="text-muted spec-meta">{formatDateTime(assessment.submittedAt, i18n.language)}</p>
      <h5 className="h6">{t('offer.rationale')}</h5>
      <p className="prewrap">{assessment.rationale}</p>
    </article>
  );
}
