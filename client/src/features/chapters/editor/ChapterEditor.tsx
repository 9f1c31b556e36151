import { CHAPTER_FRAGMENT, chapterExtensions } from '@samskriv/schema';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { renderCaret, renderSelection } from './caret';
import { CaretMode, caretModeKey } from './caretMode';
import {
  COMMENT_SELECT_EVENT,
  CommentHighlights,
  commentHighlightsKey,
  resolveHighlight,
  type HighlightComment,
} from './commentHighlights';
import { SearchHighlights, searchHighlightsKey } from './searchHighlights';
import { SelectionActions } from './SelectionActions';
import { ySyncState } from './ySyncState';
import type { SelectionRange } from './selectionRange';
import { EditorToolbar } from './EditorToolbar';
import { LinkForm } from './LinkForm';
import { PresenceList } from './PresenceList';
import { SaveStatus } from './SaveStatus';
import { ShortcutList } from './ShortcutList';
import { useAwarenessUsers, type CaretUser } from './useAwarenessUsers';
import { deriveSaveState, useConnectionState, type CollabSession, type SaveState } from './useCollabSession';
import { userColor } from './userColor';
import { configureSuggestMode, SuggestMode } from './suggestMode';
import { SuggestionLabels, suggestionLabelsKey } from './suggestionLabels';
import { formatDateTime, orgLabel } from '../../../lib/format';

interface Props {
  session: CollabSession;
  me: { id: string; name: string; organization: { id: string; name: string; shortName?: string | null } };
  /** What the project grants (GraphQL); the socket may still narrow it to read-only. */
  canEdit: boolean;
  /** The server's answer to whether the caller writes only suggestions here (a reviewer in an open round). */
  suggestOnly: boolean;
  role: string | null;
  /** Why a read-only reader may or may not comment now (from the rounds), instead of the role's general note. */
  readOnlyNote?: string | null;
  onSaveState?: (state: SaveState) => void;
  /** Anchored comments to highlight (resolved against the live Y.Doc, so they follow edits). */
  highlights?: HighlightComment[];
  activeCommentId?: string | null;
  /** A highlight was clicked. */
  onHighlightSelect?: (commentId: string) => void;
  /** Offered when the caller may comment: comment on (or propose a change for) the selection. */
  onComment?: ((range: SelectionRange, proposal: boolean) => void) | null;
  /** Scroll to and select a comment's range (from the sidebar); a new object each time. */
  reveal?: { id: string } | null;
  /** The highlighted comments whose text is gone from the live document now (detached). */
  onDetachedChange?: (ids: string[]) => void;
  /** Words a search result matched: marked in the text, and the first one scrolled into view. */
  searchWords?: string[];
  /** Who made each in-text suggestion (by suggestion id), from its thread: named on the marks. */
  suggesters?: Record<string, SuggesterName>;
}

export interface SuggesterName {
  name: string;
  organization: string;
}

