import { useTranslation } from 'react-i18next';
import { setLanguage } from '../lib/i18n';

/** Offers the other language, named in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'da' : 'en';
  return (
    <button
      type="button"
      className="button button-tertiary language-switch"
      lang={other}
      onClick={() => setLanguage(other)}
    >
      {t(`language.switchTo.${other}`)}
    </button>
  );
}
