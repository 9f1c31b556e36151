import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { describeAuditEvent, type AuditLanguage } from '@samskriv/schema/audit-wording';
import { formatDateTime } from '../../lib/format';
import './i18n';
import { datedFileName, downloadText } from '../../components/download';
import { auditSubjectPath } from './auditSubjectPath';
import { AUDIT_CONTEXT, AUDIT_LOG, AUDIT_LOG_CSV } from './operations';

const PAGE = 50;

/** The project's audit log for coordinators: read-only, newest first, paged, downloadable as CSV. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation('audit');
  const { t: tApp } = useTranslation();
  const { projectId = '' } = useParams();
  const client = useApolloClient();
  const [offset, setOffset] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const context = useQuery(AUDIT_CONTEXT, { variables: { projectId } });
  const project = context.data?.project;
  const log = useQuery(AUDIT_LOG, {
    variables: { projectId, limit: PAGE, offset },
    skip: !project?.viewerCan.manage,
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(project ? `${t('title')}: ${project.title}` : t('title'));

  if (context.loading && !context.data) return <Loading />;
  if (context.error || !project)
    return (
      <>
        <h1>{tApp('project.unavailable')}</h1>
        <ErrorAlert error={context.error} />
      </>
    );
  const crumbs = [
    { label: tApp('nav.myProjects'), to: '/' },
    { label: project.title, to: `/projects/${project.id}` },
    { label: t('title') },
  ];
  if (!project.viewerCan.manage)
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <h1>{t('title')}</h1>
        <Alert variant="warning" role="alert">
          <p>{t('coordinatorsOnly')}</p>
        </Alert>
      </>
    );

  const page = log.data?.auditLog;
  const names = new Map((page?.names ?? []).map((n) => [n.id, n.name]));
  const lang: AuditLanguage = i18n.language.startsWith('en') ? 'en' : 'da';
  const person = (id: string | null) => (id ? (names.get(id) ?? t('formerMember')) : t('system'));

  async function onDownload() {
    setBusy(true);
    setMessage('');
    setDownloadError(null);
    try {
      const { data } = await client.query({
        query: AUDIT_LOG_CSV,
        variables: { projectId },
        fetchPolicy: 'network-only',
      });
      if (data) {
        // A byte order mark, so spreadsheets read the Danish letters as UTF-8.
        downloadText(
          `\uFEFF${data.auditLogCsv}`,
          datedFileName([project!.title, 'revisionslog'], 'csv'),
          'text/csv;charset=utf-8',
        );
        setMessage(t('downloaded'));
      }
    } catch (e) {
      setDownloadError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <h1>
        {t('title')}
        <span className="h1-sub">{project.title}</span>
      </h1>
      <p className="font-lead">{t('intro')}</p>
      <div className="button-row mb-6">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void onDownload()}
        >
          {busy ? t('downloading') : t('download')}
        </button>
      </div>
      <ErrorAlert error={downloadError} />
      <p role="status" className="status-line">
        {message}
      </p>
      {log.error ? (
        <ErrorAlert error={log.error} />
      ) : !page ? (
        <Loading />
      ) : page.items.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <p>
            {t('range', {
              from: offset + 1,
              to: offset + page.items.length,
              count: page.totalCount,
            })}
          </p>
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption className="visually-hidden">{t('caption', { project: project.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('at')}</th>
                  <th scope="col">{t('actor')}</th>
                  <th scope="col">{t('action')}</th>
                  <th scope="col">{t('subject')}</th>
                  <th scope="col">{t('details')}</th>
                  <th scope="col">{t('ip')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((e) => {
                  const event = { ...e, details: (e.details ?? {}) as Record<string, unknown> };
                  const described = describeAuditEvent(event, lang, (id) => names.get(id));
                  const path = auditSubjectPath(event, project.id);
                  return (
                    <tr key={e.id}>
                      <td className="text-nowrap">{formatDateTime(e.at, i18n.language)}</td>
                      <td>{person(e.actorId)}</td>
                      <th scope="row">{described.action}</th>
                      <td>
                        {described.subjectType}
                        {described.subjectName && (
                          <>
                            {': '}
                            {path ? <Link to={path}>{described.subjectName}</Link> : described.subjectName}
                          </>
                        )}
                      </td>
                      <td>{described.details}</td>
                      <td>{e.ip ?? '–'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {(offset > 0 || page.hasMore) && (
            <nav className="button-row mt-4" aria-label={t('title')}>
              <button
                type="button"
                className="button button-secondary"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                {t('previous')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={!page.hasMore}
                onClick={() => setOffset(offset + PAGE)}
              >
                {t('next')}
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
