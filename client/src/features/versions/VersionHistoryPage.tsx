import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../lib/format';
import { readFragment } from '../../lib/graphql';
import { CreateVersionForm } from './CreateVersionForm';
import { DiffView } from './DiffView';
import './i18n';
import { versionKindKey } from './labels';
import { CHAPTER_VERSION_DIFF, CHAPTER_VERSIONS } from './operations';
import { VERSION_FIELDS } from './version.fragments';
import './versions.css';

const CURRENT = 'current';

/** A chapter's versions, newest first: take a named one, view one, compare any two (or one with the current text). */
export function VersionHistoryPage() {
  const { t, i18n } = useTranslation('versions');
  const { t: tApp } = useTranslation();
  const { chapterId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CHAPTER_VERSIONS, {
    variables: { chapterId },
    fetchPolicy: 'cache-and-network',
  });
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(CURRENT);
  const [formError, setFormError] = useState('');
  const [compared, setCompared] = useState<{ from: string; to: string } | null>(null);
  const [loadDiff, diff] = useLazyQuery(CHAPTER_VERSION_DIFF, { fetchPolicy: 'network-only' });
  const ids = { from: useId(), to: useId(), result: useId() };
  const chapter = data?.chapter;
  usePageTitle(chapter ? `${t('history.title')}: ${chapter.title}` : t('history.title'));

  if (loading && !data) return <Loading />;
  if (error || !chapter)
    return (
      <>
        <h1>{t('history.title')}</h1>
        <ErrorAlert error={error} />
      </>
    );

  const versions = readFragment(VERSION_FIELDS, data.chapterVersions);
  const fromId = from || versions[1]?.id || versions[0]?.id || '';
  const project = chapter.document.project;
  const nameOf = (id: string) =>
    id === CURRENT ? t('history.current') : (versions.find((v) => v.id === id)?.name ?? '');

  function onCompare(event: FormEvent) {
    event.preventDefault();
    if (fromId === to) {
      setFormError(t('history.sameVersion'));
      return;
    }
    setFormError('');
    setCompared({ from: fromId, to });
    void loadDiff({
      variables: { fromVersionId: fromId, toVersionId: to === CURRENT ? null : to },
    }).catch(() => undefined);
  }

  const versionOptions = versions.map((v) => (
    <option key={v.id} value={v.id}>
      {v.name} ({formatDateTime(v.createdAt, i18n.language)})
    </option>
  ));

  return (
    <>
      <Breadcrumbs
        items={[
          { label: tApp('nav.myProjects'), to: '/' },
          { label: project.title, to: `/projects/${project.id}` },
          { label: chapter.title, to: `/chapters/${chapter.id}` },
          { label: t('history.title') },
        ]}
      />
      <h1>
        {t('history.title')}
        <span className="h1-sub">{chapter.title}</span>
      </h1>
      <p className="font-lead">{t('history.intro')}</p>

      {versions.length === 0 ? (
        <p>{t('history.none')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('history.caption', { chapter: chapter.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.name')}</th>
                <th scope="col">{t('history.kind')}</th>
                <th scope="col">{t('history.createdAt')}</th>
                <th scope="col">{t('history.createdBy')}</th>
                <th scope="col">{t('history.words')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('history.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => {
                const time = formatDateTime(v.createdAt, i18n.language);
                return (
                  <tr key={v.id}>
                    <th scope="row">{v.name}</th>
                    <td>{t(versionKindKey(v.kind))}</td>
                    <td>{time}</td>
                    <td>{v.createdBy?.name ?? t('history.system')}</td>
                    <td>{v.wordCount}</td>
                    <td>
                      <Link
                        to={`/versions/${v.id}`}
                        aria-label={t('history.viewLabel', { name: v.name, time })}
                      >
                        {t('history.view')}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {versions.length > 0 && (
        <section aria-labelledby={`${ids.result}-heading`} className="mt-6">
          <h2 id={`${ids.result}-heading`} className="h3">
            {t('history.compareHeading')}
          </h2>
          <form onSubmit={onCompare} className="version-compare" noValidate>
            <div className="form-group">
              <label className="form-label" htmlFor={ids.from}>
                {t('history.from')}
              </label>
              <select
                className="form-select"
                id={ids.from}
                value={fromId}
                onChange={(e) => setFrom(e.target.value)}
              >
                {versionOptions}
              </select>
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor={ids.to}>
                {t('history.to')}
              </label>
              <select className="form-select" id={ids.to} value={to} onChange={(e) => setTo(e.target.value)}>
                <option value={CURRENT}>{t('history.current')}</option>
                {versionOptions}
              </select>
            </div>
            <button type="submit" className="button button-secondary">
              {t('history.compare')}
            </button>
          </form>
          {formError && (
            <p className="form-error-message" role="alert">
              {formError}
            </p>
          )}
          <div aria-live="polite">
            {compared && (
              <>
                <h3 className="h4 mt-4">
                  {t('history.comparisonHeading', { from: nameOf(compared.from), to: nameOf(compared.to) })}
                </h3>
                {diff.loading ? (
                  <Loading />
                ) : diff.error ? (
                  <ErrorAlert error={diff.error} />
                ) : (
                  <DiffView
                    segments={diff.data?.chapterVersionDiff ?? []}
                    label={t('history.comparisonHeading', {
                      from: nameOf(compared.from),
                      to: nameOf(compared.to),
                    })}
                  />
                )}
              </>
            )}
          </div>
        </section>
      )}

      {project.viewerCan.editText && (
        <CreateVersionForm chapterId={chapter.id} onCreated={() => void refetch().catch(() => undefined)} />
      )}

      <p className="mt-6">
        <Link to={`/chapters/${chapter.id}`}>{t('history.backToChapter')}</Link>
      </p>
    </>
  );
}
