import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorInfo } from '../../lib/errors';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { readFragment, type ResultOf } from '../../lib/graphql';
import { CRITERION_FIELDS } from './CriterionCard.fragments';
import { SAVE_LEVEL_CRITERION, type TARGET_GROUP } from './operations';
import { RichTextEditor } from './RichTextEditor';

type Criterion = ResultOf<typeof TARGET_GROUP>['targetGroup']['criteria'][number];

interface Props {
  targetGroupId: string;
  criterion: Criterion;
  canEdit: boolean;
  /** Fetches the newest criteria (after a save or a CONFLICT). */
  refetch: () => Promise<unknown>;
}

const ERRORS = { 'BAD_USER_INPUT:html': 'specialisation:criteria.tooLong' };

/** One level's criteria: the text, who saved it, an editor for those who may, and the version history. */
export function CriterionCard({ targetGroupId, criterion, canEdit, refetch }: Props) {
  const { t, i18n } = useTranslation('specialisation');
  const { t: tApp } = useTranslation();
  const fields = readFragment(CRITERION_FIELDS, criterion);
  const { level } = fields;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [startVersion, setStartVersion] = useState(fields.version);
  const [conflict, setConflict] = useState(false);
  // After a CONFLICT the person has seen the newest text (refetched), so saving again overwrites it on purpose.
  const baseVersion = conflict ? fields.version : startVersion;
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [save, { loading }] = useMutation(SAVE_LEVEL_CRITERION);
  const fmt = (iso: string) => formatDateTime(iso, i18n.language);
  const headingId = `criterion-${targetGroupId}-${level}`;

  function startEditing() {
    setDraft(fields.html);
    setStartVersion(fields.version);
    setConflict(false);
    setError(null);
    setMessage('');
    setEditing(true);
  }

  async function onSave() {
    setError(null);
    setMessage('');
    try {
      const result = await save({ variables: { input: { targetGroupId, level, html: draft, baseVersion } } });
      const saved = readFragment(CRITERION_FIELDS, result.data?.saveLevelCriterion);
      setMessage(t('criteria.saved', { level, version: saved?.version ?? baseVersion + 1 }));
      setEditing(false);
      setConflict(false);
    } catch (e) {
      if (errorInfo(e).code === 'CONFLICT') setConflict(true);
      else setError(e);
    }
    await refetch().catch(() => undefined);
  }

  return (
    <section className="spec-criterion" aria-labelledby={headingId}>
      <h3 id={headingId} className="h4">
        {t('levelLong', { level })} <span className="text-muted">({t(`levelHint.${level}`)})</span>
      </h3>
      <p role="status" className="status-line">
        {message}
      </p>
      {!editing &&
        (fields.html ? (
          // Sanitised by the server with the chapters' sanitiser.
          <div className="spec-richtext" dangerouslySetInnerHTML={{ __html: fields.html }} />
        ) : (
          <p className="text-muted">{t('criteria.empty')}</p>
        ))}
      {fields.updatedAt && (
        <p className="text-muted spec-meta">
          {fields.updatedBy
            ? t('criteria.meta', {
                version: fields.version,
                date: fmt(fields.updatedAt),
                name: fields.updatedBy.name,
              })
            : t('criteria.metaNoName', { version: fields.version, date: fmt(fields.updatedAt) })}
        </p>
      )}
      {editing ? (
        <>
          {conflict && (
            <Alert variant="warning" role="alert" heading={t('criteria.conflictHeading')}>
              <p>{t('criteria.conflict', { version: fields.version })}</p>
              <h4 className="h5">{t('criteria.newest', { version: fields.version })}</h4>
              <div className="spec-richtext" dangerouslySetInnerHTML={{ __html: fields.html }} />
            </Alert>
          )}
          <ErrorAlert error={error} overrides={ERRORS} />
          <RichTextEditor
            label={t('criteria.editorLabel', { level })}
            initialHtml={draft}
            onChange={setDraft}
          />
          <div className="button-row mt-4">
            <button
              type="button"
              className="button button-primary"
              disabled={loading}
              onClick={() => void onSave()}
            >
              {t('criteria.save')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setEditing(false)}>
              {tApp('common.cancel')}
            </button>
          </div>
        </>
      ) : (
        canEdit && (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={t('criteria.editLabel', { level })}
            onClick={startEditing}
          >
            {t('criteria.edit')}
          </button>
        )
      )}
      <details className="spec-history">
        <summary>{t('criteria.history', { level })}</summary>
        {criterion.history.length === 0 ? (
          <p>{t('criteria.historyNone')}</p>
        ) : (
          <ol className="spec-history__list">
            {criterion.history.map((v) => (
              <li key={v.id}>
                <p className="spec-meta">
                  <strong>
                    {v.createdBy
                      ? t('criteria.historyItem', {
                          version: v.version,
                          date: fmt(v.createdAt),
                          name: v.createdBy.name,
                        })
                      : t('criteria.historyItemNoName', { version: v.version, date: fmt(v.createdAt) })}
                  </strong>
                </p>
                <div className="spec-richtext" dangerouslySetInnerHTML={{ __html: v.html }} />
              </li>
            ))}
          </ol>
        )}
      </details>
    </section>
  );
}
