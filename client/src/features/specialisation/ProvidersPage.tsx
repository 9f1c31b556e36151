import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { datedFileName, downloadText } from '../../components/download';
import { readFragment } from '../../lib/graphql';
import { providerTypeKey, regionKey } from './labels';
import { LiveOff } from './LiveOff';
import { PROVIDERS, PROVIDERS_CSV } from './operations';
import { PlacementFilters, toPlacementFilter, type FilterValues } from './PlacementFilters';
import { ProviderForm } from './ProviderForm';
import { PROVIDER_FIELDS } from './provider.fragments';
import { SpecialisationPage } from './SpecialisationPage';
import { useSpecialisationEvents } from './useSpecialisationEvents';

/** The project's providers with filters and CSV export; coordinators create and import. */
export function ProvidersPage() {
  const { t } = useTranslation('specialisation');
  const { projectId = '' } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [filters, setFilters] = useState<FilterValues>({ region: '', providerType: '', targetGroupId: '' });
  const { data, previousData, loading, error, refetch } = useQuery(PROVIDERS, {
    variables: { projectId, filter: toPlacementFilter(filters) },
    fetchPolicy: 'cache-and-network',
  });
  const { liveOff } = useSpecialisationEvents(projectId, refetch);
  const [creating, setCreating] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const shown = data ?? previousData;
  const providers = (shown?.providers ?? []).map((p) => ({
    ...readFragment(PROVIDER_FIELDS, p),
    offers: p.offers,
  }));
  const groups = shown?.targetGroups ?? [];
  // "Autisme (2), Synsnedsættelse (1)": the provider's offers counted per target group, in list order.
  const offerSummary = (offers: { targetGroupId: string }[]) =>
    groups
      .map((g) => ({ name: g.name, count: offers.filter((o) => o.targetGroupId === g.id).length }))
      .filter((g) => g.count > 0)
      .map((g) => `${g.name} (${g.count})`)
      .join(', ');

  async function onExport(title: string) {
    setActionError(null);
    setMessage('');
    try {
      const result = await client.query({
        query: PROVIDERS_CSV,
        variables: { projectId },
        fetchPolicy: 'no-cache',
      });
      if (result.data) {
        downloadText(
          result.data.providersCsv,
          datedFileName([title, 'leverandoerer'], 'csv'),
          'text/csv;charset=utf-8',
        );
        setMessage(t('providers.exported'));
      }
    } catch (e) {
      setActionError(e);
    }
  }

  return (
    <SpecialisationPage
      projectId={projectId}
      title={t('providers.title')}
      loading={loading && !shown}
      error={error}
    >
      {({ isCoordinator, project }) => (
        <>
          <p className="font-lead">{t('providers.intro')}</p>
          <LiveOff off={liveOff} />
          <div className="button-row mb-6">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void onExport(project!.title)}
            >
              {t('providers.export')}
            </button>
            {isCoordinator && !creating && (
              <button type="button" className="button button-secondary" onClick={() => setCreating(true)}>
                {t('providers.create')}
              </button>
            )}
            {isCoordinator && (
              <Link className="button button-secondary" to={`/projects/${projectId}/providers/import`}>
                {t('providers.import')}
              </Link>
            )}
          </div>
          <ErrorAlert error={actionError} />
          <p role="status" className="status-line">
            {message}
          </p>
          {creating && (
            <section aria-labelledby="provider-create-heading" className="mb-6">
              <h2 id="provider-create-heading">{t('provider.createHeading')}</h2>
              <ProviderForm
                projectId={projectId}
                onDone={(saved) => {
                  setCreating(false);
                  if (saved) void navigate(`/providers/${saved.id}`, { state: { created: saved.name } });
                }}
              />
            </section>
          )}
          <PlacementFilters
            values={filters}
            onChange={setFilters}
            targetGroups={shown?.targetGroups ?? []}
            summary={t('providers.count', { count: providers.length })}
          />
          {providers.length === 0 ? (
            <p>{t('providers.none')}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption className="visually-hidden">{t('providers.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('providers.name')}</th>
                    <th scope="col">{t('providers.cvr')}</th>
                    <th scope="col">{t('providers.municipality')}</th>
                    <th scope="col">{t('providers.region')}</th>
                    <th scope="col">{t('providers.type')}</th>
                    <th scope="col">{t('providers.offers')}</th>
                  </tr>
                </thead>
                <tbody>
                  {providers.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">
                        <Link to={`/providers/${p.id}`}>{p.name}</Link>
                      </th>
                      <td>{p.cvr}</td>
                      <td>{p.municipality}</td>
                      <td>{t(regionKey(p.region))}</td>
                      <td>{t(providerTypeKey(p.type))}</td>
                      <td>{offerSummary(p.offers)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </SpecialisationPage>
  );
}
