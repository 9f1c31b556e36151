import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readFragment, type FragmentOf } from '../../lib/graphql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { AssessmentCard } from './AssessmentCard';
import { caseStatusClass, caseStatusKey } from './labels';
import { LevelRationaleForm } from './LevelRationaleForm';
import { ASSESSMENT_FIELDS } from './AssessmentCard.fragments';
import { CASE_FIELDS } from './CaseView.fragments';
import { CONFIRM_PLACEMENT, SETTLE_DISAGREEMENT, SUBMIT_ASSESSMENT } from './operations';

const assessmentOf = (ref: FragmentOf<typeof ASSESSMENT_FIELDS>) => readFragment(ASSESSMENT_FIELDS, ref);

interface Props {
  offerId: string;
  /** The open or last decided case; null before the first assessment. */
  current: FragmentOf<typeof CASE_FIELDS> | null;
  /** May the caller assess when there is no case yet (a specialist of the group). */
  canAssessNew: boolean;
  canSettle: boolean;
  isCoordinator: boolean;
  refetch: () => Promise<unknown>;
}

const ERRORS = {
  CONFLICT: 'specialisation:offer.errors.alreadyAssessed',
  FORBIDDEN: 'specialisation:offer.errors.forbidden',
  'BAD_USER_INPUT:rationale': 'specialisation:offer.errors.rationale',
  'BAD_USER_INPUT:level': 'specialisation:offer.errors.level',
};
const STATE_ERRORS = { ...ERRORS, CONFLICT: 'specialisation:offer.errors.wrongState' };

