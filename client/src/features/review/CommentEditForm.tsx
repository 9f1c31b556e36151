import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './i18n';

/** The author rewrites a comment's text. */
export function CommentEditForm({
  fieldId,
  initial,
  pending,
  onSave,
  onCancel,
}: {
  fieldId: string;
  initial: string;
  pending: boolean;
  onSave: (body: string) => unknown;
  onCancel: () => void;
}) {
  const { t } = useTranslation('review');
  const [draft, setDraft] = useState(initial);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (draft.trim()) onSave(draft.trim());
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <div className="form-group">
        <label className="form-label" htmlFor={fieldId}>
          {t('sidebar.editLabel')}
        </label>
        <textarea
          className="form-input"
          id={fieldId}
          rows={3}
          maxLength={10000}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-secondary button-small" disabled={pending}>
        {t('sidebar.save')}
      </button>{' '}
      <button type="button" className="button button-tertiary button-small" onClick={onCancel}>
        {t('sidebar.cancel')}
      </button>
    </form>
  );
}
