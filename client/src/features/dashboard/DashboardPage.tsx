import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { APPROVAL_FIELDS } from '../approvals/approval.fragments';
import { ApprovingOrganizationsLink } from '../approvals/ApprovingOrganizationsLink';
import { CHAPTER_WORKFLOW_CHANGED } from '../approvals/operations';
import { AUDIT_LOG } from '../audit/operations';
import { readFragment } from '../../lib/graphql';
import { chapterStatusKey, documentKindKey } from '../../lib/labels';
import { ReviewRoundsLink } from '../review/ReviewRoundsLink';
import { ApprovalMatrix } from './ApprovalMatrix';
import { EditionSummary } from './EditionSummary';
import { OpenRounds } from './OpenRounds';
import { ProgressChart } from './ProgressChart';
import './i18n';
import { needsAction } from './needsAction';
import { DASHBOARD } from './operations';
import './dashboard.css';

const STATUSES = ['DRAFT', 'IN_REVIEW', 'REVISION', 'AWAITING_APPROVAL', 'APPROVED', 'PUBLISHED'] as const;

/** The coordinator's overview: per document, chapters × approving organisations, live. */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const { t: tApp } = useTranslation();
  const { projectId = '' } = useParams();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(DASHBOARD, {
    variables: { projectId },
    fetchPolicy: 'cache-and-network',
  });
  const project = data?.project;
  const [status, setStatus] = useState('');
  const [onlyAction, setOnlyAction] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const statusId = useId();
  const actionId = useId();

  // Each event carries the chapter as it is now; Apollo merges it into the cache by id, so the
  // matrix re-renders without a reload. The polite status line says what changed.
  const live = useSubscription(CHAPTER_WORKFLOW_CHANGED, {
    variables: { projectId },
    skip: !project?.viewerCan.manage,
    onData: ({ data: event }) => {
      const changed = event.data?.chapterWorkflowChanged;
      // An edit (throttled by the server) only moves the last-edit column: no audit entry, nothing to announce.
      if (!changed || changed.lastEditedAt) return;
      void client.refetchQueries({ include: [AUDIT_LOG] }).catch(() => undefined);
      const title = project?.documents
        .flatMap((d) => d.chapters)
        .find((c) => c.id === changed.chapterId)?.title;
      if (title)
        setAnnouncement(
          t('updated', { chapter: title, status: tApp(chapterStatusKey(changed.chapter.status)) }),
        );
    },
  });

  usePageTitle(project ? `${t('title')}: ${project.title}` : t('title'));

  if (loading && !data) return <Loading />;
  if (error || !project)
    return (
      <>
        <h1>{tApp('project.unavailable')}</h1>
        <ErrorAlert error={error} />
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

  const total = project.documents.reduce((n, d) => n + d.chapters.length, 0);
  const visible = (c: (typeof project.documents)[number]['chapters'][number]) =>
    (!status || c.status === status) &&
    (!onlyAction || needsAction({ status: c.status, approvals: readFragment(APPROVAL_FIELDS, c.approvals) }));
  const shown = project.documents.reduce((n, d) => n + d.chapters.filter(visible).length, 0);

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <h1>
        {t('title')}
        <span className="h1-sub">{project.title}</span>
      </h1>
      <p className="font-lead">{t('intro')}</p>
      {live.error ? (
        <Alert variant="warning" role="alert">
          <p>{t('liveOff')}</p>
        </Alert>
      ) : null}
      <p role="status" className="status-line">
        {announcement}
      </p>

      <fieldset className="dashboard-filters">
        <legend className="h4">{t('filters.legend')}</legend>
        <div className="dashboard-filters__row">
          <div className="form-group">
            <label className="form-label" htmlFor={statusId}>
              {t('filters.status')}
            </label>
            <select
              className="form-select"
              id={statusId}
              value={status}
              onChange={(e) => setStatus(e.target.value)}
            >
              <option value="">{t('filters.allStatuses')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {tApp(chapterStatusKey(s))}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group-checkbox">
            <input
              id={actionId}
              type="checkbox"
              className="form-checkbox"
              checked={onlyAction}
              aria-describedby={`${actionId}-hint`}
              onChange={(e) => setOnlyAction(e.target.checked)}
            />
            <label htmlFor={actionId}>{t('filters.needsAction')}</label>
            <span className="form-hint" id={`${actionId}-hint`}>
              {t('filters.needsActionHint')}
            </span>
          </div>
        </div>
        <p className="status-line" aria-live="polite">
          {t('filters.shown', { shown, count: total })}
        </p>
      </fieldset>

      {project.documents.map((doc) => {
        const chapters = doc.chapters.filter(visible);
        const done = doc.chapters.filter((c) => c.status === 'APPROVED' || c.status === 'PUBLISHED').length;
        return (
          <section key={doc.id} className="dashboard-document" aria-labelledby={`dash-doc-${doc.id}`}>
            <h2 id={`dash-doc-${doc.id}`}>
              {doc.title} <span className="document-kind">{tApp(documentKindKey(doc.kind))}</span>
            </h2>
            {doc.chapters.length > 0 && (
              <div className="dashboard-progress">
                <progress
                  max={doc.chapters.length}
                  value={done}
                  aria-label={t('progress.label', { document: doc.title })}
                />
                <span>{t('progress.text', { approved: done, count: doc.chapters.length })}</span>
              </div>
            )}
            <EditionSummary documentId={doc.id} documentTitle={doc.title} editions={doc.editions} />
            <OpenRounds
              documentId={doc.id}
              documentTitle={doc.title}
              rounds={doc.openReviewRounds}
              onChange={(type) => {
                if (type === 'ROUND_OPENED') setAnnouncement(t('rounds.opened'));
                if (type === 'ROUND_CLOSED') setAnnouncement(t('rounds.closed'));
              }}
            />
            <ul className="dashboard-links unstyled-list">
              <li>
                <ReviewRoundsLink documentId={doc.id} documentTitle={doc.title} />
              </li>
              <li>
                <ApprovingOrganizationsLink documentId={doc.id} documentTitle={doc.title} />
              </li>
            </ul>
            <ProgressChart projectId={project.id} documentTitle={doc.title} chapters={doc.chapters} />
            {doc.approvingOrganizations.length === 0 && <p>{t('matrix.noOrganizations')}</p>}
            {doc.chapters.length === 0 ? (
              <p>{t('matrix.noChapters')}</p>
            ) : chapters.length === 0 ? (
              <p>{t('matrix.noneMatch')}</p>
            ) : (
              <ApprovalMatrix
                documentId={doc.id}
                documentTitle={doc.title}
                organizations={doc.approvingOrganizations}
                chapters={chapters}
              />
            )}
          </section>
        );
      })}
    </>
  );
}
