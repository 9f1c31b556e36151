import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every page names itself in the tab and for screen readers: "<page> – Samskriv". */
export function usePageTitle(title: string | null | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} – ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
