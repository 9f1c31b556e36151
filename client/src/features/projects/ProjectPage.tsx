import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { AuditLink } from '../audit/AuditLink';
import { ChapterList } from '../chapters/ChapterList';
import { ApprovingOrganizationsLink } from '../approvals/ApprovingOrganizationsLink';
import { DashboardLink } from '../dashboard/DashboardLink';
import { ReviewRoundsLink } from '../review/ReviewRoundsLink';
import { SpecialisationSection } from '../specialisation/SpecialisationSection';
import { AddDocumentForm } from './AddDocumentForm';
import { documentKindKey, roleKey } from '../../lib/labels';
import { MemberGroups } from './MemberGroups';
import { ProjectEditForm } from './ProjectEditForm';
import { ProjectFacts } from './ProjectFacts';
import { useProject } from './useProject';

export function ProjectPage() {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const { project, loading, error, refetch } = useProject(projectId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  usePageTitle(project?.title ?? (error ? t('project.unavailable') : t('app.loading')));

  if (loading) return <Loading />;
  if (error || !project)
    return (
      <>
        <h1>{t('project.unavailable')}</h1>
        <ErrorAlert error={error} />
      </>
    );

  const canManage = project.viewerCan.manage;
  return (
    <>
      <Breadcrumbs items={[{ label: t('nav.myProjects'), to: '/' }, { label: project.title }]} />
      <h1>{project.title}</h1>
      {project.myMembership && (
        <p className="font-lead">
          {t('project.myRole', { role: t(roleKey(project.myMembership.role)) })}
          {project.myMembership.isApprover && ` ${t('project.andApprover')}`}
        </p>
      )}
      {canManage && !editing && (
        <div className="button-row mb-6">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('project.edit')}
          </button>
          <Link className="button button-secondary" to={`/projects/${project.id}/members`}>
            {t('members.manage')}
          </Link>
          <DashboardLink projectId={project.id} />
          <AuditLink projectId={project.id} />
        </div>
      )}
      {saved && <Alert variant="success" role="status" heading={t('project.saved')} />}

      {editing ? (
        <ProjectEditForm
          project={project}
          onDone={(didSave) => {
            setEditing(false);
            setSaved(didSave);
          }}
        />
      ) : (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t('project.about')}</h2>
          <ProjectFacts project={project} />
        </section>
      )}

      {project.kind === 'SPECIALISATION' && (
        <SpecialisationSection projectId={project.id} canEvaluate={project.viewerCan.evaluate} />
      )}

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('project.documents')}</h2>
        {project.documents.length === 0 && <p>{t('project.noDocuments')}</p>}
        {project.documents.map((doc) => (
          <section key={doc.id} className="document" aria-labelledby={`doc-${doc.id}`}>
            <h3 id={`doc-${doc.id}`}>
              {doc.title} <span className="document-kind">{t(documentKindKey(doc.kind))}</span>
            </h3>
            <ul className="document-links unstyled-list">
              <li>
                <ReviewRoundsLink documentId={doc.id} documentTitle={doc.title} />
              </li>
              {canManage && (
                <li>
                  <ApprovingOrganizationsLink documentId={doc.id} documentTitle={doc.title} />
                </li>
              )}
            </ul>
            <ChapterList
              documentId={doc.id}
              documentTitle={doc.title}
              chapters={doc.chapters}
              canManage={canManage}
              onChanged={() => refetch()}
            />
          </section>
        ))}
        {canManage && <AddDocumentForm projectId={project.id} onChanged={() => refetch()} />}
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('project.members')}</h2>
        <MemberGroups groups={project.memberGroups} />
      </section>
    </>
  );
}
