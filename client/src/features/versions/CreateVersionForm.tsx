import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import './i18n';
import { CREATE_CHAPTER_VERSION } from './operations';

/** Take a named snapshot of the current text, e.g. "Version til styregruppemøde". */
export function CreateVersionForm({ chapterId, onCreated }: { chapterId: string; onCreated: () => unknown }) {
  const { t } = useTranslation('versions');
  const id = useId();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [create, { loading }] = useMutation(CREATE_CHAPTER_VERSION);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setMessage('');
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(t('history.nameRequired'));
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setNameError(null);
    try {
      await create({ variables: { chapterId, name: trimmed } });
      setName('');
      setMessage(t('history.created', { name: trimmed }));
      onCreated();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-6">
      <h2 id={`${id}-heading`} className="h3">
        {t('history.createHeading')}
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <ErrorAlert error={error} overrides={{ 'BAD_USER_INPUT:name': 'versions:history.nameRequired' }} />
        <Field
          id={`${id}-name`}
          label={t('history.createName')}
          hint={t('history.createHint')}
          value={name}
          onChange={setName}
          error={nameError}
          required
          maxLength={200}
        />
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('history.createSubmit')}
        </button>
        <p role="status" className="status-line">
          {message}
        </p>
      </form>
    </section>
  );
}
