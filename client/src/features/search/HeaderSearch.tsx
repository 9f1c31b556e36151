import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { MAX_QUERY_LENGTH } from './limits';
import './i18n';
import './search.css';

/** Typing "/" outside a text field jumps to the search field (as on GitHub and in Outline). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[contenteditable="true"]') !== null
  );
}

/** The search field in the header on every page. */
export function HeaderSearch() {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const location = useLocation();
  const inputRef = useRef<HTMLInputElement>(null);
  const current =
    location.pathname === '/search' ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [query, setQuery] = useState(current);
  const [seen, setSeen] = useState(current);
  // Another search (from the results page or a link) shows here too.
  if (seen !== current) {
    setSeen(current);
    setQuery(current);
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
        return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form
      role="search"
      className="header-search"
      onSubmit={(event) => {
        event.preventDefault();
        const params = new URLSearchParams(location.pathname === '/search' ? location.search : '');
        params.set('q', query.trim());
        void navigate(`/search?${params}`);
      }}
    >
      <label className="visually-hidden" htmlFor="header-search-input">
        {t('header.label')}
      </label>
      <input
        id="header-search-input"
        ref={inputRef}
        className="form-input"
        type="search"
        value={query}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('header.placeholder')}
        aria-keyshortcuts="/"
        title={t('header.shortcut')}
        onChange={(event) => setQuery(event.target.value)}
      />
      <button type="submit" className="button button-secondary">
        {t('header.submit')}
      </button>
    </form>
  );
}