/** The current case of an offer: progress, the caller's own assessment, both once in, settle and confirm. */
export function CaseView({
  offerId,
  current: currentRef,
  canAssessNew,
  canSettle,
  isCoordinator,
  refetch,
}: Props) {
  const current = readFragment(CASE_FIELDS, currentRef);
  const { t, i18n } = useTranslation('specialisation');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [errorOverrides, setErrorOverrides] = useState(ERRORS);
  const [submit, submitting] = useMutation(SUBMIT_ASSESSMENT);
  const [settle, settling] = useMutation(SETTLE_DISAGREEMENT);
  const [confirm, confirming] = useMutation(CONFIRM_PLACEMENT);
  const fmt = (iso: string) => formatDateTime(iso, i18n.language);
  // After an action its form goes away; focus moves to the case heading so keyboard users keep their place.
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function run(action: () => Promise<unknown>, success: string, overrides = ERRORS) {
    setError(null);
    setMessage('');
    let ok = false;
    try {
      await action();
      setMessage(success);
      ok = true;
      headingRef.current?.focus();
    } catch (e) {
      setErrorOverrides(overrides);
      setError(e);
    }
    await refetch().catch(() => undefined);
    return ok;
  }

  const status = current?.status ?? null;
  const canAssess = current ? current.viewerCan.assess : canAssessNew;
  const agreedLevel =
    status === 'AGREED' && current && current.assessments.length === 2
      ? assessmentOf(current.assessments[0]).level
      : null;
  const myId = current?.myAssessment ? assessmentOf(current.myAssessment).id : undefined;
  const confirmLevel = status === 'SETTLED' ? (current?.settledLevel ?? null) : agreedLevel;
  const others = current ? current.assessments.filter((a) => assessmentOf(a).id !== myId) : [];
  const bothIn = current !== null && current.assessments.length >= 2;

  return (
    <section aria-labelledby="case-heading" className="spec-case">
      <h2 id="case-heading" ref={headingRef} tabIndex={-1}>
        {current && current.sequence > 1
          ? t('offer.caseHeadingRevisit', { sequence: current.sequence })
          : t('offer.caseHeading')}
      </h2>
      <p role="status" className="status-line">
        {message}
      </p>
      <ErrorAlert error={error} overrides={errorOverrides} />
      {!current ? (
        <>
          <p>{t('offer.noCase')}</p>
          <p className="spec-progress">{t('offer.progress', { count: 0 })}</p>
        </>
      ) : (
        <>
          <p>
            <span className={caseStatusClass(status)}>
              {t('offer.status', { status: t(caseStatusKey(status)) })}
            </span>
          </p>
          {current.openedReason && <p>{t('offer.openedReason', { reason: current.openedReason })}</p>}
          <p className="spec-progress">{t('offer.progress', { count: current.submittedCount })}</p>
        </>
      )}
      {(!current || current.submittedCount < 2) && <p className="text-muted">{t('offer.independence')}</p>}

      {bothIn ? (
        <div className="spec-assessments" role="group" aria-label={t('offer.both')}>
          {current.assessments.map((a) => (
            <AssessmentCard
              key={assessmentOf(a).id}
              assessment={a}
              heading={
                assessmentOf(a).id === myId
                  ? t('offer.mine')
                  : t('offer.assessmentBy', { name: assessmentOf(a).assessor.name })
              }
            />
          ))}
        </div>
      ) : (
        <>
          {current?.myAssessment && (
            <AssessmentCard assessment={current.myAssessment} heading={t('offer.mine')} />
          )}
          {/* Before both are in the server sends only the caller's own; anything else it sends is shown as is. */}
          {others.map((a) => (
            <AssessmentCard
              key={assessmentOf(a).id}
              assessment={a}
              heading={t('offer.assessmentBy', { name: assessmentOf(a).assessor.name })}
            />
          ))}
        </>
      )}

      {canAssess && (
        <LevelRationaleForm
          heading={t('offer.form.heading')}
          levelLegend={t('offer.form.level')}
          rationaleLabel={t('offer.form.rationale')}
          rationaleHint={t('offer.form.rationaleHint')}
          submitLabel={t('offer.form.submit')}
          busy={submitting.loading}
          onSubmit={(level, rationale) =>
            run(
              () => submit({ variables: { input: { offerId, level, rationale } } }),
              t('offer.form.submitted'),
            )
          }
        />
      )}

      {current && status === 'DISAGREED' && canSettle && (
        <LevelRationaleForm
          heading={t('offer.settle.heading')}
          intro={t('offer.settle.intro')}
          levelLegend={t('offer.settle.level')}
          rationaleLabel={t('offer.settle.rationale')}
          submitLabel={t('offer.settle.submit')}
          busy={settling.loading}
          onSubmit={(level, rationale) =>
            run(
              () => settle({ variables: { input: { caseId: current.id, level, rationale } } }),
              t('offer.settle.settled'),
              STATE_ERRORS,
            )
          }
        />
      )}

      {current?.settledLevel != null && current.settledAt && (
        <div className="spec-panel">
          <p>
            <strong>
              {current.settledBy
                ? t('offer.settle.result', {
                    level: current.settledLevel,
                    name: current.settledBy.name,
                    date: fmt(current.settledAt),
                  })
                : t('offer.settle.resultNoName', {
                    level: current.settledLevel,
                    date: fmt(current.settledAt),
                  })}
            </strong>
          </p>
          {current.settledRationale && <p className="prewrap">{current.settledRationale}</p>}
        </div>
      )}

      {current && isCoordinator && confirmLevel !== null && (status === 'AGREED' || status === 'SETTLED') && (
        <section aria-labelledby="confirm-heading" className="spec-panel">
          <h3 id="confirm-heading" className="h4">
            {t('offer.confirm.heading')}
          </h3>
          <p>{t('offer.confirm.intro', { level: confirmLevel })}</p>
          <button
            type="button"
            className="button button-primary"
            disabled={confirming.loading}
            onClick={() =>
              void run(
                () => confirm({ variables: { input: { caseId: current.id } } }),
                t('offer.confirm.confirmed', { level: confirmLevel }),
                STATE_ERRORS,
              )
            }
          >
            {t('offer.confirm.submit')}
          </button>
        </section>
      )}

      {current?.placedLevel != null && current.confirmedAt && (
        <p>
          <strong>
            {current.confirmedBy
              ? t('offer.confirm.result', {
                  level: current.placedLevel,
                  name: current.confirmedBy.name,
                  date: fmt(current.confirmedAt),
                })
              : t('offer.confirm.resultNoName', {
                  level: current.placedLevel,
                  date: fmt(current.confirmedAt),
                })}
          </strong>
        </p>
      )}
    </section>
  );
}
