import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../lib/format';
import './i18n';
import { NotatActions } from './notat/NotatActions';
import { NotatChanges } from './notat/NotatChanges';
import { NotatHearing } from './notat/NotatHearing';
import { NotatSubjectItem } from './notat/NotatSubjectItem';
import { RegisterResponseForm } from './notat/RegisterResponseForm';
import { CONSULTATION_NOTAT, NOTAT_ROUND } from './notat/operations';
import './review.css';

/**
 * The høringsnotat of a round after Justitsministeriets model (1. Høringen, 2. Høringssvarene,
 * 3. Ændringer): the coordinator edits the draft in place, registers responses received by e-mail and
 * finalises it; everyone who may read it downloads it as PDF, Word or HTML.
 */
export function ReportPage() {
  const { t, i18n } = useTranslation('review');
  const { t: tApp } = useTranslation();
  const { roundId = '' } = useParams();
  const versionSelect = useId();
  const [version, setVersion] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const round = useQuery(NOTAT_ROUND, { variables: { roundId } });
  const { data, loading, error, refetch } = useQuery(CONSULTATION_NOTAT, {
    variables: { roundId, version },
    fetchPolicy: 'cache-and-network',
  });
  const notat = data?.consultationNotat;
  const r = round.data?.reviewRound;
  usePageTitle(r ? `${t('notat.title')}: ${r.title}` : t('notat.title'));

  if ((loading && !data) || (round.loading && !round.data)) return <Loading />;
  if (error || round.error || !r)
    return (
      <>
        <h1>{t('notat.title')}</h1>
        <ErrorAlert error={error ?? round.error} />
      </>
    );

  const changed = (text: string, nextVersion?: number) => {
    setMessage(text);
    if (nextVersion !== undefined) setVersion(nextVersion);
    void refetch().catch(() => undefined);
  };
  const canManage = r.viewerCan.manageNotat;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: tApp('nav.myProjects'), to: '/' },
          { label: t('list.title'), to: `/documents/${r.documentId}/rounds` },
          { label: r.title, to: `/rounds/${r.id}` },
          { label: t('notat.title') },
        ]}
      />
      <h1>
        {t('notat.title')}
        {notat && (
          <span className="h1-sub">
            {notat.documentTitle}: {notat.roundTitle}
          </span>
        )}
      </h1>
      {!notat ? (
        <p>{t('notat.noneYet')}</p>
      ) : (
        <>
          <p className="font-lead">
            {t('notat.version', { version: notat.version })} ·{' '}
            {notat.status === 'FINAL' && notat.finalisedAt
              ? t('notat.final', {
                  date: formatDateTime(notat.finalisedAt, i18n.language),
                  name: notat.finalisedByName ?? '',
                })
              : t('notat.draft')}
          </p>
          {notat.status === 'DRAFT' && <p>{t('notat.draftNote')}</p>}
          {notat.versions.length > 1 && (
            <div className="form-group">
              <label className="form-label" htmlFor={versionSelect}>
                {t('notat.chooseVersion')}
              </label>
              <select
                id={versionSelect}
                className="form-select"
                value={notat.version}
                onChange={(e) => setVersion(Number(e.target.value))}
              >
                {notat.versions.map((v) => (
                  <option key={v} value={v}>
                    {t('notat.version', { version: v })}
                  </option>
                ))}
              </select>
            </div>
          )}
          <NotatActions notat={notat} roundOpen={r.isOpen} canManage={canManage} onChanged={changed} />
          <p role="status" className="status-line">
            {message}
          </p>

          <NotatHearing notat={notat} canMark={notat.viewerCan.edit} onChanged={() => changed('')} />

          <section aria-labelledby="notat-s2" className="report-chapter">
            <h2 id="notat-s2">{t('notat.s2')}</h2>
            {notat.chapters.map((c) => (
              <section key={c.chapterId} aria-labelledby={`notat-ch-${c.chapterId}`}>
                <h3 id={`notat-ch-${c.chapterId}`}>{c.title}</h3>
                {c.subjects.length === 0 && <p>{t('notat.noResponses')}</p>}
                {c.subjects.map((s) => (
                  <NotatSubjectItem
                    key={`${notat.version}-${s.key}`}
                    roundId={roundId}
                    subject={s}
                    canEdit={notat.viewerCan.edit}
                    onSaved={changed}
                  />
                ))}
              </section>
            ))}
          </section>

          <NotatChanges notat={notat} />

          {notat.viewerCan.edit && <RegisterResponseForm notat={notat} onRegistered={changed} />}
        </>
      )}

      <p className="mt-6">
        <Link to={`/rounds/${r.id}`}>
          {t('round.title')}: {r.title}
        </Link>
      </p>
    </>
  );
}
