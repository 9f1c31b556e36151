import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Icon } from './Icon';

export interface Crumb {
  label: string;
  to?: string;
}

/** DKFDS breadcrumbs: one line that wraps, a chevron before every crumb but the first. */
export function Breadcrumbs({ items: given }: { items: Crumb[] }) {
  const { t } = useTranslation();
  // A document named like its project would say the same thing twice: the first (linked) crumb is enough.
  const items = given.filter((item, i) => i === 0 || item.label !== given[i - 1].label);
  return (
    <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
      <ol className="breadcrumbs__list no-max-width">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li
              className="breadcrumbs__list-item"
              key={`${i}-${item.label}`}
              aria-current={last ? 'page' : undefined}
            >
              {i > 0 && <Icon name="chevron-right" />}
              {item.to && !last ? (
                <Link className="breadcrumbs__link" to={item.to}>
                  {item.label}
                </Link>
              ) : (
                <span>{item.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
