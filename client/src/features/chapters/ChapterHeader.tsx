import { useTranslation } from 'react-i18next';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { chapterStatusClass, chapterStatusKey } from '../../lib/labels';

interface Props {
  chapter: {
    title: string;
    status: string;
    wordCount: number;
    lastEditedAt?: string | null;
    lastEditedBy?: { name: string } | null;
    document: { id: string; title: string; project: { id: string; title: string } };
  };
}

function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** Where the chapter sits, what it is called, its status, length and who touched it last. */
export function ChapterHeader({ chapter }: Props) {
  const { t, i18n } = useTranslation('chapters');
  const { t: tApp } = useTranslation();
  const project = chapter.document.project;
  const edited = chapter.lastEditedAt
    ? chapter.lastEditedBy
      ? t('header.lastEdited', {
          name: chapter.lastEditedBy.name,
          time: formatTime(chapter.lastEditedAt, i18n.language),
        })
      : t('header.lastEditedUnknown', { time: formatTime(chapter.lastEditedAt, i18n.language) })
    : t('header.neverEdited');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('breadcrumbs.myProjects'), to: '/' },
          { label: project.title, to: `/projects/${project.id}` },
          ...(chapter.document.title === project.title
            ? []
            : [{ label: chapter.document.title, to: `/projects/${project.id}#doc-${chapter.document.id}` }]),
          { label: chapter.title },
        ]}
      />
      <div className="chapter-header">
        <h1 id="chapter-title" className="chapter-header__title">
          {chapter.title}
        </h1>
        <p className="chapter-header__meta">
          <span className={chapterStatusClass(chapter.status)}>
            <span className="visually-hidden">{t('header.status')}: </span>
            {tApp(chapterStatusKey(chapter.status))}
          </span>
          <span className="chapter-header__fact">{t('header.words', { count: chapter.wordCount })}</span>
          <span className="chapter-header__fact">{edited}</span>
        </p>
      </div>
    </>
  );
}
