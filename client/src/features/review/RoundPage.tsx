import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime, orgLabel } from '../../lib/format';
import { readFragment } from '../../lib/graphql';
import { DispositionTable, type DispositionItem } from './DispositionTable';
import './i18n';
import { deadlineOf, localDate } from './labels';
import {
  CLOSE_REVIEW_ROUND,
  CONSULTATION_REPORT,
  EXTEND_REVIEW_ROUND,
  REVIEW_EVENTS,
  REVIEW_ROUND,
  REVIEW_ROUND_PROGRESS,
  ROUND_CONTEXT,
} from './operations';
import { ROUND_FIELDS } from './round.fragments';
import { RoundState } from './RoundState';
import './review.css';

const ERRORS = { 'BAD_USER_INPUT:deadline': 'review:errors.deadline', CONFLICT: 'review:errors.closed' };

/** One round: hearing letter, deadline (extend, close early), progress, hearing list and the disposition table. */
export function RoundPage() {
  const { t, i18n } = useTranslation('review');
  const { t: tApp } = useTranslation();
  const { roundId = '' } = useParams();
  const ids = { extend: useId(), progress: useId(), hearing: useId(), disposition: useId(), letter: useId() };
  const roundQuery = useQuery(REVIEW_ROUND, { variables: { id: roundId }, fetchPolicy: 'cache-and-network' });
  const round = readFragment(ROUND_FIELDS, roundQuery.data?.reviewRound);
  const roundCan = roundQuery.data?.reviewRound?.viewerCan;
  const context = useQuery(ROUND_CONTEXT, {
    variables: { documentId: round?.documentId ?? '' },
    skip: !round,
  });
  const doc = context.data?.document;
  const canManage = !!doc?.project.viewerCan.manage;
  const canDispose = !!doc?.project.viewerCan.dispose;
  const progress = useQuery(REVIEW_ROUND_PROGRESS, {
    variables: { id: roundId },
    fetchPolicy: 'cache-and-network',
    skip: !round,
  });
  const report = useQuery(CONSULTATION_REPORT, {
    variables: { roundId },
    fetchPolicy: 'cache-and-network',
    skip: !canDispose,
  });
  const live = useSubscription(REVIEW_EVENTS, {
    variables: { documentId: round?.documentId ?? '' },
    skip: !round,
    onData: () => {
      void roundQuery.refetch().catch(() => undefined);
      if (!progress.error) void progress.refetch().catch(() => undefined);
      if (canDispose) void report.refetch().catch(() => undefined);
    },
  });
  const [extend, extending] = useMutation(EXTEND_REVIEW_ROUND);
  const [close] = useMutation(CLOSE_REVIEW_ROUND);
  const [newDeadline, setNewDeadline] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  usePageTitle(round ? `${t('round.title')}: ${round.title}` : t('round.title'));

  if (roundQuery.loading && !round) return <Loading />;
  if (roundQuery.error || !round)
    return (
      <>
        <h1>{t('round.title')}</h1>
        <ErrorAlert error={roundQuery.error} />
      </>
    );

  const fmt = (iso: string) => formatDateTime(iso, i18n.language);
  const currentDeadline = localDate(round.deadline);
  const refreshAll = () => {
    void roundQuery.refetch().catch(() => undefined);
    void progress.refetch().catch(() => undefined);
    void report.refetch().catch(() => undefined);
  };

  async function onExtend(event: FormEvent) {
    event.preventDefault();
    setActionError(null);
    setMessage('');
    const date = newDeadline || currentDeadline;
    try {
      const result = await extend({ variables: { id: roundId, deadline: deadlineOf(date) } });
      const deadline = readFragment(ROUND_FIELDS, result.data?.extendReviewRound)?.deadline;
      if (deadline) setMessage(t('round.extended', { date: fmt(deadline) }));
      setNewDeadline('');
      refreshAll();
    } catch (e) {
      setActionError(e);
    }
  }

  async function onClose() {
    setActionError(null);
    setMessage('');
    try {
      await close({ variables: { id: roundId } });
      setMessage(t('round.closed'));
      refreshAll();
    } catch (e) {
      setActionError(e);
    }
  }

  const responded = new Map(
    (progress.data?.reviewRoundProgress.organizations ?? []).map((o) => [o.organization.id, o.responded]),
  );
  const items: DispositionItem[] = (report.data?.consultationReport.chapters ?? []).flatMap((c) =>
    c.organizations.flatMap((o) =>
      o.comments.map((comment) => ({
        ...comment,
        chapterTitle: c.chapter.title,
        organization: o.organization,
      })),
    ),
  );
  const p = progress.data?.reviewRoundProgress;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: tApp('nav.myProjects'), to: '/' },
          ...(doc
            ? [
                { label: doc.project.title, to: `/projects/${doc.project.id}` },
                { label: t('list.title'), to: `/documents/${doc.id}/rounds` },
              ]
            : []),
          { label: round.title },
        ]}
      />
      <h1>
        {round.title}
        <span className="h1-sub">{doc ? `${t('round.title')}: ${doc.title}` : t('round.title')}</span>
      </h1>
      {live.error ? (
        <Alert variant="warning" role="alert">
          <p>{t('live.off')}</p>
        </Alert>
      ) : null}

      <dl className="review-facts">
        <dt>{t('list.state')}</dt>
        <dd>
          <RoundState round={round} />
        </dd>
        <dt>{t('round.period')}</dt>
        <dd>
          {fmt(round.openedAt)} – {fmt(round.deadline)}
        </dd>
        <dt>{t('round.deadline')}</dt>
        <dd>
          {round.isOpen
            ? t('round.openUntil', { date: fmt(round.deadline) })
            : t('round.closedAt', { date: fmt(round.deadline) })}
        </dd>
        <dt>{t('round.chapters')}</dt>
        <dd>
          <ul>
            {round.chapters.map((c) => (
              <li key={c.id}>
                <Link to={`/chapters/${c.id}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
        </dd>
      </dl>

      {roundCan?.seeResults && (
        <p>
          <Link className="button button-secondary" to={`/rounds/${round.id}/report`}>
            {t('round.report')}
          </Link>
        </p>
      )}

      <ErrorAlert error={actionError} overrides={ERRORS} />
      <p role="status" className="status-line">
        {message}
      </p>

      {canManage && round.isOpen && (
        <section aria-labelledby={`${ids.extend}-heading`} className="mt-6">
          <h2 id={`${ids.extend}-heading`} className="h3">
            {t('round.extend')}
          </h2>
          <form onSubmit={(e) => void onExtend(e)} noValidate>
            <Field
              id={ids.extend}
              type="date"
              label={t('round.newDeadline')}
              hint={t('round.newDeadlineHint')}
              value={newDeadline || currentDeadline}
              onChange={setNewDeadline}
              required
            />
            <div className="button-row">
              <button type="submit" className="button button-primary" disabled={extending.loading}>
                {t('round.extendSubmit')}
              </button>
              <ConfirmButton
                label={t('round.close')}
                question={t('round.closeQuestion')}
                confirmLabel={t('round.closeConfirm')}
                onConfirm={onClose}
              />
            </div>
          </form>
        </section>
      )}

      <section aria-labelledby={`${ids.letter}-heading`} className="mt-6">
        <h2 id={`${ids.letter}-heading`} className="h3">
          {t('round.letter')}
        </h2>
        {round.letter ? <p className="review-letter">{round.letter}</p> : <p>{t('round.noLetter')}</p>}
      </section>

      <section aria-labelledby={`${ids.hearing}-heading`} className="mt-6">
        <h2 id={`${ids.hearing}-heading`} className="h3">
          {t('hearing.heading')}
        </h2>
        <ul>
          {round.hearingList.map((party) => {
            const did = responded.get(party.organization.id);
            return (
              <li key={party.organization.id}>
                <strong>{party.organization.name}</strong>
                {did !== undefined && (
                  <>
                    {' '}
                    <span className={did ? 'badge badge-success' : 'badge'}>
                      {did ? t('hearing.responded') : t('hearing.notResponded')}
                    </span>
                  </>
                )}
                {party.reviewers.length > 0 && (
                  <>
                    <br />
                    <span className="form-hint">
                      {t('hearing.reviewers', { names: party.reviewers.map((r) => r.name).join(', ') })}
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby={`${ids.progress}-heading`} className="mt-6">
        <h2 id={`${ids.progress}-heading`} className="h3">
          {t('progress.heading')}
        </h2>
        {progress.loading && !p ? (
          <Loading />
        ) : !p ? (
          <p>{t('progress.unavailable')}</p>
        ) : (
          <>
            <p>{t('progress.total', p.total)}</p>
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption>{t('progress.chapterCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('progress.chapter')}</th>
                    <th scope="col">{t('progress.received')}</th>
                    <th scope="col">{t('progress.disposed')}</th>
                    <th scope="col">{t('progress.open')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.chapters.map((c) => (
                    <tr key={c.chapter.id}>
                      <th scope="row">{c.chapter.title}</th>
                      <td>{c.received}</td>
                      <td>{c.disposed}</td>
                      <td>{c.open}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption>{t('progress.orgCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('progress.organization')}</th>
                    <th scope="col">{t('progress.received')}</th>
                    <th scope="col">{t('progress.disposed')}</th>
                    <th scope="col">{t('progress.open')}</th>
                    <th scope="col">{t('progress.responded')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.organizations.map((o) => (
                    <tr key={o.organization.id}>
                      <th scope="row">{orgLabel(o.organization)}</th>
                      <td>{o.received}</td>
                      <td>{o.disposed}</td>
                      <td>{o.open}</td>
                      <td>{o.responded ? t('progress.yes') : t('progress.no')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      {canDispose && (
        <section aria-labelledby={`${ids.disposition}-heading`} className="mt-6">
          <h2 id={`${ids.disposition}-heading`} className="h3">
            {t('disposition.heading')}
          </h2>
          <p>{t('disposition.intro')}</p>
          {report.loading && !report.data ? (
            <Loading />
          ) : report.error ? (
            <ErrorAlert error={report.error} />
          ) : (
            <DispositionTable items={items} onSaved={refreshAll} />
          )}
        </section>
      )}

      {doc && (
        <p className="mt-6">
          <Link to={`/documents/${doc.id}/rounds`}>{t('round.back')}</Link>
        </p>
      )}
    </>
  );
}
