import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import type { Notat } from './types';

interface UploadError {
  errors?: { extensions?: { code?: string; field?: string } }[];
}

/**
 * The coordinator registers a høringssvar that came by e-mail or letter, with an optional PDF. Sent as
 * multipart to the server's upload endpoint; the header marks it as the application's own request.
 */
export function RegisterResponseForm({
  notat,
  onRegistered,
}: {
  notat: Notat;
  onRegistered: (message: string) => void;
}) {
  const { t } = useTranslation('review');
  const id = useId();
  const [organizationId, setOrganizationId] = useState('');
  const [chapterId, setChapterId] = useState(notat.chapters[0]?.chapterId ?? '');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    const form = new FormData();
    form.append('roundId', notat.roundId);
    form.append('organizationId', organizationId);
    form.append('chapterId', chapterId);
    form.append('body', body);
    const file = fileInput.current?.files?.[0];
    if (file) form.append('attachment', file, file.name);
    setSending(true);
    try {
      const response = await fetch('/files/hearing-responses', {
        method: 'POST',
        headers: { 'x-samskriv-upload': '1' },
        body: form,
      });
      if (response.ok) {
        const name = notat.hearingList.find((p) => p.organizationId === organizationId)?.name ?? '';
        setBody('');
        if (fileInput.current) fileInput.current.value = '';
        onRegistered(t('notat.registered_ok', { name }));
        return;
      }
      const answer = (await response.json().catch(() => ({}))) as UploadError;
      const ext = answer.errors?.[0]?.extensions ?? {};
      const key = response.status === 413 ? 'attachment' : (ext.field ?? ext.code ?? 'UNKNOWN');
      setError(t(`notat.uploadErrors.${key}`, { defaultValue: t('notat.uploadErrors.UNKNOWN') }));
    } catch {
      setError(t('notat.uploadErrors.UNKNOWN'));
    } finally {
      setSending(false);
    }
    window.setTimeout(() => errorRef.current?.focus(), 0);
  }

  return (
    <section aria-labelledby={`${id}-h`} className="report-chapter">
      <h2 id={`${id}-h`} className="h3">
        {t('notat.register')}
      </h2>
      <p>{t('notat.registerIntro')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        {error && (
          <div ref={errorRef} tabIndex={-1}>
            <Alert variant="error" role="alert">
              <p>{error}</p>
            </Alert>
          </div>
        )}
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-org`}>
            {t('notat.organization')}
          </label>
          <select
            className="form-select"
            id={`${id}-org`}
            value={organizationId}
            required
            onChange={(e) => setOrganizationId(e.target.value)}
          >
            <option value="">{t('notat.chooseOrganization')}</option>
            {notat.hearingList.map((p) => (
              <option key={p.organizationId} value={p.organizationId}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-chapter`}>
            {t('notat.chapter')}
          </label>
          <select
            className="form-select"
            id={`${id}-chapter`}
            value={chapterId}
            onChange={(e) => setChapterId(e.target.value)}
          >
            {notat.chapters.map((c) => (
              <option key={c.chapterId} value={c.chapterId}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <Field
          id={`${id}-body`}
          label={t('notat.body')}
          hint={t('notat.bodyHint')}
          value={body}
          onChange={setBody}
          multiline
          maxLength={20000}
        />
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-file`}>
            {t('notat.file')}
          </label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept="application/pdf,.pdf"
            className="form-input"
          />
        </div>
        <button type="submit" className="button button-primary mt-5" disabled={sending}>
          {t('notat.registerSubmit')}
        </button>
      </form>
    </section>
  );
}
