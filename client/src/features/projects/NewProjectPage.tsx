import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { CREATE_PROJECT, MY_PROJECTS } from './operations';
import { ProjectFields, projectInput, projectValues } from './ProjectFields';

/** Any logged-in person may start a project; the server makes them its coordinator. */
export function NewProjectPage() {
  const { t } = useTranslation();
  usePageTitle(t('newProject.title'));
  const navigate = useNavigate();
  const [values, setValues] = useState(() => projectValues());
  const [error, setError] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CREATE_PROJECT, { refetchQueries: [MY_PROJECTS] });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const result = await create({ variables: { input: projectInput(values) } });
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
        <ProjectFields idPrefix="new-project" values={values} onChange={setValues} error={error} />
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