/** The co-edited chapter text: TipTap on the chapter's Y.Doc, with carets, presence and an honest save state. */
export function ChapterEditor({
  session,
  me,
  canEdit,
  suggestOnly,
  role,
  readOnlyNote,
  onSaveState,
  highlights,
  activeCommentId = null,
  onHighlightSelect,
  onComment,
  reveal,
  onDetachedChange,
  searchWords,
  suggesters,
}: Props) {
  const { t, i18n } = useTranslation('chapters');
  const { provider, doc } = session;
  const connection = useConnectionState(provider);
  // The socket's scope is what the server enforces, and it follows role changes (the server closes the
  // connection when a membership changes); the project's permission only decides until it arrives.
  const readOnly =
    Boolean(connection.refused) || (connection.scope ? connection.scope === 'readonly' : !canEdit);
  const downgraded = canEdit && connection.scope === 'readonly';
  // A reviewer in an open round writes through a suggest-only socket ('read-write' scope, checked by the
  // server): always in suggestion mode. A writable socket without the right to edit the text is such a
  // socket, so this holds from the first keystroke, before the query that says `suggestOnly` has answered.
  const reviewerSuggests = !readOnly && (suggestOnly || !canEdit);
  const [suggestChosen, setSuggestChosen] = useState(false);
  // "Uden forslag" shows the text as it stands without the pending suggestions (read, not written).
  const [withoutSuggestions, setWithoutSuggestions] = useState(false);
  const viewId = useId();
  const suggesting = !readOnly && (reviewerSuggests || suggestChosen);
  const writable = !readOnly && !withoutSuggestions;
  const [suggestRefused, setSuggestRefused] = useState(0);
  const saveState = deriveSaveState(connection);
  const users = useAwarenessUsers(provider, me.id);
  const [linkOpen, setLinkOpen] = useState(false);
  // A reader's caret (F7 or the toggle): moves and selects in the text, never changes it.
  const [caretMode, setCaretMode] = useState(false);
  const [caretAnnouncement, setCaretAnnouncement] = useState('');
  const caretOn = caretMode && !writable;
  const toolbarRef = useRef<HTMLDivElement>(null);
  // The editor's key handler is created once; it reads the current mode through this ref.
  const readOnlyRef = useRef(readOnly);
  useEffect(() => {
    readOnlyRef.current = readOnly;
  }, [readOnly]);

  const editor = useEditor(
    {
      extensions: [
        ...chapterExtensions(),
        Collaboration.configure({ document: doc, field: CHAPTER_FRAGMENT }),
        CollaborationCaret.configure({
          provider,
          user: { id: me.id, name: me.name, color: userColor(me.id), canEdit } satisfies CaretUser,
          render: renderCaret,
          selectionRender: renderSelection,
        }),
        CommentHighlights,
        SuggestMode,
        SuggestionLabels,
        SearchHighlights,
        CaretMode,
      ],
      editable: !readOnly,
      editorProps: {
        attributes: {
          id: 'chapter-editor',
          class: 'chapter-prose',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('editor.label'),
        },
        handleKeyDown: (_view, event) => {
          const mod = event.ctrlKey || event.metaKey;
          if (event.altKey && event.key === 'F10') {
            toolbarRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
            return true;
          }
          if (
            mod &&
            !event.shiftKey &&
            !event.altKey &&
            event.key.toLowerCase() === 'k' &&
            !readOnlyRef.current
          ) {
            setLinkOpen(true);
            return true;
          }
          return false;
        },
      },
    },
    [session],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(caretModeKey, caretOn).setMeta('addToHistory', false));
    editor.setEditable(writable || caretOn);
    editor.view.dom.setAttribute('aria-readonly', String(!writable));
  }, [editor, writable, caretOn]);

  const toggleCaretMode = (on: boolean) => {
    setCaretMode(on);
    setCaretAnnouncement(t(on ? 'caret.on' : 'caret.off'));
    if (on && editor) {
      // Once the editor takes a caret (after the effect above): at the start unless something is selected.
      window.requestAnimationFrame(() => {
        if (editor.isDestroyed) return;
        editor.commands.focus(editor.state.selection.empty ? 'start' : undefined);
      });
    }
  };
  const toggleCaretRef = useRef(toggleCaretMode);
  const caretOnRef = useRef(caretOn);
  useEffect(() => {
    toggleCaretRef.current = toggleCaretMode;
    caretOnRef.current = caretOn;
  });

  // F7 (as browsers name caret browsing) anywhere on the page, while the text is not writable.
  useEffect(() => {
    if (writable) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F7' || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      toggleCaretRef.current(!caretOnRef.current);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [writable]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const label = (
      kind: 'insertion' | 'deletion',
      attrs: { authorId: string | null; id: string | null; createdAt: string | null },
    ) => {
      const known = attrs.id ? suggesters?.[attrs.id] : undefined;
      const who =
        attrs.authorId === me.id
          ? { name: me.name, organization: orgLabel(me.organization) }
          : (known ?? { name: t('suggest.someone'), organization: '–' });
      return t(`suggest.label.${kind}`, {
        ...who,
        time: attrs.createdAt ? formatDateTime(attrs.createdAt, i18n.language) : '–',
      });
    };
    editor.view.dispatch(
      editor.state.tr.setMeta(suggestionLabelsKey, { label }).setMeta('addToHistory', false),
    );
  }, [editor, suggesters, me.id, me.name, me.organization, t, i18n.language]);

  useEffect(() => {
    if (!editor) return;
    configureSuggestMode(editor, {
      enabled: suggesting,
      author: { authorId: me.id, organizationId: me.organization.id },
      onRefused: () => setSuggestRefused((n) => n + 1),
    });
  }, [editor, suggesting, me.id, me.organization.id]);

  // Others' presence lists show whether I write or only read.
  useEffect(() => {
    if (!editor) return;
    editor.commands.updateUser({
      id: me.id,
      name: me.name,
      color: userColor(me.id),
      canEdit: !readOnly,
    } satisfies CaretUser);
  }, [editor, me.id, me.name, readOnly]);

  useEffect(() => onSaveState?.(saveState), [saveState, onSaveState]);

  // A range whose text someone deletes now is detached before the server says so on the next refetch.
  useEffect(() => {
    if (!editor || !onDetachedChange) return;
    let last = '';
    const check = () => {
      if (!ySyncState(editor.state)) return;
      const ids = (highlights ?? []).filter((h) => !resolveHighlight(editor.state, h)).map((h) => h.id);
      const key = ids.join(',');
      if (key === last) return;
      last = key;
      onDetachedChange(ids);
    };
    check();
    editor.on('transaction', check);
    return () => {
      editor.off('transaction', check);
    };
  }, [editor, highlights, onDetachedChange]);

  useEffect(() => {
    if (!editor || !onHighlightSelect) return;
    const dom = editor.view.dom;
    const onSelect = (event: Event) => onHighlightSelect((event as CustomEvent<string>).detail);
    dom.addEventListener(COMMENT_SELECT_EVENT, onSelect);
    return () => dom.removeEventListener(COMMENT_SELECT_EVENT, onSelect);
  }, [editor, onHighlightSelect]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(
      editor.state.tr
        .setMeta(commentHighlightsKey, { comments: highlights ?? [], activeId: activeCommentId })
        .setMeta('addToHistory', false),
    );
  }, [editor, highlights, activeCommentId]);

  // From a search result: mark the matched words, and bring the first into view once the text is there.
  const searchKey = (searchWords ?? []).join(' ');
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const words = searchKey ? searchKey.split(' ') : [];
    editor.view.dispatch(
      editor.state.tr.setMeta(searchHighlightsKey, { words }).setMeta('addToHistory', false),
    );
    if (words.length === 0) return;
    let timer: number | undefined;
    const show = () => {
      if (!editor.view.dom.querySelector('.search-highlight--first')) return false;
      // After the page has focused its heading (which scrolls to the top), not before.
      timer = window.setTimeout(
        () => editor.view.dom.querySelector('.search-highlight--first')?.scrollIntoView({ block: 'center' }),
        150,
      );
      return true;
    };
    if (show()) return () => window.clearTimeout(timer);
    const onTransaction = () => {
      if (show()) editor.off('transaction', onTransaction);
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
      window.clearTimeout(timer);
    };
  }, [editor, searchKey]);

  // From the sidebar: show the comment's range and select it (keyboard users reach it this way).
  useEffect(() => {
    if (!editor || editor.isDestroyed || !reveal) return;
    const comment = highlights?.find((h) => h.id === reveal.id);
    const range = comment && resolveHighlight(editor.state, comment);
    if (!range) return;
    // Someone editing gets the caret on the range; a reader sees it marked as the current one.
    if (editor.isEditable) editor.chain().setTextSelection(range).focus().scrollIntoView().run();
    editor.view.dom.querySelector(`mark[data-comment-id="${CSS.escape(reveal.id)}"]`)?.scrollIntoView({
      block: 'center',
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new request moves the view
  }, [editor, reveal]);

  // Closing or reloading the tab would drop edits the server has not acknowledged.
  useEffect(() => {
    if (readOnly) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (provider.unsyncedChanges > 0) {
        event.preventDefault();
        // Older browsers show the dialog only when returnValue is set.
        event.returnValue = t('save.unloadWarning');
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [provider, readOnly, t]);

  return (
    <div className="chapter-editor">
      <div className="chapter-editor__bar">
        <PresenceList users={users} />
        <SaveStatus state={saveState} readOnly={readOnly} />
      </div>

      {connection.refused && (
        <Alert variant="error" role="alert" heading={t('connection.refusedHeading')}>
          <p>
            {t('connection.refused', {
              reason: t(
                ['unauthenticated', 'not-found'].includes(connection.refused)
                  ? `connection.reasons.${connection.refused}`
                  : 'connection.reasons.other',
              ),
            })}
          </p>
        </Alert>
      )}

      {!connection.refused && (
        <div className="suggest-mode">
          {readOnly ? null : reviewerSuggests ? (
            <p className="suggest-mode__note">{t('suggest.reviewer')}</p>
          ) : (
            <div className="form-group-checkbox suggest-mode__toggle">
              <input
                className="form-checkbox"
                type="checkbox"
                id={`${viewId}-suggest`}
                checked={suggestChosen}
                onChange={(event) => setSuggestChosen(event.target.checked)}
              />
              <label htmlFor={`${viewId}-suggest`}>{t('suggest.toggle')}</label>
            </div>
          )}
          <fieldset className="suggest-view">
            <legend>{t('suggest.view.legend')}</legend>
            {(['with', 'without'] as const).map((view) => (
              <div className="form-group-radio" key={view}>
                <input
                  className="form-radio"
                  type="radio"
                  id={`${viewId}-${view}`}
                  name={`${viewId}-view`}
                  checked={withoutSuggestions === (view === 'without')}
                  onChange={() => setWithoutSuggestions(view === 'without')}
                />
                <label htmlFor={`${viewId}-${view}`}>{t(`suggest.view.${view}`)}</label>
              </div>
            ))}
          </fieldset>
          <p className="suggest-mode__refused" role="status">
            {suggestRefused > 0 ? t('suggest.refused', { count: suggestRefused }) : ''}
          </p>
        </div>
      )}

      {readOnly && !connection.refused && (
        <Alert variant="info" heading={t('readOnly.heading')}>
          <p>
            {downgraded
              ? t('readOnly.changed')
              : (readOnlyNote ??
                t(role === 'REVIEWER' || role === 'OBSERVER' ? `readOnly.${role}` : 'readOnly.other'))}
          </p>
        </Alert>
      )}

      {writable && !suggesting && editor && (
        <div className="chapter-editor__tools">
          <EditorToolbar
            editor={editor}
            toolbarRef={toolbarRef}
            linkOpen={linkOpen}
            onLink={() => setLinkOpen((o) => !o)}
          />
          {linkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
        </div>
      )}

      {!writable && !connection.refused && editor && (
        <div className="chapter-editor__tools" role="toolbar" aria-label={t('caret.toolbar')}>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-pressed={caretOn}
            aria-keyshortcuts="F7"
            onClick={() => toggleCaretMode(!caretOn)}
          >
            {t('caret.toggle')}
          </button>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {caretAnnouncement}
      </p>

      {editor && onComment && <SelectionActions editor={editor} onComment={onComment} />}

      <div
        className={`chapter-editor__surface${readOnly ? ' chapter-editor__surface--readonly' : ''}${suggesting && writable ? ' chapter-editor__surface--suggesting' : ''}${withoutSuggestions ? ' chapter-editor__surface--accepted' : ''}`}
      >
        {saveState === 'connecting' && !connection.everSynced && (
          <p className="chapter-editor__loading" aria-hidden="true">
            {t('editor.loading')}
          </p>
        )}
        <EditorContent editor={editor} />
      </div>

      {!readOnly && <ShortcutList />}
    </div>
  );
}
