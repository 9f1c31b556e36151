import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { readFragment } from '../../lib/graphql';
import './i18n';
import { dateFromToday, deadlineOf } from './labels';
import { OPEN_REVIEW_ROUND } from './operations';
import { ROUND_FIELDS } from './round.fragments';

interface Named {
  id: string;
  title?: string;
  name?: string;
  shortName?: string | null;
}

/** Mirrors the server's rule: a round includes only chapters in draft or revision (or already in review). */
const ROUND_MAY_INCLUDE = ['DRAFT', 'REVISION', 'IN_REVIEW'];

const ERRORS = {
  CONFLICT: 'review:errors.chapterNotAvailable',
  'BAD_USER_INPUT:title': 'review:open.titleRequired',
  'BAD_USER_INPUT:deadline': 'review:errors.deadline',
  'BAD_USER_INPUT:chapterIds': 'review:open.chaptersRequired',
  'BAD_USER_INPUT:organizationIds': 'review:open.organizationsRequired',
};

interface TakenRound {
  id: string;
  title: string;
  chapterIds: string[];
}

function conflictRounds(error: unknown): TakenRound[] | null {
  const ext = (error as { errors?: { extensions?: Record<string, unknown> }[] } | null)?.errors?.[0]
    ?.extensions;
  return ext?.reason === 'CHAPTER_IN_OPEN_ROUND' && Array.isArray(ext.rounds)
    ? (ext.rounds as TakenRound[])
    : null;
}

/** Coordinators open a round: title, hearing letter, chapters, deadline (four weeks) and hearing list (all). */
export function OpenRoundForm({
  documentId,
  chapters,
  openRounds,
  organizations,
  onOpened,
}: {
  documentId: string;
  chapters: { id: string; title: string; status?: string }[];
  /** The document's open rounds: a chapter is in at most one open round at a time. */
  openRounds: { id: string; title: string; chapterIds: readonly string[] }[];
  organizations: Named[];
  onOpened: (roundId: string) => unknown;
}) {
  const { t } = useTranslation('review');
  const id = useId();
  const [title, setTitle] = useState('');
  const [letter, setLetter] = useState('');
  const [chapterIds, setChapterIds] = useState<string[]>([]);
  const [orgIds, setOrgIds] = useState<string[]>(() => organizations.map((o) => o.id));
  const [deadline, setDeadline] = useState(() => dateFromToday(28));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [open, { loading }] = useMutation(OPEN_REVIEW_ROUND);

  // The server names the chapters and the round that holds them (a round opened meanwhile, say).
  const takenMessage = (e: unknown) => {
    const rounds = conflictRounds(e);
    if (!rounds) return null;
    return rounds
      .map((r) =>
        t('errors.chapterInNamedRound', {
          round: r.title,
          chapters: r.chapterIds.map((cid) => chapters.find((c) => c.id === cid)?.title ?? cid).join(', '),
        }),
      )
      .join(' ');
  };

  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = t('open.titleRequired');
    if (chapterIds.length === 0) found.chapters = t('open.chaptersRequired');
    if (!deadline) found.deadline = t('open.deadlineRequired');
    if (organizations.length > 0 && orgIds.length === 0)
      found.organizations = t('open.organizationsRequired');
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    try {
      const result = await open({
        variables: {
          input: {
            documentId,
            title: title.trim(),
            letter,
            chapterIds,
            deadline: deadlineOf(deadline),
            organizationIds: organizations.length > 0 ? orgIds : null,
          },
        },
      });
      const round = readFragment(ROUND_FIELDS, result.data?.openReviewRound);
      if (round) onOpened(round.id);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-6">
      <h2 id={`${id}-heading`} className="h3">
        {t('open.heading')}
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <ErrorAlert error={error} overrides={ERRORS} />
        {takenMessage(error) && (
          <p className="form-error-message" role="alert">
            {takenMessage(error)}
          </p>
        )}
        <Field
          id={`${id}-title`}
          label={t('open.title')}
          value={title}
          onChange={setTitle}
          error={errors.title}
          required
          maxLength={300}
        />
        <Field
          id={`${id}-letter`}
          label={t('open.letter')}
          hint={t('open.letterHint')}
          value={letter}
          onChange={setLetter}
          multiline
          maxLength={50000}
        />
        <fieldset
          className={`review-checkboxes${errors.chapters ? ' form-error' : ''}`}
          aria-describedby={errors.chapters ? `${id}-chapters-error` : undefined}
        >
          <legend className="form-label">{t('open.chapters')}</legend>
          {errors.chapters && (
            <span className="form-error-message" id={`${id}-chapters-error`}>
              {errors.chapters}
            </span>
          )}
          {chapters.map((c, i) => {
            // The server refuses chapters in another open round or being approved or published (CONFLICT):
            // say so up front, naming the round.
            const inRound = openRounds.find((r) => r.chapterIds.includes(c.id));
            const unavailable =
              Boolean(inRound) || (c.status !== undefined && !ROUND_MAY_INCLUDE.includes(c.status));
            const inputId = i === 0 ? `${id}-chapters` : `${id}-chapter-${c.id}`;
            return (
              <div className="form-group-checkbox" key={c.id}>
                <input
                  id={inputId}
                  type="checkbox"
                  className="form-checkbox"
                  disabled={unavailable}
                  aria-describedby={unavailable ? `${inputId}-why` : undefined}
                  checked={chapterIds.includes(c.id)}
                  onChange={(e) => setChapterIds((list) => toggle(list, c.id, e.target.checked))}
                />
                <label htmlFor={inputId}>
                  {c.title}
                  {unavailable && (
                    <span className="form-hint" id={`${inputId}-why`}>
                      {' '}
                      {inRound
                        ? t('open.chapterInRound', { round: inRound.title })
                        : t('open.chapterUnavailable')}
                    </span>
                  )}
                </label>
              </div>
            );
          })}
        </fieldset>
        <Field
          id={`${id}-deadline`}
          type="date"
          label={t('open.deadline')}
          hint={t('open.deadlineHint')}
          value={deadline}
          onChange={setDeadline}
          error={errors.deadline}
          required
        />
        <fieldset
          className={`review-checkboxes${errors.organizations ? ' form-error' : ''}`}
          aria-describedby={`${id}-organizations-hint${errors.organizations ? ` ${id}-organizations-error` : ''}`}
        >
          <legend className="form-label">{t('open.organizations')}</legend>
          <span className="form-hint" id={`${id}-organizations-hint`}>
            {t('open.organizationsHint')}
          </span>
          {errors.organizations && (
            <span className="form-error-message" id={`${id}-organizations-error`}>
              {errors.organizations}
            </span>
          )}
          {organizations.length === 0 && <p>{t('open.noOrganizations')}</p>}
          {organizations.map((o, i) => (
            <div className="form-group-checkbox" key={o.id}>
              <input
                id={i === 0 ? `${id}-organizations` : `${id}-org-${o.id}`}
                type="checkbox"
                className="form-checkbox"
                checked={orgIds.includes(o.id)}
                onChange={(e) => setOrgIds((list) => toggle(list, o.id, e.target.checked))}
              />
              <label htmlFor={i === 0 ? `${id}-organizations` : `${id}-org-${o.id}`}>{o.name}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button button-primary mt-5" disabled={loading}>
          {t('open.submit')}
        </button>
      </form>
    </section>
  );
}
