import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorInfo } from '../../app/errors';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { usePageTitle } from '../../components/usePageTitle';
import { projectKindKey } from './labels';
import { CREATE_PROJECT, MY_PROJECTS } from './operations';
import { TEXT_FIELDS } from './ProjectEditForm';

type TextField = (typeof TEXT_FIELDS)[number][0];
type Kind = 'PATHWAY' | 'SPECIALISATION';

/** Any logged-in person may start a project; the server makes them its coordinator. */
export function NewProjectPage() {
  const { t } = useTranslation();
  usePageTitle(t('newProject.title'));
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<Kind>('PATHWAY');
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [texts, setTexts] = useState<Record<TextField, string>>(() => {
    const initial = {} as Record<TextField, string>;
    for (const [name] of TEXT_FIELDS) initial[name] = '';
    return initial;
  });
  const [error, setError] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CREATE_PROJECT, { refetchQueries: [MY_PROJECTS] });
  const badField = error ? errorInfo(error).field : undefined;
  const fieldError = (name: string) =>
    badField === name ? t(`errors.fields.${name}`, { defaultValue: t('errors.BAD_USER_INPUT') }) : null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const result = await create({
        variables: {
          input: {
            title: title.trim(),
            kind,
            periodStart: periodStart || null,
            periodEnd: periodEnd || null,
            ...texts,
          },
        },
      });
      const id = result.data?.createProject.id;
      if (id) void navigate(`/projects/${id}`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <Breadcrumbs items={[{ label: t('nav.myProjects'), to: '/' }, { label: t('newProject.title') }]} />
      <h1 id="new-project-heading">{t('newProject.title')}</h1>
      <p className="font-lead">{t('newProject.intro')}</p>
      <form
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        className="edit-form new-project-form"
        aria-labelledby="new-project-heading"
      >
        <ErrorAlert error={error} />
        <Field
          id="new-project-title"
          label={t('project.title')}
          value={title}
          onChange={setTitle}
          required
          maxLength={300}
          error={fieldError('title')}
        />
        <div className="form-group">
          <label className="form-label" htmlFor="new-project-kind">
            {t('project.kind')}
          </label>
          <select
            className="form-select"
            id="new-project-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as Kind)}
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
            id="new-project-period-start"
            type="date"
            label={t('project.periodStart')}
            value={periodStart}
            onChange={setPeriodStart}
            error={fieldError('periodStart')}
          />
          <Field
            id="new-project-period-end"
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
            id={`new-project-${name}`}
            label={t(`project.${name}`)}
            type={name === 'contactPhone' ? 'tel' : 'text'}
            value={texts[name]}
            multiline={multiline}
            maxLength={max}
            error={fieldError(name)}
            onChange={(value) => setTexts((prev) => ({ ...prev, [name]: value }))}
          />
        ))}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={loading}>
            {t('newProject.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void navigate('/')}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
