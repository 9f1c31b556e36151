import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { orgLabel } from '../../lib/format';
import { readFragment } from '../../lib/graphql';
import { useAction } from '../../lib/useAction';
import { useMe } from '../auth/useMe';
import { CommentThread } from './CommentThread';
import { COMMENT_FIELDS } from './CommentThread.fragments';
import { COMMENT_ERRORS } from './commentView';
import './i18n';
import { MentionTextarea, mentionedIds, type Mentionable } from './MentionTextarea';
import { useCoalescedRefetch } from './useCoalescedRefetch';
import { CHAPTER_COMMENTS, CHAPTER_ROUNDS, CREATE_COMMENT, REVIEW_EVENTS } from './operations';
import './review.css';

const FILTERS = ['all', 'open', 'resolved', 'mine'] as const;

/** A text selection the editor hands over to comment on (or to propose a change for). */
export interface CommentDraft {
  anchor: string;
  head: string;
  quote: string;
  oneBlock: boolean;
  proposal: boolean;
  /** A new request each time the user clicks, so the form refocuses. */
  requestedAt: number;
}

interface Props {
  chapterId: string;
  draft: CommentDraft | null;
  onDraftDone: () => void;
  /** The thread selected in the editor or here. */
  activeId: string | null;
  /** Bumped when a highlight was clicked: bring that thread into view. */
  focusRequest: number;
  /**
   * Also move keyboard focus to it: for readers. Someone editing keeps typing
   * in the text; the thread is marked as the current one.
   */
  moveFocus: boolean;
  /** Threads whose text the live editor no longer has (detached since the last refetch). */
  detachedIds: readonly string[];
  onShowInText: (id: string) => void;
}

