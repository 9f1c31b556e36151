import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { readFragment, type ResultOf } from '../../lib/graphql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { datedFileName, downloadText } from '../../components/download';
import { caseStatusClass, caseStatusKey, LEVELS } from './labels';
import { LiveOff } from './LiveOff';
import { PLACEMENT_OVERVIEW, PLACEMENT_OVERVIEW_CSV } from './operations';
import { PlacementFilters, toPlacementFilter, type FilterValues } from './PlacementFilters';
import { PROVIDER_FIELDS } from './provider.fragments';
import { SpecialisationPage } from './SpecialisationPage';
import { useSpecialisationEvents } from './useSpecialisationEvents';

type Cell = ResultOf<typeof PLACEMENT_OVERVIEW>['placementOverview']['rows'][number]['cells'][number];

function CellContent({ cell }: { cell: Cell }) {
  const { t } = useTranslation('specialisation');
  // A placed offer shows its level; one under revisit shows the level in force and the new case's status.
  const text =
    cell.level != null
      ? cell.status && cell.status !== 'PLACED'
        ? t('overview.cellLevelStatus', { level: cell.level, status: t(caseStatusKey(cell.status)) })
        : t('overview.cellLevel', { level: cell.level })
      : t(caseStatusKey(cell.status));
  return (
    <li>
      <Link to={`/offers/${cell.offerId}`}>{cell.offerName}</Link>:{' '}
      <span className={cell.level != null ? 'badge badge-success' : caseStatusClass(cell.status)}>
        {text}
      </span>
    </li>
  );
}

/** Providers × target groups with each offer's level or status, counts per level; live as assessments land. */
export function OverviewPage() {
  const { t } = useTranslation('specialisation');
  const { projectId = '' } = useParams();
  const [search] = useSearchParams();
  const client = useApolloClient();
  const [filters, setFilters] = useState<FilterValues>({
    region: '',
    providerType: '',
    targetGroupId: search.get('targetGroup') ?? '',
  });
  const filter = toPlacementFilter(filters);
  const { data, previousData, loading, error, refetch } = useQuery(PLACEMENT_OVERVIEW, {
    variables: { projectId, filter },
    fetchPolicy: 'cache-and-network',
  });
  const [announcement, setAnnouncement] = useState('');
  const { liveOff } = useSpecialisationEvents(projectId, async () => {
    await refetch();
    setAnnouncement(t('live.updated'));
  });
  const [actionError, setActionError] = useState<unknown>(null);
  const overview = (data ?? previousData)?.placementOverview;
  const rows = (overview?.rows ?? []).map((row) => ({
    ...row,
    provider: readFragment(PROVIDER_FIELDS, row.provider),
  }));
  const groups = (overview?.targetGroups ?? []).filter(
    (g) => !filters.targetGroupId || g.id === filters.targetGroupId,
  );

  async function onExport(title: string) {
    setActionError(null);
    setAnnouncement('');
    try {
      const result = await client.query({
        query: PLACEMENT_OVERVIEW_CSV,
        variables: { projectId, filter },
        fetchPolicy: 'no-cache',
      });
      if (result.data) {
        downloadText(
          result.data.placementOverviewCsv,
          datedFileName([title, 'indplacering'], 'csv'),
          'text/csv;charset=utf-8',
        );
        setAnnouncement(t('overview.exported'));
      }
    } catch (e) {
      setActionError(e);
    }
  }

  const count = (targetGroupId: string, level: number) =>
    overview?.counts.find((c) => c.targetGroupId === targetGroupId && c.level === level)?.count ?? 0;

  return (
    <SpecialisationPage
      projectId={projectId}
      title={t('overview.title')}
      loading={loading && !overview}
      error={error}
    >
      {({ project }) => (
        <>
          <p className="font-lead">{t('overview.intro')}</p>
          <LiveOff off={liveOff} />
          <div className="button-row mb-6">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void onExport(project!.title)}
            >
              {t('overview.export')}
            </button>
          </div>
          <ErrorAlert error={actionError} />
          <p role="status" className="status-line">
            {announcement}
          </p>
          <PlacementFilters
            values={filters}
            onChange={setFilters}
            targetGroups={overview?.targetGroups ?? []}
            summary={`${t('providers.count', { count: overview?.rows.length ?? 0 })}. ${t(
              'overview.unplaced',
              {
                count: overview?.unplaced ?? 0,
              },
            )}`}
          />
          {overview && overview.rows.length === 0 ? (
            <p>{t('overview.none')}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--compact spec-matrix">
                <caption className="visually-hidden">{t('overview.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('overview.provider')}</th>
                    {groups.map((g) => (
                      <th scope="col" key={g.id}>
                        <Link to={`/target-groups/${g.id}`}>{g.name}</Link>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.provider.id}>
                      <th scope="row">
                        <Link to={`/providers/${row.provider.id}`}>{row.provider.name}</Link>
                        <span className="d-block text-muted">{row.provider.municipality}</span>
                      </th>
                      {groups.map((g) => {
                        const cells = row.cells.filter((c) => c.targetGroupId === g.id);
                        return (
                          <td key={g.id}>
                            {cells.length === 0 ? (
                              <>
                                <span aria-hidden="true">{t('overview.empty')}</span>
                                <span className="visually-hidden">{t('overview.noOffer')}</span>
                              </>
                            ) : (
                              <ul className="nobullet-list spec-cell">
                                {cells.map((c) => (
                                  <CellContent key={c.offerId} cell={c} />
                                ))}
                              </ul>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <section aria-labelledby="counts-heading" className="mt-6">
            <h2 id="counts-heading">{t('overview.countsHeading')}</h2>
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption className="visually-hidden">{t('overview.countsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('filters.targetGroup')}</th>
                    {LEVELS.map((l) => (
                      <th scope="col" key={l}>
                        {t('level', { level: l })}
                      </th>
                    ))}
                    <th scope="col">{t('overview.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {groups.map((g) => (
                    <tr key={g.id}>
                      <th scope="row">{g.name}</th>
                      {LEVELS.map((l) => (
                        <td key={l}>{count(g.id, l)}</td>
                      ))}
                      <td>{LEVELS.reduce((n, l) => n + count(g.id, l), 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>{t('overview.unplaced', { count: overview?.unplaced ?? 0 })}</p>
          </section>
        </>
      )}
    </SpecialisationPage>
  );
}
