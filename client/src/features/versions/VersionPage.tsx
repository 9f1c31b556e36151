import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../lib/format';
import { readFragment } from '../../lib/graphql';
import { DiffView } from './DiffView';
import './i18n';
import { versionKindKey } from './labels';
import {
  CHAPTER_VERSION,
  CHAPTER_VERSION_DIFF,
  CHAPTER_VERSIONS,
  RESTORE_CHAPTER_VERSION,
} from './operations';
import { VERSION_FIELDS } from './version.fragments';
import './versions.css';

/** One frozen version: its text, and how the chapter has changed since. */
export function VersionPage() {
  const { t, i18n } = useTranslation('versions');
  const { t: tApp } = useTranslation();
  const { versionId = '' } = useParams();
  const { data, loading, error } = useQuery(CHAPTER_VERSION, { variables: { id: versionId } });
  const version = readFragment(VERSION_FIELDS, data?.chapterVersion);
  const { data: chapterData } = useQuery(CHAPTER_VERSIONS, {
    variables: { chapterId: version?.chapterId ?? '' },
    skip: !version,
  });
  const {
    data: diff,
    error: diffError,
    refetch: refetchDiff,
  } = useQuery(CHAPTER_VERSION_DIFF, {
    variables: { fromVersionId: versionId },
    skip: !version,
    fetchPolicy: 'network-only',
  });
  const [restore] = useMutation(RESTORE_CHAPTER_VERSION);
  const [restoreError, setRestoreError] = useState<unknown>(null);
  const [restoreMessage, setRestoreMessage] = useState('');
  const project = chapterData?.chapter.document.project;
  usePageTitle(version ? t('version.title', { name: version.name }) : error ? t('notFound.title') : null);

  if (loading && !data) return <Loading />;
  if (error || !version)
    return (
      <>
        <h1>{t('notFound.title')}</h1>
        <ErrorAlert error={error} />
      </>
    );

  const chapter = chapterData?.chapter;
  const time = formatDateTime(version.createdAt, i18n.language);
  const kind = t(versionKindKey(version.kind));
  return (
    <>
      {chapter && project && (
        <Breadcrumbs
          items={[
            { label: tApp('nav.myProjects'), to: '/' },
            { label: project.title, to: `/projects/${project.id}` },
            { label: chapter.title, to: `/chapters/${chapter.id}` },
            { label: t('history.title'), to: `/chapters/${chapter.id}/versions` },
            { label: version.name },
          ]}
        />
      )}
      <h1>
        {t('version.title', { name: version.name })}
        {chapter && <span className="h1-sub">{chapter.title}</span>}
      </h1>
      <p className="font-lead">
        {version.createdBy
          ? t('version.meta', { kind, time, name: version.createdBy.name })
          : t('version.metaSystem', { kind, time })}
      </p>

      {/* Restoring edits the text: per chapter, as a specialist edits only their group's description. */}
      {chapter?.viewerCan.editText && (
        <section aria-label={t('version.restore')} className="mt-4">
          <p>{t('version.restoreHint')}</p>
          <ErrorAlert error={restoreError} />
          <ConfirmButton
            label={t('version.restore')}
            question={t('version.restoreQuestion')}
            confirmLabel={t('version.restoreConfirm')}
            onConfirm={async () => {
              setRestoreError(null);
              setRestoreMessage('');
              try {
                await restore({ variables: { versionId: version.id } });
                setRestoreMessage(t('version.restored', { name: version.name }));
                void refetchDiff().catch(() => undefined);
              } catch (e) {
                setRestoreError(e);
              }
            }}
          />
          <p role="status" className="status-line">
            {restoreMessage}
          </p>
        </section>
      )}

      <section aria-labelledby="version-text-heading">
        <h2 id="version-text-heading" className="h3">
          {t('version.text')}
        </h2>
        {/* The server renders this HTML from the document schema only (sanitised, safe links). */}
        <div
          className="version-text"
          dangerouslySetInnerHTML={{ __html: data?.chapterVersion?.html ?? '' }}
        />
      </section>

      <section aria-labelledby="version-diff-heading" className="mt-6">
        <h2 id="version-diff-heading" className="h3">
          {t('version.compareCurrent')}
        </h2>
        {diffError ? (
          <ErrorAlert error={diffError} />
        ) : diff ? (
          <DiffView segments={diff.chapterVersionDiff} label={t('version.compareCurrent')} />
        ) : (
          <Loading />
        )}
      </section>

      <p className="mt-6">
        <Link to={`/chapters/${version.chapterId}/versions`}>{t('history.title')}</Link>
      </p>
    </>
  );
}
