import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { readFragment } from '../../lib/graphql';
import { LiveOff } from './LiveOff';
import { CREATE_TARGET_GROUP, TARGET_GROUPS } from './operations';
import { SpecialisationPage } from './SpecialisationPage';
import { TARGET_GROUP_SUMMARY } from './targetGroup.fragments';
import { useSpecialisationEvents } from './useSpecialisationEvents';

const CREATE_ERRORS = {
  'BAD_USER_INPUT:name': 'specialisation:targetGroups.create.nameError',
};

function CreateTargetGroupForm({ projectId, onCreated }: { projectId: string; onCreated: () => void }) {
  const { t } = useTranslation('specialisation');
  const ids = { name: useId(), description: useId() };
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [create, { loading }] = useMutation(CREATE_TARGET_GROUP);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setMessage('');
    try {
      const result = await create({
        variables: { input: { projectId, name: name.trim(), description: description.trim() } },
      });
      setMessage(
        t('targetGroups.create.created', {
          name: readFragment(TARGET_GROUP_SUMMARY, result.data?.createTargetGroup)?.name ?? name,
        }),
      );
      setName('');
      setDescription('');
      onCreated();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="tg-create-heading" className="mt-6">
      <h2 id="tg-create-heading" className="h3">
        {t('targetGroups.create.heading')}
      </h2>
      <ErrorAlert error={error} overrides={CREATE_ERRORS} />
      <p role="status" className="status-line">
        {message}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field
          id={ids.name}
          label={t('targetGroups.create.name')}
          value={name}
          onChange={setName}
          required
          maxLength={120}
        />
        <Field
          id={ids.description}
          label={t('targetGroups.create.description')}
          hint={t('targetGroups.create.descriptionHint')}
          value={description}
          onChange={setDescription}
          multiline
          maxLength={2000}
        />
        <button type="submit" className="button button-primary" disabled={loading || !name.trim()}>
          {t('targetGroups.create.submit')}
        </button>
      </form>
    </section>
  );
}

/** The project's target groups with their specialist groups; coordinators add new ones. */
export function TargetGroupsPage() {
  const { t } = useTranslation('specialisation');
  const { projectId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TARGET_GROUPS, {
    variables: { projectId },
    fetchPolicy: 'cache-and-network',
  });
  const { liveOff } = useSpecialisationEvents(projectId, refetch);
  const groups = (data?.targetGroups ?? []).map((g) => ({
    ...readFragment(TARGET_GROUP_SUMMARY, g),
    specialists: g.specialists,
  }));

  return (
    <SpecialisationPage
      projectId={projectId}
      title={t('targetGroups.title')}
      loading={loading && !data}
      error={error}
    >
      {({ isCoordinator }) => (
        <>
          <p className="font-lead">{t('targetGroups.intro')}</p>
          <LiveOff off={liveOff} />
          {groups.length === 0 ? (
            <p>{t('targetGroups.none')}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption className="visually-hidden">{t('targetGroups.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('targetGroups.name')}</th>
                    <th scope="col">{t('targetGroups.specialists')}</th>
                    <th scope="col">{t('targetGroups.offers')}</th>
                  </tr>
                </thead>
                <tbody>
                  {groups.map((g) => (
                    <tr key={g.id}>
                      <th scope="row">
                        <Link to={`/target-groups/${g.id}`}>{g.name}</Link>
                        {g.description && <span className="d-block text-muted">{g.description}</span>}
                        {g.viewerIsSpecialist && (
                          <span className="badge badge-info">{t('targetGroups.youAreSpecialist')}</span>
                        )}
                      </th>
                      <td>
                        {g.specialists.length === 0
                          ? t('targetGroups.noSpecialists')
                          : g.specialists.map((s) => s.user.name).join(', ')}
                      </td>
                      <td>{g.offerCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {isCoordinator && <CreateTargetGroupForm projectId={projectId} onCreated={() => void refetch()} />}
        </>
      )}
    </SpecialisationPage>
  );
}
