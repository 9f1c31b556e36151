import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { MEMBERSHIP_FIELDS } from '../../lib/fragments';
import { readFragment } from '../../lib/graphql';
import { roleGroupKey } from '../../lib/labels';
import { useProject } from '../projects/useProject';
import { AddMemberForm } from './AddMemberForm';
import { MemberRow } from './MemberRow';

export function MembersPage() {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const { project, loading, error, refetch } = useProject(projectId);
  const [message, setMessage] = useState('');
  const [rowError, setRowError] = useState<unknown>(null);
  usePageTitle(project ? `${t('members.title')}: ${project.title}` : t('members.title'));

  if (loading) return <Loading />;
  if (error || !project)
    return (
      <>
        <h1>{t('project.unavailable')}</h1>
        <ErrorAlert error={error} />
      </>
    );

  const crumbs = [
    { label: t('nav.myProjects'), to: '/' },
    { label: project.title, to: `/projects/${project.id}` },
    { label: t('members.title') },
  ];

  if (!project.viewerCan.manage)
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <h1>{t('members.title')}</h1>
        <Alert variant="warning" role="alert">
          <p>{t('members.coordinatorsOnly')}</p>
        </Alert>
      </>
    );

  const onResult = ({ message: text, error: e }: { message?: string; error?: unknown }) => {
    setRowError(e ?? null);
    setMessage(text ?? '');
  };

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <h1>
        {t('members.title')}
        <span className="h1-sub">{project.title}</span>
      </h1>
      <p className="font-lead">{t('members.intro')}</p>

      <AddMemberForm projectId={project.id} onAdded={() => refetch()} />

      <section aria-labelledby="member-list-heading" className="mt-8">
        <h2 id="member-list-heading">{t('members.listHeading')}</h2>
        <ErrorAlert error={rowError} overrides={{ CONFLICT: 'members.errors.lastCoordinator' }} />
        <p role="status" className="status-line">
          {message}
        </p>
        {project.memberGroups
          .filter((g) => g.organizations.some((o) => o.members.length > 0))
          .map((group) => (
            <div key={group.role} className="table--responsive-scroll mb-6">
              <table className="table members-table">
                <caption>
                  <h3 className="h4 mb-0">{t(roleGroupKey(group.role))}</h3>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('members.name')}</th>
                    <th scope="col">{t('members.organization')}</th>
                    <th scope="col">{t('members.role')}</th>
                    <th scope="col">{t('members.approver')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('members.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {group.organizations.flatMap((org) =>
                    readFragment(MEMBERSHIP_FIELDS, org.members).map((m, i) => (
                      <MemberRow
                        key={m.id}
                        member={org.members[i]}
                        isMe={m.id === project.myMembership?.id}
                        onChanged={() => refetch()}
                        onResult={onResult}
                      />
                    )),
                  )}
                </tbody>
              </table>
            </div>
          ))}
      </section>
    </>
  );
}
