import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { chapterStatusClass, chapterStatusKey } from '../projects/labels';
import { CHAPTER } from './operations';

/** Placeholder until the co-editing editor lands: the chapter's title and status. */
export function ChapterPage() {
  const { t } = useTranslation();
  const { chapterId = '' } = useParams();
  const { data, loading, error } = useQuery(CHAPTER, { variables: { id: chapterId } });
  const chapter = data?.chapter;
  usePageTitle(chapter?.title ?? (error ? t('notFound.title') : t('app.loading')));

  if (loading && !data) return <Loading />;
  if (error || !chapter)
    return (
      <>
        <h1>{t('notFound.title')}</h1>
        <ErrorAlert error={error} />
      </>
    );
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('nav.myProjects'), to: '/' },
          { label: t('chapters.project'), to: `/projects/${chapter.projectId}` },
          { label: chapter.title },
        ]}
      />
      <h1>{chapter.title}</h1>
      <p>
        {t('chapters.status')}: <span className={chapterStatusClass(chapter.status)}>{t(chapterStatusKey(chapter.status))}</span>
      </p>
      <Alert variant="info" heading={t('chapters.editorComingHeading')}>
        <p>{t('chapters.editorComing')}</p>
      </Alert>
    </>
  );
}
