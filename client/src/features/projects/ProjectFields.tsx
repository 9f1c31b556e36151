import { useTranslation } from 'react-i18next';
import { errorInfo } from '../../lib/errors';
import { Field } from '../../components/Field';
import { projectKindKey } from '../../lib/labels';

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
type Kind = 'PATHWAY' | 'SPECIALISATION';

export type ProjectValues = { title: string; kind: Kind; periodStart: string; periodEnd: string } & Record<
  TextField,
  string
>;

/** The form's values from a project (or empty ones for a new project). */
export function projectValues(project?: Partial<Record<keyof ProjectValues, string | null>>): ProjectValues {
  const values = {
    title: project?.title ?? '',
    kind: (project?.kind as Kind | undefined) ?? 'PATHWAY',
    periodStart: project?.periodStart ?? '',
    periodEnd: project?.periodEnd ?? '',
  } as ProjectValues;
  for (const [name] of TEXT_FIELDS) values[name] = project?.[name] ?? '';
  return values;
}

/** The ProjectInput the server expects: trimmed title, empty dates as null. */
export function projectInput(values: ProjectValues) {
  return {
    ...values,
    title: values.title.trim(),
    periodStart: values.periodStart || null,
    periodEnd: values.periodEnd || null,
  };
}

/** The metadata fields of a project, shared by "start a project" and "edit project"; errors shown on the field the server names. */
export function ProjectFields({
  idPrefix,
  values,
  onChange,
  error,
}: {
  idPrefix: string;
  values: ProjectValues;
  onChange: (values: ProjectValues) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const badField = error ? errorInfo(error).field : undefined;
  const fieldError = (name: string) =>
    badField === name ? t(`errors.fields.${name}`, { defaultValue: t('errors.BAD_USER_INPUT') }) : null;
  const set = (name: keyof ProjectValues) => (value: string) => onChange({ ...values, [name]: value });

  return (
    <>
      <Field
        id={`${idPrefix}-title`}
        label={t('project.title')}
        value={values.title}
        onChange={set('title')}
        required
        maxLength={300}
        error={fieldError('title')}
      />
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-kind`}>
          {t('project.kind')}
        </label>
        <select
          className="form-select"
          id={`${idPrefix}-kind`}
          value={values.kind}
          onChange={(e) => set('kind')(e.target.value)}
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
          id={`${idPrefix}-period-start`}
          type="date"
          label={t('project.periodStart')}
          value={values.periodStart}
          onChange={set('periodStart')}
          error={fieldError('periodStart')}
        />
        <Field
          id={`${idPrefix}-period-end`}
          type="date"
          label={t('project.periodEnd')}
          value={values.periodEnd}
          onChange={set('periodEnd')}
          error={fieldError('periodEnd')}
        />
      </div>
      {TEXT_FIELDS.map(([name, max, multiline]) => (
        <Field
          key={name}
          id={`${idPrefix}-${name}`}
          label={t(`project.${name}`)}
          type={name === 'contactPhone' ? 'tel' : 'text'}
          value={values[name]}
          multiline={multiline}
          maxLength={max}
          error={fieldError(name)}
          onChange={set(name)}
        />
      ))}
    </>
  );
}
