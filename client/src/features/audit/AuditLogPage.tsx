import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime, orgLabel } from '../../lib/format';
import { chapterStatusKey, roleKey } from '../../lib/labels';
import './i18n';
import { downloadText } from '../../components/download';
import { AUDIT_CONTEXT, AUDIT_LOG, AUDIT_LOG_CSV } from './operations';

const PAGE = 50;
const str = (v: unknown) => (typeof v === 'string' ? v : null);

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

  const people = new Map(project.members.map((m) => [m.userId, m.user.name]));
  const chapters = new Map(project.documents.flatMap((d) => d.chapters.map((c) => [c.id, c.title] as const)));
  const documents = new Map(project.documents.map((d) => [d.id, d.title]));
  const orgs = new Map((context.data?.organizations ?? []).map((o) => [o.id, orgLabel(o)]));
  const person = (id: string | null) => (id ? (people.get(id) ?? t('formerMember')) : t('system'));

  function subject(type: string, id: string | null) {
    const kind = t(`subjects.${type}`, { defaultValue: type });
    const name = id ? (chapters.get(id) ?? documents.get(id)) : undefined;
    if (name && chapters.has(id!))
      return (
        <>
          {kind}: <Link to={`/chapters/${id}`}>{name}</Link>
        </>
      );
    return name ? `${kind}: ${name}` : kind;
  }

  function details(action: string, d: Record<string, unknown>): string {
    const parts: string[] = [];
    if (action === 'chapter.status_changed') {
      const from = str(d.from);
      const to = str(d.to);
      if (from && to) parts.push(`${tApp(chapterStatusKey(from))} → ${tApp(chapterStatusKey(to))}`);
      if (d.automatic === true) parts.push(t('automatic'));
    }
    const org = str(d.organizationId);
    if (org) parts.push(t('detail.organization', { name: orgs.get(org) ?? org }));
    const user = str(d.userId);
    if (user) parts.push(t('detail.member', { name: people.get(user) ?? t('formerMember') }));
    const role = str(d.role);
    if (role) parts.push(t('detail.role', { role: tApp(roleKey(role)) }));
    if (d.isApprover === true) parts.push(t('detail.approver'));
    if (typeof d.number === 'number') parts.push(t('detail.edition', { number: d.number }));
    const name = str(d.name);
    if (name) parts.push(t('detail.name', { name }));
    const reason = str(d.reason);
    if (reason)
      parts.push(
        t('detail.reason', { reason: reason === 'CONTENT_CHANGED' ? t('detail.contentChanged') : reason }),
      );
    return parts.join(' · ');
  }

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
        downloadText(data.auditLogCsv, `revisionslog-${projectId}.csv`, 'text/csv;charset=utf-8');
        setMessage(t('downloaded'));
      }
    } catch (e) {
      setDownloadError(e);
    } finally {
      setBusy(false);
    }
  }

  const page = log.data?.auditLog;
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
                {page.items.map((e) => (
                  <tr key={e.id}>
                    <td className="text-nowrap">{formatDateTime(e.at, i18n.language)}</td>
                    <td>{person(e.actorId)}</td>
                    <th scope="row">{t(`actions.${e.action}`, { defaultValue: e.action })}</th>
                    <td>{subject(e.subjectType, e.subjectId)}</td>
                    <td>{details(e.action, (e.details ?? {}) as Record<string, unknown>)}</td>
                    <td>{e.ip ?? '–'}</td>
                  </tr>
                ))}
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