/** Comment form for the editor's selection: a comment, or a change proposal with the new text. */
function SelectionComposer({
  chapterId,
  draft,
  members,
  onDone,
  onCreated,
}: {
  chapterId: string;
  draft: CommentDraft;
  members: readonly Mentionable[];
  onDone: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation('review');
  const id = useId();
  const [body, setBody] = useState('');
  const [proposal, setProposal] = useState(draft.quote);
  const [bodyError, setBodyError] = useState('');
  const action = useAction();
  const [create] = useMutation(CREATE_COMMENT);
  const proposing = draft.proposal && draft.oneBlock;

  useEffect(() => {
    document.getElementById(proposing ? `${id}-proposal` : `${id}-body`)?.focus();
  }, [draft.requestedAt, id, proposing]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    action.reset();
    if (!body.trim()) {
      setBodyError(t('sidebar.bodyRequired'));
      document.getElementById(`${id}-body`)?.focus();
      return;
    }
    setBodyError('');
    const text = body.trim();
    const input = {
      chapterId,
      body: text,
      range: { anchor: draft.anchor, head: draft.head, quote: draft.quote },
      proposal: proposing ? proposal : null,
      mentionedUserIds: mentionedIds(text, members),
    };
    await action.run(async () => {
      const { data } = await create({ variables: { input } });
      if (data) onCreated(readFragment(COMMENT_FIELDS, data.createComment).id);
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="selection-composer">
      <h3 className="h4">{proposing ? t('sidebar.proposalHeading') : t('sidebar.selectionHeading')}</h3>
      <p className="form-label">{t('sidebar.selectedText')}</p>
      <blockquote className="review-quote">»{draft.quote}«</blockquote>
      {draft.proposal && !draft.oneBlock && (
        <Alert variant="info">
          <p>{t('sidebar.proposalOneBlock')}</p>
        </Alert>
      )}
      <ErrorAlert error={action.error} overrides={COMMENT_ERRORS} />
      {proposing && (
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-proposal`}>
            {t('sidebar.proposalLabel')}
          </label>
          <span className="form-hint" id={`${id}-proposal-hint`}>
            {t('sidebar.proposalHint')}
          </span>
          <textarea
            className="form-input"
            id={`${id}-proposal`}
            rows={3}
            maxLength={20000}
            value={proposal}
            aria-describedby={`${id}-proposal-hint`}
            onChange={(e) => setProposal(e.target.value)}
          />
        </div>
      )}
      <div className={`form-group${bodyError ? ' form-error' : ''}`}>
        {bodyError && (
          <span className="form-error-message" id={`${id}-body-error`}>
            {bodyError}
          </span>
        )}
        <MentionTextarea
          id={`${id}-body`}
          label={t('sidebar.commentLabel')}
          value={body}
          onChange={setBody}
          members={members}
          invalid={Boolean(bodyError)}
          describedBy={bodyError ? `${id}-body-error` : undefined}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={action.pending}>
        {proposing ? t('sidebar.submitProposal') : t('sidebar.submitComment')}
      </button>{' '}
      <button type="button" className="button button-tertiary" onClick={onDone}>
        {t('sidebar.cancel')}
      </button>
    </form>
  );
}

/**
 * The chapter's comment threads beside the editor, in text order: filters,
 * comments on the editor's selection and on the whole chapter, replies with
 * @mentions, edit and delete, proposals, dispositions, resolve; live.
 */
export function CommentSidebar({
  chapterId,
  draft,
  onDraftDone,
  activeId,
  focusRequest,
  moveFocus,
  detachedIds,
  onShowInText,
}: Props) {
  const { t } = useTranslation('review');
  const id = useId();
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(CHAPTER_COMMENTS, {
    variables: { chapterId },
    fetchPolicy: 'cache-and-network',
  });
  const chapter = data?.chapter;
  const rounds = useQuery(CHAPTER_ROUNDS, {
    variables: { documentId: chapter?.documentId ?? '' },
    skip: !chapter,
  });
  const [filter, setFilter] = useState<string>('open');
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState('');
  const action = useAction();
  // A comment made on the editor's selection is announced here too: its form is gone by then.
  const [selectionMessage, setSelectionMessage] = useState('');
  const [create] = useMutation(CREATE_COMMENT);
  const threadRefs = useRef(new Map<string, HTMLLIElement>());
  // After "Send kommentar" the form goes away: focus moves to the new thread once it is listed.
  const focusNew = useRef<string | null>(null);
  useEffect(() => {
    const element = focusNew.current && threadRefs.current.get(focusNew.current);
    if (!element) return;
    focusNew.current = null;
    element.scrollIntoView({ block: 'nearest' });
    element.focus({ preventScroll: true });
  });
  const refresh = useCoalescedRefetch(refetch);
  const refreshRounds = useCoalescedRefetch(rounds.refetch);
  useSubscription(REVIEW_EVENTS, {
    variables: { documentId: chapter?.documentId ?? '' },
    skip: !chapter,
    onData: ({ data: event }) => {
      const e = event.data?.reviewEvents;
      if (!e) return;
      if (e.type.startsWith('ROUND_')) refreshRounds();
      if (!e.chapterId || e.chapterId === chapterId) refresh();
    },
  });

  // A highlight was clicked: bring its thread into view and give it focus (showing it if filtered out).
  useEffect(() => {
    if (!focusRequest || !activeId) return;
    const element = threadRefs.current.get(activeId);
    if (element) {
      element.scrollIntoView({ block: 'nearest' });
      if (moveFocus) element.focus({ preventScroll: true });
    } else setFilter('all');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new click moves focus
  }, [focusRequest, activeId]);

  if (loading && !data) return <Loading />;
  if (error || !chapter || !data) return <ErrorAlert error={error} />;

  const commenting = chapter.viewerCan;
  const roundList = rounds.data?.reviewRounds ?? [];
  // The latest round that includes this chapter: where an internal comment can be chosen for the report.
  const reportRound =
    [...roundList]
      .filter((r) => r.chapterIds.includes(chapterId))
      .sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0] ?? null;
  const commentThreads = data.commentThreads.map((thread) => ({
    ...readFragment(COMMENT_FIELDS, thread),
    replies: readFragment(COMMENT_FIELDS, thread.replies),
    mentionable: thread.viewerCan.mentionable,
  }));
  const organizations = [
    ...new Map(commentThreads.map((c) => [c.organization.id, c.organization])).values(),
  ].sort((a, b) => orgLabel(a).localeCompare(orgLabel(b), 'da'));
  // Text order: anchored threads by where their range is now; whole-chapter and detached ones after.
  const ordered = [...commentThreads].sort(
    (a, b) => (a.anchor?.from ?? Number.MAX_SAFE_INTEGER) - (b.anchor?.from ?? Number.MAX_SAFE_INTEGER),
  );
  const threads = ordered.filter((c) =>
    filter === 'open'
      ? !c.resolved
      : filter === 'resolved'
        ? c.resolved
        : filter === 'mine'
          ? c.author.id === me?.id || c.replies.some((r) => r.author.id === me?.id)
          : filter.startsWith('org:')
            ? c.organization.id === filter.slice(4)
            : true,
  );
  const mentionable = commenting.mentionable;

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    action.reset();
    setSelectionMessage('');
    if (!body.trim()) {
      setBodyError(t('sidebar.bodyRequired'));
      document.getElementById(`${id}-body`)?.focus();
      return;
    }
    setBodyError('');
    const text = body.trim();
    const input = { chapterId, body: text, mentionedUserIds: mentionedIds(text, mentionable) };
    const added = await action.run(
      async () => {
        const { data: created } = await create({ variables: { input } });
        focusNew.current = created ? readFragment(COMMENT_FIELDS, created.createComment).id : null;
      },
      { success: t('sidebar.added') },
    );
    if (!added) return;
    setBody('');
    refresh();
  }

  return (
    <aside className="comment-sidebar" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="h3">
        {t('sidebar.heading')}
      </h2>
      {commenting.commentRefusal && (
        <Alert variant="info">
          <p>{t(`sidebar.access.${commenting.commentRefusal}`)}</p>
        </Alert>
      )}
      {commenting.comment && draft && (
        <SelectionComposer
          key={draft.requestedAt}
          chapterId={chapterId}
          draft={draft}
          members={mentionable}
          onDone={onDraftDone}
          onCreated={(newId) => {
            focusNew.current = newId;
            action.reset();
            setSelectionMessage(t('sidebar.added'));
            setFilter((f) => (f === 'resolved' ? 'open' : f));
            refresh();
          }}
        />
      )}
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-filter`}>
          {t('sidebar.filter')}
        </label>
        <select
          className="form-select"
          id={`${id}-filter`}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        >
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`sidebar.${f}`)}
            </option>
          ))}
          {organizations.map((o) => (
            <option key={o.id} value={`org:${o.id}`}>
              {t('sidebar.byOrganization', { organization: orgLabel(o) })}
            </option>
          ))}
        </select>
      </div>
      {threads.length === 0 ? (
        <p>{t('sidebar.none')}</p>
      ) : (
        <ul className="unstyled-list">
          {threads.map((thread) => (
            <CommentThread
              key={thread.id}
              ref={(el) => {
                if (el) threadRefs.current.set(thread.id, el);
                else threadRefs.current.delete(thread.id);
              }}
              thread={
                detachedIds.includes(thread.id) && thread.anchor
                  ? { ...thread, anchor: { ...thread.anchor, detached: true } }
                  : thread
              }
              active={thread.id === activeId}
              reportRound={reportRound}
              mentionable={thread.mentionable}
              onShowInText={
                thread.anchor && !thread.anchor.detached && !thread.deleted
                  ? () => onShowInText(thread.id)
                  : null
              }
              onChanged={refresh}
            />
          ))}
        </ul>
      )}
      {commenting.comment && (
        <form onSubmit={(e) => void onCreate(e)} noValidate className="mt-5">
          <h3 className="h4">{t('sidebar.newHeading')}</h3>
          <ErrorAlert error={action.error} overrides={COMMENT_ERRORS} />
          <div className={`form-group${bodyError ? ' form-error' : ''}`}>
            {bodyError && (
              <span className="form-error-message" id={`${id}-body-error`}>
                {bodyError}
              </span>
            )}
            <MentionTextarea
              id={`${id}-body`}
              label={t('sidebar.newLabel')}
              value={body}
              onChange={setBody}
              members={mentionable}
              invalid={Boolean(bodyError)}
              describedBy={bodyError ? `${id}-body-error` : undefined}
            />
          </div>
          <button type="submit" className="button button-primary" disabled={action.pending}>
            {t('sidebar.newSubmit')}
          </button>
        </form>
      )}
      <p role="status" className="status-line">
        {selectionMessage || action.message}
      </p>
    </aside>
  );
}
