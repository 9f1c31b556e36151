import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readFragment, type FragmentOf } from '../../lib/graphql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../lib/format';
import { EVALUATION_NOTE_FIELDS } from './EvaluationNotes.fragments';
import { ADD_EVALUATION_NOTE } from './operations';

const ERRORS = { 'BAD_USER_INPUT:body': 'specialisation:evaluation.noteTooLong' };

/** The project's evaluation notes, newest first, and a form to add one. */
export function EvaluationNotes({
  projectId,
  notes: noteRefs,
  onAdded,
}: {
  projectId: string;
  notes: readonly FragmentOf<typeof EVALUATION_NOTE_FIELDS>[];
  onAdded: () => void;
}) {
  const { t, i18n } = useTranslation('specialisation');
  const notes = readFragment(EVALUATION_NOTE_FIELDS, noteRefs);
  const id = useId();
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [add, { loading }] = useMutation(ADD_EVALUATION_NOTE);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setMessage('');
    if (!body.trim()) {
      setFieldError(t('evaluation.noteMissing'));
      document.getElementById(id)?.focus();
      return;
    }
    setFieldError(null);
    try {
      await add({ variables: { projectId, body: body.trim() } });
      setBody('');
      setMessage(t('evaluation.noteAdded'));
      onAdded();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="notes-heading" className="mt-6">
      <h2 id="notes-heading">{t('evaluation.notes')}</h2>
      {notes.length === 0 ? (
        <p>{t('evaluation.noNotes')}</p>
      ) : (
        <ul className="nobullet-list spec-notes">
          {notes.map((n) => (
            <li key={n.id} className="spec-note">
              <p className="text-muted spec-meta">
                {t('evaluation.noteMeta', {
                  name: n.author.name,
                  date: formatDateTime(n.createdAt, i18n.language),
                })}
              </p>
              <p className="prewrap">{n.body}</p>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="status-line">
        {message}
      </p>
      <ErrorAlert error={error} overrides={ERRORS} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field
          id={id}
          label={t('evaluation.addNote')}
          hint={t('evaluation.noteHint')}
          value={body}
          onChange={setBody}
          error={fieldError}
          multiline
          required
          maxLength={10000}
        />
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('evaluation.submitNote')}
        </button>
      </form>
    </section>
  );
}
