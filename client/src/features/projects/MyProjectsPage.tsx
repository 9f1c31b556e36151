import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatPeriod } from '../../app/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { projectKindKey, roleKey } from './labels';
import { MY_PROJECTS } from './operations';
import { useMe } from '../auth/useMe';

export function MyProjectsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('myProjects.title'));
  const { data, loading, error } = useQuery(MY_PROJECTS, { fetchPolicy: 'cache-and-network' });
  const { me } = useMe();

  return (
    <>
      <h1>{t('myProjects.title')}</h1>
      <p className="font-lead">{t('myProjects.intro')}</p>
      {me?.canStartProjects ? (
        <p>
          <Link to="/projects/new" className="button button-primary">
            {t('newProject.title')}
          </Link>
        </p>
      ) : (
        <p className="form-hint">{t('myProjects.noStartRight')}</p>
      )}
      {loading && !data && <Loading />}
      <ErrorAlert error={error} />
      {data && data.myProjects.length === 0 && <p>{t('myProjects.empty')}</p>}
      {data && data.myProjects.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="visually-hidden">{t('myProjects.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('project.title')}</th>
                <th scope="col">{t('project.period')}</th>
                <th scope="col">{t('project.kind')}</th>
                <th scope="col">{t('myProjects.myRole')}</th>
              </tr>
            </thead>
            <tbody>
              {data.myProjects.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="project-title-cell">
                    <Link to={`/projects/${p.id}`}>{p.title}</Link>
                  </th>
                  <td>{formatPeriod(p.periodStart, p.periodEnd, i18n.language) ?? t('common.notSet')}</td>
                  <td>{t(projectKindKey(p.kind))}</td>
                  <td>
                    {p.myMembership ? t(roleKey(p.myMembership.role)) : '—'}
                    {p.myMembership?.isApprover && (
                      <>
                        {' '}
                        <span className="badge badge-info">{t('members.approver')}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
