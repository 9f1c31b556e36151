import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Field } from '../../../components/Field';
import { dispositionKey } from '../labels';
import { EDIT_NOTAT_SUBJECT } from './operations';
import type { NotatSubject } from './types';

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p, i) => <p key={i}>{p}</p>);

interface Props {
  roundId: string;
  subject: NotatSubject;
  canEdit: boolean;
  onSaved: (message: string) => void;
}

/** A subject of section 2: summary and the working group's comment, edited in place by the coordinator. */
export function NotatSubjectItem({ roundId, subject, canEdit, onSaved }: Props) {
  const { t } = useTranslation('review');
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [heading, setHeading] = useState(subject.heading);
  const [summary, setSummary] = useState(subject.summary);
  const [comment, setComment] = useState(subject.comment);
  const [save, saving] = useMutation(EDIT_NOTAT_SUBJECT);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLInputElement>(null);

  function start() {
    setHeading(subject.heading);
    setSummary(subject.summary);
    setComment(subject.comment);
    setEditing(true);
    window.setTimeout(() => headingRef.current?.focus(), 0);
  }

  function stop() {
    setEditing(false);
    window.setTimeout(() => editButton.current?.focus(), 0);
  }

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const result = await save({
      variables: { input: { roundId, subjectKey: subject.key, heading, summary, comment } },
    }).catch(() => null);
    if (result?.data) {
      stop();
      onSaved(t('notat.saved'));
    }
  }

  return (
    <article className="notat-subject" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{subject.heading}</h4>
      {subject.quote && !subject.heading.includes(subject.quote.trim()) && (
        <blockquote className="review-quote">{subject.quote}</blockquote>
      )}
      {editing ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <ErrorAlert error={saving.error} />
          <p className="form-hint">{t('notat.resetHint')}</p>
          <Field
            id={`${id}-heading`}
            label={t('notat.heading')}
            value={heading}
            onChange={setHeading}
            maxLength={300}
            ref={headingRef}
          />
          <Field
            id={`${id}-summary`}
            label={t('notat.summary')}
            value={summary}
            onChange={setSummary}
            multiline
            maxLength={20000}
          />
          <Field
            id={`${id}-comment`}
            label={t('notat.comment')}
            value={comment}
            onChange={setComment}
            multiline
            maxLength={20000}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={saving.loading}>
              {t('notat.save')}
            </button>
            <button type="button" className="button button-secondary" onClick={stop}>
              {t('notat.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <h5 className="h6">{t('notat.summary')}</h5>
          {paragraphs(subject.summary)}
          <h5 className="h6">{t('notat.comment')}</h5>
          {paragraphs(subject.comment)}
          <p className="form-hint">
            {t('notat.responses', {
              list: subject.responses
                .map(
                  (r) =>
                    `${r.organizationName}${r.registered ? ` (${t('notat.registered')})` : ''}: ${t(r.disposition ? dispositionKey(r.disposition) : 'report.notDisposed')}`,
                )
                .join('; '),
            })}
            {subject.edited && <> · {t('notat.edited')}</>}
          </p>
          {subject.responses
            .filter((r) => r.attachmentName)
            .map((r) => (
              <p key={r.commentId}>
                <a href={`/files/hearing-responses/${r.commentId}/attachment`} download>
                  {t('notat.attachment', { name: r.organizationName, file: r.attachmentName })}
                </a>
              </p>
            ))}
          {canEdit && (
            <button
              ref={editButton}
              type="button"
              className="button button-secondary button-small"
              aria-label={t('notat.edit', { heading: subject.heading })}
              onClick={start}
            >
              {t('notat.editShort')}
            </button>
          )}
        </>
      )}
    </article>
  );
}
