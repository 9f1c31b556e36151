import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import './i18n';

interface Props {
  projectId: string;
  /** Evaluation is for coordinators and authors; others do not get the link. */
  canEvaluate: boolean;
}

/** The four parts of a specialisation project, on the project page and atop each of its pages. */
export function SpecialisationNav({ projectId, canEvaluate }: Props) {
  const { t } = useTranslation('specialisation');
  const links = [
    { to: `/projects/${projectId}/target-groups`, label: t('nav.targetGroups') },
    { to: `/projects/${projectId}/providers`, label: t('nav.providers') },
    { to: `/projects/${projectId}/placements`, label: t('nav.overview') },
    ...(canEvaluate ? [{ to: `/projects/${projectId}/evaluation`, label: t('nav.evaluation') }] : []),
  ];
  return (
    <nav className="spec-nav" aria-label={t('nav.label')}>
      <ul className="spec-nav__list nobullet-list">
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={false}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
