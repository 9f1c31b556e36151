import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Breadcrumbs, type Crumb } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { SpecialisationNav } from './SpecialisationNav';
import { useSpecialisationProject } from './useSpecialisationProject';
import './i18n';
import './specialisation.css';

type ProjectInfo = ReturnType<typeof useSpecialisationProject>;

interface Props {
  projectId: string | null | undefined;
  /** The page's own title (h1 and tab). */
  title: string | null;
  /** Crumbs between the project and this page. */
  crumbs?: Crumb[];
  loading?: boolean;
  error?: unknown;
  unavailableTitle?: string;
  children: (project: ProjectInfo) => ReactNode;
}

/** The frame of every specialisation page: breadcrumbs, the section nav, the h1, loading and errors. */
export function SpecialisationPage(props: Props) {
  const { projectId, title, crumbs = [], loading, error, unavailableTitle, children } = props;
  const { t } = useTranslation('specialisation');
  const { t: tApp } = useTranslation();
  const info = useSpecialisationProject(projectId);
  const failed = Boolean(error) || Boolean(info.error);
  usePageTitle(failed ? (unavailableTitle ?? tApp('project.unavailable')) : title);

  if (loading || info.loading) return <Loading />;
  if (failed || !info.project)
    return (
      <>
        <h1>{unavailableTitle ?? tApp('project.unavailable')}</h1>
        <ErrorAlert error={error ?? info.error} />
      </>
    );
  const project = info.project;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: tApp('nav.myProjects'), to: '/' },
          { label: project.title, to: `/projects/${project.id}` },
          ...crumbs,
          { label: title ?? '' },
        ]}
      />
      <SpecialisationNav projectId={project.id} canEvaluate={info.canEvaluate} />
      <h1>
        {title}
        <span className="h1-sub">{project.title}</span>
      </h1>
      {project.kind !== 'SPECIALISATION' && <p className="text-muted">{t('errors.notSpecialisation')}</p>}
      {children(info)}
    </>
  );
}
