import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Icon } from './Icon';

export interface Crumb {
  label: string;
  to?: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
      <ol className="breadcrumbs__list">
        {items.map((item, i) => (
          <li className="breadcrumbs__list-item" key={`${i}-${item.label}`}>
            {item.to && i < items.length - 1 ? (
              <>
                <Link className="breadcrumbs__link" to={item.to}>
                  {item.label}
                </Link>
                <Icon name="chevron-right" />
              </>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
