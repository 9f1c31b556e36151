import { useTranslation } from 'react-i18next';
import { readFragment, type FragmentOf } from '../../lib/graphql';
import { formatDateTime } from '../../lib/format';
import { AssessmentCard } from './AssessmentCard';
import { caseStatusClass, caseStatusKey } from './labels';
import { ASSESSMENT_FIELDS } from './AssessmentCard.fragments';
import { CASE_FIELDS } from './CaseView.fragments';

/** Every case of the offer, newest first: what was assessed, settled and placed. */
export function CaseHistory({ cases: caseRefs }: { cases: readonly FragmentOf<typeof CASE_FIELDS>[] }) {
  const cases = readFragment(CASE_FIELDS, caseRefs);
  const { t, i18n } = useTranslation('specialisation');
  const fmt = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <section aria-labelledby="history-heading" className="mt-6">
      <h2 id="history-heading">{t('offer.history.heading')}</h2>
      {cases.length === 0 ? (
        <p>{t('offer.history.none')}</p>
      ) : (
        <ul className="spec-history__list nobullet-list">
          {cases.map((c) => (
            <li key={c.id}>
              <details>
                <summary>
                  {t('offer.history.case', { sequence: c.sequence })}{' '}
                  <span className={caseStatusClass(c.status)}>{t(caseStatusKey(c.status))}</span>
                </summary>
                <p className="text-muted spec-meta">
                  {t('offer.history.opened', { date: fmt(c.createdAt) })}
                </p>
                {c.openedReason && <p>{t('offer.openedReason', { reason: c.openedReason })}</p>}
                <p>{t('offer.progress', { count: c.submittedCount })}</p>
                <div className="spec-assessments">
                  {c.assessments.map((ref) => {
                    const a = readFragment(ASSESSMENT_FIELDS, ref);
                    return (
                      <AssessmentCard
                        key={a.id}
                        assessment={ref}
                        heading={t('offer.assessmentBy', { name: a.assessor.name })}
                      />
                    );
                  })}
                </div>
                {c.settledLevel != null && c.settledAt && (
                  <p>
                    {c.settledBy
                      ? t('offer.settle.result', {
                          level: c.settledLevel,
                          name: c.settledBy.name,
                          date: fmt(c.settledAt),
                        })
                      : t('offer.settle.resultNoName', { level: c.settledLevel, date: fmt(c.settledAt) })}
                    {c.settledRationale && <span className="d-block prewrap">{c.settledRationale}</span>}
                  </p>
                )}
                {c.placedLevel != null && c.confirmedAt && (
                  <p>
                    {c.confirmedBy
                      ? t('offer.confirm.result', {
                          level: c.placedLevel,
                          name: c.confirmedBy.name,
                          date: fmt(c.confirmedAt),
                        })
                      : t('offer.confirm.resultNoName', { level: c.placedLevel, date: fmt(c.confirmedAt) })}
                  </p>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
