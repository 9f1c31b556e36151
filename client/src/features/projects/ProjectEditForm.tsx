import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorInfo } from '../../app/errors';
import type { ResultOf } from '../../app/graphql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { projectKindKey } from './labels';
import { UPDATE_PROJECT, type PROJECT } from './operations';

type Project = ResultOf<typeof PROJECT>['project'];
export const TEXT_FIELDS = [
  ['targetGroup', 2000, true],
  ['purpose', 10000, true],
  ['background', 10000, true],
  ['partners', 5000, true],
  ['funding', 2000, true],
  ['contactName', 200, false],
  ['contactOffice', 300, false],
  ['contactPhone', 40, false],
] as const;
type TextField = (typeof TEXT_FIELDS)[number][0];

export function ProjectEditForm({ project, onDone }: { project: Project; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(project.title);
  const [kind, setKind] = useState(project.kind);
  const [periodStart, setPeriodStart] = useState(project.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(project.periodEnd ?? '');
  const [texts, setTexts] = useState<Record<TextField, string>>(() => {
    const initial = {} as Record<TextField, string>;
    for (const [name] of TEXT_FIELDS) initial[name] = project[name];
    return initial;
  });
  const [error, setError] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UPDATE_PROJECT);
  const badField = error ? errorInfo(error).field : undefined;
  const fieldError = (name: string) =>
    badField === name ? t(`errors.fields.${name}`, { defaultValue: t('errors.BAD_USER_INPUT') }) : null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await update({
        variables: {
          id: project.id,
          input: {
            title: title.trim(),
            kind,
            periodStart: periodStart || null,
            periodEnd: periodEnd || null,
            ...texts,
          },
        },
      });
      onDone(true);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      className="edit-form"
      aria-labelledby="edit-project-heading"
    >
      <h2 id="edit-project-heading">{t('project.editHeading')}</h2>
      <ErrorAlert error={error} />
      <Field
        id="project-title"
        label={t('project.title')}
        value={title}
        onChange={setTitle}
        required
        maxLength={300}
        error={fieldError('title')}
      />
      <div className="form-group">
        <label className="form-label" htmlFor="project-kind">
          {t('project.kind')}
        </label>
        <select
          className="form-select"
          id="project-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
        >
          {(['PATHWAY', 'SPECIALISATION'] as const).map((k) => (
            <option key={k} value={k}>
              {t(projectKindKey(k))}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <Field
          id="project-period-start"
          type="date"
          label={t('project.periodStart')}
          value={periodStart}
          onChange={setPeriodStart}
          error={fieldError('periodStart')}
        />
        <Field
          id="project-period-end"
          type="date"
          label={t('project.periodEnd')}
          value={periodEnd}
          onChange={setPeriodEnd}
          error={fieldError('periodEnd')}
        />
      </div>
      {TEXT_FIELDS.map(([name, max, multiline]) => (
        <Field
          key={name}
          id={`project-${name}`}
          label={t(`project.${name}`)}
          value={texts[name]}
          multiline={multiline}
          maxLength={max}
          error={fieldError(name)}
          onChange={(value) => setTexts((prev) => ({ ...prev, [name]: value }))}
        />
      ))}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('common.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
