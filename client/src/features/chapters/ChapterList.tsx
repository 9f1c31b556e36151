import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { chapterStatusClass, chapterStatusKey } from '../../lib/labels';
import { CREATE_CHAPTER, DELETE_CHAPTER, RENAME_CHAPTER, REORDER_CHAPTERS } from './operations';

interface Chapter {
  id: string;
  title: string;
  status: string;
}

interface Props {
  documentId: string;
  documentTitle: string;
  chapters: readonly Chapter[];
  canManage: boolean;
  /** Reload the project after a change, so positions and lists come from the server. */
  onChanged: () => Promise<unknown>;
}

function RenameForm({ chapter, onDone }: { chapter: Chapter; onDone: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(chapter.title);
  const [error, setError] = useState<unknown>(null);
  const [rename, { loading }] = useMutation(RENAME_CHAPTER);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const id = `rename-${chapter.id}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await rename({ variables: { id: chapter.id, title: title.trim() } });
      onDone();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="inline-form" noValidate>
      <ErrorAlert error={error} />
      <div className="form-group">
        <label className="form-label" htmlFor={id}>
          {t('chapters.newTitle')}
        </label>
        <input
          ref={inputRef}
          className="form-input"
          id={id}
          value={title}
          maxLength={300}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" disabled={loading}>
          {t('common.save')}
        </button>
        <button type="button" className="button button-tertiary button-small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function AddChapterForm({
  documentId,
  onChanged,
}: {
  documentId: string;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_CHAPTER);
  const id = `new-chapter-${documentId}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setAdded(null);
    try {
      await create({ variables: { input: { documentId, title: title.trim() } } });
      await onChanged();
      setAdded(title.trim());
      setTitle('');
    } catch (e) {
      setError(e);
    }
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="add-chapter" noValidate>
      <ErrorAlert error={error} />
      <div className="form-group">
        <label className="form-label" htmlFor={id}>
          {t('chapters.addLabel')}
        </label>
        <div className="input-with-button">
          <input
            className="form-input"
            id={id}
            value={title}
            maxLength={300}
            onChange={(e) => setTitle(e.target.value)}
          />
          <button type="submit" className="button button-secondary" disabled={loading}>
            {t('chapters.add')}
          </button>
        </div>
      </div>
      <p role="status" className="visually-hidden">
        {added ? t('chapters.added', { title: added }) : ''}
      </p>
    </form>
  );
}

/** A document's chapters in order; coordinators also rename, move and delete them here. */
export function ChapterList({ documentId, documentTitle, chapters, canManage, onChanged }: Props) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState<string | null>(null);
  // The move, rename and delete buttons are shown on request: four per chapter made the page noisy to tab through.
  const [arranging, setArranging] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const [reorder, { loading: moving }] = useMutation(REORDER_CHAPTERS);
  const [remove] = useMutation(DELETE_CHAPTER);
  const listRef = useRef<HTMLOListElement>(null);

  async function move(index: number, delta: -1 | 1) {
    const ids = chapters.map((c) => c.id);
    const target = index + delta;
    [ids[index], ids[target]] = [ids[target], ids[index]];
    setError(null);
    try {
      await reorder({ variables: { input: { documentId, chapterIds: ids } } });
      await onChanged();
      setAnnouncement(
        t('chapters.moved', { title: chapters[index].title, position: target + 1, count: ids.length }),
      );
      // Keep the keyboard on the same button of the moved chapter when it still exists.
      const direction = delta < 0 ? 'up' : 'down';
      requestAnimationFrame(() => {
        const button = listRef.current?.querySelector<HTMLButtonElement>(
          `[data-chapter="${chapters[index].id}"][data-move="${direction}"]:not([disabled])`,
        );
        (
          button ??
          listRef.current?.querySelector<HTMLButtonElement>(
            `[data-chapter="${chapters[index].id}"][data-move]:not([disabled])`,
          )
        )?.focus();
      });
    } catch (e) {
      setError(e);
    }
  }

  async function del(chapter: Chapter) {
    setError(null);
    try {
      await remove({ variables: { id: chapter.id } });
      await onChanged();
      setAnnouncement(t('chapters.deleted', { title: chapter.title }));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <ErrorAlert error={error} />
      {canManage && chapters.length > 0 && (
        <p className="chapter-list__arrange">
          <button
            type="button"
            className="button button-secondary button-small"
            aria-pressed={arranging}
            onClick={() => setArranging(!arranging)}
          >
            {t('chapters.arrange')}
          </button>
        </p>
      )}
      {chapters.length === 0 ? (
        <p>{t('chapters.none')}</p>
      ) : (
        <ol
          className="chapter-list"
          ref={listRef}
          aria-label={t('chapters.listLabel', { document: documentTitle })}
        >
          {chapters.map((chapter, index) => (
            <li key={chapter.id} className="chapter-item">
              {renaming === chapter.id ? (
                <RenameForm
                  chapter={chapter}
                  onDone={() => {
                    setRenaming(null);
                    void onChanged();
                  }}
                />
              ) : (
                <div className="chapter-row">
                  <span className="chapter-number" aria-hidden="true">
                    {index + 1}.
                  </span>
                  <Link to={`/chapters/${chapter.id}`} className="chapter-title">
                    {chapter.title}
                  </Link>
                  <span className={chapterStatusClass(chapter.status)}>
                    <span className="visually-hidden">{t('chapters.status')}: </span>
                    {t(chapterStatusKey(chapter.status))}
                  </span>
                  {canManage && arranging && (
                    <span className="chapter-actions">
                      <button
                        type="button"
                        className="button button-tertiary button-small"
                        aria-label={t('chapters.moveUpLabel', { title: chapter.title })}
                        data-chapter={chapter.id}
                        data-move="up"
                        disabled={index === 0 || moving}
                        onClick={() => void move(index, -1)}
                      >
                        {t('chapters.moveUp')}
                      </button>
                      <button
                        type="button"
                        className="button button-tertiary button-small"
                        aria-label={t('chapters.moveDownLabel', { title: chapter.title })}
                        data-chapter={chapter.id}
                        data-move="down"
                        disabled={index === chapters.length - 1 || moving}
                        onClick={() => void move(index, 1)}
                      >
                        {t('chapters.moveDown')}
                      </button>
                      <button
                        type="button"
                        className="button button-tertiary button-small"
                        aria-label={t('chapters.renameLabel', { title: chapter.title })}
                        onClick={() => setRenaming(chapter.id)}
                      >
                        {t('chapters.rename')}
                      </button>
                      <ConfirmButton
                        label={t('chapters.delete')}
                        accessibleLabel={t('chapters.deleteLabel', { title: chapter.title })}
                        question={t('chapters.deleteQuestion', { title: chapter.title })}
                        confirmLabel={t('chapters.deleteConfirm')}
                        onConfirm={() => del(chapter)}
                      />
                    </span>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {canManage && <AddChapterForm documentId={documentId} onChanged={onChanged} />}
    </>
  );
}
