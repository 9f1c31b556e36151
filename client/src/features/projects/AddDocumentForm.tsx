import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { CREATE_DOCUMENT } from '../chapters/operations';
import { documentKindKey } from '../../lib/labels';

const KINDS = ['PATHWAY', 'TARGET_GROUP'] as const;

/** Coordinators start a new document (forløbsbeskrivelse or målgruppebeskrivelse) in the project. */
export function AddDocumentForm({
  projectId,
  onChanged,
}: {
  projectId: string;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('PATHWAY');
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState('');
  const [create, { loading }] = useMutation(CREATE_DOCUMENT);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await create({ variables: { input: { projectId, title: title.trim(), kind } } });
      await onChanged();
      setAdded(t('documents.added', { title: title.trim() }));
      setTitle('');
      setOpen(false);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="add-document">
      <p role="status" className="status-line">
        {added}
      </p>
      {!open ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setAdded('');
            setOpen(true);
          }}
        >
          {t('documents.new')}
        </button>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="new-document-heading">
          <h3 id="new-document-heading">{t('documents.new')}</h3>
          <ErrorAlert error={error} />
          <Field
            id="new-document-title"
            label={t('documents.title')}
            value={title}
            maxLength={300}
            onChange={setTitle}
          />
          <div className="form-group">
            <label className="form-label" htmlFor="new-document-kind">
              {t('documents.kind')}
            </label>
            <select
              className="form-select"
              id="new-document-kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(documentKindKey(k))}
                </option>
              ))}
            </select>
          </div>
          <div className="button-row mt-5">
            <button type="submit" className="button button-primary" disabled={loading}>
              {t('documents.create')}
            </button>
            <button type="button" className="button button-tertiary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
