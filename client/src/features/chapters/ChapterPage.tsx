import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { ApprovalPanel } from '../approvals/ApprovalPanel';
import { useMe } from '../auth/useMe';
import { CommentSidebar } from '../review/CommentSidebar';
import { ChapterEditor } from './editor/ChapterEditor';
import { useCollabSession, type SaveState } from './editor/useCollabSession';
import { ChapterHeader } from './ChapterHeader';
import './i18n';
import { CHAPTER, CHAPTER_STATS } from './operations';
import './chapters.css';

/** How often the header's word count and "last edited" catch up while nobody here saves. */
const STATS_POLL_MS = 30_000;
/** After our own save, wait a moment so a burst of typing refreshes the header once. */
const STATS_AFTER_SAVE_MS = 2_000;

/** A chapter: its place and facts in the header, and the co-edited text below. */
export function ChapterPage() {
  const { t } = useTranslation('chapters');
  const { chapterId = '' } = useParams();
  const { me } = useMe();
  const { data, loading, error } = useQuery(CHAPTER, { variables: { id: chapterId } });
  const { refetch: refetchStats } = useQuery(CHAPTER_STATS, {
    variables: { id: chapterId },
    pollInterval: STATS_POLL_MS,
    skip: !data?.chapter,
  });
  // No socket for a chapter the API has already said we cannot see.
  const session = useCollabSession(error ? null : chapterId);
  const chapter = data?.chapter;
  usePageTitle(chapter?.title ?? (error ? t('notFound.title') : null));

  // Refresh the header after our edits reach the server ("Gemmer …" → "Gemt").
  const previous = useRef<SaveState | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const onSaveState = useCallback(
    (state: SaveState) => {
      if (state === 'saved' && previous.current === 'saving') {
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(
          () => void refetchStats().catch(() => undefined),
          STATS_AFTER_SAVE_MS,
        );
      }
      previous.current = state;
    },
    [refetchStats],
  );
  useEffect(() => () => window.clearTimeout(timer.current), []);

  if (loading && !data) return <Loading />;
  if (error || !chapter)
    return (
      <>
        <h1>{t('notFound.title')}</h1>
        <ErrorAlert error={error} />
      </>
    );
  const project = chapter.document.project;
  return (
    <article className="chapter-page" aria-labelledby="chapter-title">
      <ChapterHeader chapter={chapter} />
      {me && session ? (
        <ChapterEditor
          key={chapterId}
          session={session}
          me={me}
          // Per chapter: a specialist edits only their own target group's description.
          canEdit={chapter.viewerCan.editText}
          role={project.myMembership?.role ?? null}
          onSaveState={onSaveState}
        />
      ) : (
        <Loading />
      )}
      <ApprovalPanel chapterId={chapterId} />
      <CommentSidebar chapterId={chapterId} />
    </article>
  );
}
