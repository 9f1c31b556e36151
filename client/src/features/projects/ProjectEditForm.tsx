import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../lib/graphql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UPDATE_PROJECT, type PROJECT } from './operations';
import { ProjectFields, projectInput, projectValues } from './ProjectFields';

type Project = ResultOf<typeof PROJECT>['project'];

export function ProjectEditForm({ project, onDone }: { project: Project; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => projectValues(project));
  const [error, setError] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UPDATE_PROJECT);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await update({ variables: { id: project.id, input: projectInput(values) } });
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
      <ProjectFields idPrefix="project" values={values} onChange={setValues} error={error} />
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
