import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

const SECTIONS = [
  ['/admin/organizations', 'admin.organizations.title'],
  ['/admin/users', 'admin.users.title'],
] as const;

/** Switches between the administration pages; the current one is marked for screen readers. */
export function AdminNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav className="admin-nav" aria-label={t('admin.title')}>
      <ul className="admin-nav__list">
        {SECTIONS.map(([to, key]) => (
          <li key={to}>
            <Link to={to} aria-current={pathname === to ? 'page' : undefined}>
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
