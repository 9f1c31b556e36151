import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../lib/useAction';
import './i18n';
import { DISPOSITIONS, dispositionKey, type DispositionValue } from './labels';
import { DISPOSE_COMMENT } from './operations';

/**
 * The working group's disposition of one reviewer comment: a choice and a reply. Shared by the thread in the
 * comment sidebar and the round's disposition table, which lay the fields out differently.
 */
export function useDispositionForm(
  comment: { id: string; disposition?: string | null; dispositionReply?: string | null },
  onSaved: () => unknown,
) {
  const { t } = useTranslation('review');
  const id = useId();
  const [disposition, setDisposition] = useState(comment.disposition ?? '');
  const [reply, setReply] = useState(comment.dispositionReply ?? '');
  const [choiceError, setChoiceError] = useState('');
  const action = useAction();
  const [dispose] = useMutation(DISPOSE_COMMENT);

  async function save() {
    if (!disposition) {
      action.reset();
      setChoiceError(t('disposition.chooseFirst'));
      document.getElementById(`${id}-disposition`)?.focus();
      return;
    }
    setChoiceError('');
    const input = {
      commentId: comment.id,
      disposition: disposition as DispositionValue,
      reply: reply.trim(),
    };
    if (await action.run(() => dispose({ variables: { input } }), { success: t('disposition.saved') }))
      onSaved();
  }

  return { id, disposition, setDisposition, reply, setReply, choiceError, action, save };
}

export type DispositionForm = ReturnType<typeof useDispositionForm>;

interface FieldProps {
  form: DispositionForm;
  label: string;
  /** The table's column header says what the field is; its label, for screen readers, says whose. */
  hideLabel?: boolean;
}

export function DispositionChoice({ form, label, hideLabel }: FieldProps) {
  const { t } = useTranslation('review');
  const { id, choiceError } = form;
  return (
    <div className={`form-group${choiceError ? ' form-error' : ''}`}>
      <label className={`form-label${hideLabel ? ' visually-hidden' : ''}`} htmlFor={`${id}-disposition`}>
        {label}
      </label>
      {choiceError && (
        <span className="form-error-message" id={`${id}-error`}>
          {choiceError}
        </span>
      )}
      <select
        className="form-select"
        id={`${id}-disposition`}
        value={form.disposition}
        aria-describedby={choiceError ? `${id}-error` : undefined}
        aria-invalid={choiceError ? true : undefined}
        onChange={(e) => form.setDisposition(e.target.value)}
      >
        <option value="">{t('disposition.choose')}</option>
        {DISPOSITIONS.map((d) => (
          <option key={d} value={d}>
            {t(dispositionKey(d))}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DispositionReply({ form, label, hideLabel, rows }: FieldProps & { rows: number }) {
  return (
    <div className="form-group">
      <label className={`form-label${hideLabel ? ' visually-hidden' : ''}`} htmlFor={`${form.id}-reply`}>
        {label}
      </label>
      <textarea
        className="form-input"
        id={`${form.id}-reply`}
        rows={rows}
        maxLength={10000}
        value={form.reply}
        onChange={(e) => form.setReply(e.target.value)}
      />
    </div>
  );
}

/** The server's refusal (a closed round) and the announcement that the disposition is saved. */
export function DispositionOutcome({ form }: { form: DispositionForm }) {
  return (
    <>
      <ErrorAlert error={form.action.error} overrides={{ FORBIDDEN: 'review:errors.closed' }} />
      <p role="status" className="status-line">
        {form.action.message}
      </p>
    </>
  );
}
