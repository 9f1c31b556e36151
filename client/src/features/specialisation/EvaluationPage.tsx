import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { datedFileName, downloadText } from '../../components/download';
import { EvaluationNotes } from './EvaluationNotes';
import { LEVELS } from './labels';
import { LiveOff } from './LiveOff';
import { EVALUATION_REPORT, EVALUATION_REPORT_HTML } from './operations';
import { SpecialisationPage } from './SpecialisationPage';
import { useSpecialisationEvents } from './useSpecialisationEvents';
import { useSpecialisationProject } from './useSpecialisationProject';

/** The evaluation report of the model (per target group and in total), its notes and its HTML download. */
export function EvaluationPage() {
  const { t, i18n } = useTranslation('specialisation');
  const { projectId = '' } = useParams();
  const client = useApolloClient();
  const { canEvaluate, loading: projectLoading } = useSpecialisationProject(projectId);
  const { data, loading, error, refetch } = useQuery(EVALUATION_REPORT, {
    variables: { projectId },
    fetchPolicy: 'cache-and-network',
    skip: projectLoading || !canEvaluate,
  });
  const { liveOff } = useSpecialisationEvents(canEvaluate ? projectId : null, refetch);
  const [message, setMessage] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  const report = data?.evaluationReport;
  const percent = (rate: number | null | undefined) =>
    rate == null
      ? t('evaluation.noPairs')
      : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
          style: 'percent',
          maximumFractionDigits: 0,
        }).format(rate);

  async function onDownload(title: string) {
    setActionError(null);
    setMessage('');
    try {
      const result = await client.query({
        query: EVALUATION_REPORT_HTML,
        variables: { projectId },
        fetchPolicy: 'no-cache',
      });
      if (result.data) {
        downloadText(
          result.data.evaluationReport.html,
          datedFileName([title, 'evaluering'], 'html'),
          'text/html;charset=utf-8',
        );
        setMessage(t('evaluation.downloaded'));
      }
    } catch (e) {
      setActionError(e);
    }
  }

  return (
    <SpecialisationPage
      projectId={projectId}
      title={t('evaluation.title')}
      loading={loading && !data}
      error={error}
    >
      {({ project }) =>
        !canEvaluate ? (
          <Alert variant="warning" role="alert">
            <p>{t('evaluation.forbidden')}</p>
          </Alert>
        ) : (
          report && (
            <>
              <p className="font-lead">{t('evaluation.intro')}</p>
              <LiveOff off={liveOff} />
              <p className="text-muted">
                {t('evaluation.generated', { date: formatDateTime(report.generatedAt, i18n.language) })}
              </p>
              <div className="button-row mb-6">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void onDownload(project!.title)}
                >
                  {t('evaluation.download')}
                </button>
              </div>
              <ErrorAlert error={actionError} />
              <p role="status" className="status-line">
                {message}
              </p>
              <div className="table--responsive-scroll">
                <table className="table table--compact spec-report">
                  <caption className="visually-hidden">{t('evaluation.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('evaluation.targetGroup')}</th>
                      <th scope="col">{t('evaluation.offers')}</th>
                      <th scope="col">{t('evaluation.assessed')}</th>
                      <th scope="col">{t('evaluation.placed')}</th>
                      {LEVELS.map((l) => (
                        <th scope="col" key={l}>
                          {t('evaluation.level', { level: l })}
                        </th>
                      ))}
                      <th scope="col">{t('evaluation.agreement')}</th>
                      <th scope="col">{t('evaluation.openDisagreements')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.targetGroups.map((g) => (
                      <tr key={g.targetGroup.id}>
                        <th scope="row">{g.targetGroup.name}</th>
                        <td>{g.offers}</td>
                        <td>{g.assessed}</td>
                        <td>{g.placed}</td>
                        {LEVELS.map((l, i) => (
                          <td key={l}>{g.placedPerLevel[i] ?? 0}</td>
                        ))}
                        <td>
                          {percent(g.agreementRate)}
                          {g.pairs > 0 && (
                            <span className="d-block text-muted">
                              {t('evaluation.agreementDetail', { agreements: g.agreements, pairs: g.pairs })}
                            </span>
                          )}
                        </td>
                        <td>{g.openDisagreements}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('evaluation.total')}</th>
                      <td>{report.totalOffers}</td>
                      <td>{report.totalAssessed}</td>
                      <td>{report.totalPlaced}</td>
                      {LEVELS.map((l, i) => (
                        <td key={l}>
                          {report.targetGroups.reduce((n, g) => n + (g.placedPerLevel[i] ?? 0), 0)}
                        </td>
                      ))}
                      <td>
                        {percent(report.agreementRate)}
                        {report.totalPairs > 0 && (
                          <span className="d-block text-muted">
                            {t('evaluation.agreementDetail', {
                              agreements: report.totalAgreements,
                              pairs: report.totalPairs,
                            })}
                          </span>
                        )}
                      </td>
                      <td>{report.openDisagreements}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
              <EvaluationNotes projectId={projectId} notes={report.notes} onAdded={() => void refetch()} />
            </>
          )
        )
      }
    </SpecialisationPage>
  );
}
