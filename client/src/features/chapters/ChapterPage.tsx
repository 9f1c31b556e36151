import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { orgLabel } from '../../lib/format';
import { readFragment } from '../../lib/graphql';
import { ApprovalPanel } from '../approvals/ApprovalPanel';
import { useMe } from '../auth/useMe';
import { CommentSidebar, type CommentDraft } from '../review/CommentSidebar';
import { COMMENT_FIELDS } from '../review/CommentThread.fragments';
import { SuggestionDecisions } from '../review/SuggestionDecisions';
import { CHAPTER_COMMENTS } from '../review/operations';
import type { HighlightComment } from './editor/commentHighlights';
import type { SelectionRange } from './editor/selectionRange';
import { ChapterEditor } from './editor/ChapterEditor';
import { useCollabSession, type SaveState } from './editor/useCollabSession';
import { ChapterHeader } from './ChapterHeader';
import './i18n';
import { CHAPTER, CHAPTER_STATS } from './operations';
import './chapters.css';

/** The reviewer's read-only note for each reason the server gives for refusing a comment. */
const REFUSAL_NOTE = {
  OBSERVER: 'observer',
  NO_OPEN_ROUND: 'noOpenRound',
  CHAPTER_NOT_IN_ROUND: 'chapterNotInRound',
  NOT_ON_HEARING_LIST: 'notOnHearingList',
} as const;

/** How often the header's word count and "last edited" catch up while nobody here saves. */
const STATS_POLL_MS = 30_000;
/** After our own save, wait a moment so a burst of typing refreshes the header once. */
const STATS_AFTER_SAVE_MS = 2_000;

/** A chapter: its place and facts in the header, and the co-edited text below. */
export function ChapterPage() {
  const { t } = useTranslation('chapters');
  const { chapterId = '' } = useParams();
  // From a search result: ?highlight=words marks them in the text; ?comment=id opens that thread.
  const [searchParams] = useSearchParams();
  const highlightParam = searchParams.get('highlight') ?? '';
  const searchWords = useMemo(() => highlightParam.split(/\s+/).filter(Boolean), [highlightParam]);
  const commentParam = searchParams.get('comment');
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
  // The sidebar runs these queries; the editor reads the same cache for its highlights and rights.
  const comments = useQuery(CHAPTER_COMMENTS, { variables: { chapterId }, skip: !data?.chapter });
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [reveal, setReveal] = useState<{ id: string } | null>(null);
  const [detachedIds, setDetachedIds] = useState<string[]>([]);
  const threads = comments.data && readFragment(COMMENT_FIELDS, comments.data.commentThreads);
  const highlights = useMemo<HighlightComment[]>(
    () =>
      (threads ?? []).flatMap((c) =>
        c.anchor && !c.anchor.detached && !c.deleted && !c.resolved
          ? [
              {
                id: c.id,
                anchor: c.anchor.anchor,
                head: c.anchor.head,
                label: t('comment.highlightOf', { name: c.author.name }),
                resolved: c.resolved,
              },
            ]
          : [],
      ),
    [threads, t],
  );
  const suggesters = useMemo(
    () =>
      Object.fromEntries(
        (threads ?? []).flatMap((c) =>
          c.suggestionId
            ? [[c.suggestionId, { name: c.author.name, organization: orgLabel(c.organization) }]]
            : [],
        ),
      ),
    [threads],
  );
  const pendingSuggestions = useMemo(
    () =>
      (threads ?? []).flatMap((c) =>
        c.suggestionId && c.proposalStatus === 'PENDING' && !c.deleted
          ? [{ suggestionId: c.suggestionId, author: c.author, organization: c.organization }]
          : [],
      ),
    [threads],
  );
  const onHighlightSelect = useCallback((id: string) => {
    setActiveId(id);
    setFocusRequest((n) => n + 1);
  }, []);
  const onComment = useCallback(
    (range: SelectionRange, proposal: boolean) => setDraft({ ...range, proposal, requestedAt: Date.now() }),
    [],
  );
  const onShowInText = useCallback((id: string) => {
    setActiveId(id);
    setReveal({ id });
  }, []);
  usePageTitle(chapter?.title ?? (error ? t('notFound.title') : null));

  // A comment from a search result (or any link with ?comment=): its thread comes forward once loaded.
  const [openedComment, setOpenedComment] = useState<string | null>(null);
  if (commentParam && openedComment !== commentParam && threads?.some((c) => c.id === commentParam)) {
    setOpenedComment(commentParam);
    setActiveId(commentParam);
    setFocusRequest((n) => n + 1);
    setReveal({ id: commentParam });
  }

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
  const mayComment = comments.data?.chapter.viewerCan.comment ?? false;
  const refusal = comments.data?.chapter.viewerCan.commentRefusal ?? 'NO_OPEN_ROUND';
  return (
    <article className="chapter-page" aria-labelledby="chapter-title">
      <ChapterHeader chapter={chapter} />
      <div className="chapter-workspace">
        <div className="chapter-workspace__text">
          {chapter.viewerCan.editText && (
            <SuggestionDecisions
              chapterId={chapterId}
              pending={pendingSuggestions}
              onDecided={() => void comments.refetch().catch(() => undefined)}
            />
          )}
          {me && session ? (
            <ChapterEditor
              key={chapterId}
              session={session}
              me={me}
              // Per chapter: a specialist edits only their own target group's description.
              canEdit={chapter.viewerCan.editText}
              suggestOnly={comments.data?.chapter.viewerCan.suggestOnly ?? false}
              role={project.myMembership?.role ?? null}
              readOnlyNote={
                project.myMembership?.role === 'REVIEWER'
                  ? t(mayComment ? 'readOnly.reviewerMay' : `readOnly.reviewer.${REFUSAL_NOTE[refusal]}`)
                  : null
              }
              onSaveState={onSaveState}
              highlights={highlights}
              activeCommentId={activeId}
              onHighlightSelect={onHighlightSelect}
              onComment={mayComment ? onComment : null}
              reveal={reveal}
              onDetachedChange={setDetachedIds}
              searchWords={searchWords}
              suggesters={suggesters}
            />
          ) : (
            <Loading />
          )}
        </div>
        <CommentSidebar
          chapterId={chapterId}
          draft={draft}
          onDraftDone={() => setDraft(null)}
          activeId={activeId}
          focusRequest={focusRequest}
          moveFocus={!chapter.viewerCan.editText}
          detachedIds={detachedIds}
          onShowInText={onShowInText}
        />
      </div>
      <ApprovalPanel chapterId={chapterId} />
    </article>
  );
}
