import { useApolloClient, useMutation } from '@apollo/client/react';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Loading } from '../components/Loading';
import { forgetSession } from '../lib/apollo';
import { closeCollabConnections } from '../lib/live-connections';
import { LOGOUT } from '../features/auth/operations';
import { useMe } from '../features/auth/useMe';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { HeaderSearch } from '../features/search/HeaderSearch';

function UserArea() {
  const { t } = useTranslation();
  const { me } = useMe();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LOGOUT);
  if (!me) return null;
  return (
    <>
      <p className="user">
        <span className="visually-hidden">{t('header.loggedInAs')} </span>
        <strong>{me.name}</strong>
        <br />
        <span>{me.organization.name}</span>
      </p>
      <button
        type="button"
        className="button button-secondary"
        disabled={loading}
        onClick={() => {
          // Whatever the server says, this tab forgets the user: typed text is flushed first, then every
          // live connection closes and nothing of theirs stays in the cache or the header.
          void closeCollabConnections()
            .then(() => logout())
            .catch(() => undefined)
            .then(() => navigate('/login', { replace: true }))
            .then(() => forgetSession(client));
        }}
      >
        {t('header.logout')}
      </button>
    </>
  );
}

/** Header, skip link, main landmark and footer around every page. */
export function Layout() {
  const { t } = useTranslation();
  const { me } = useMe();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page's heading (as DKFDS expects), so screen
  // readers announce it and Tab continues from the content. Pages may render their h1 after loading.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const focusHeading = () => {
      const h1 = main.querySelector('h1');
      if (!h1) return false;
      h1.tabIndex = -1;
      h1.focus({ preventScroll: false });
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 5000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [location.pathname]);

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('app.skipLink')}
      </a>
      <header className="header">
        <div className="portal-info">
          <div className="container portal-info-inner">
            <Link to="/" className="brand">
              <span className="brand-mark" aria-hidden="true">
                S
              </span>
              {/* The visible words come first in the link's name (WCAG 2.5.3 Label in Name). */}
              <span className="brand-name">{t('app.portal')}</span>
              <span className="visually-hidden">{t('header.home')}</span>
            </Link>
            <div className="portal-user">
              {me && <HeaderSearch />}
              {me && <NotificationBell />}
              <UserArea />
              <LanguageSwitch />
            </div>
          </div>
        </div>
        <div className="solution-info">
          <div className="container solution-info-inner">
            <div className="solution-heading">
              <Link to="/">{t('app.name')}</Link>
            </div>
            <div className="additional-info">
              <p>{t('app.tagline')}</p>
            </div>
          </div>
        </div>
        {me && (
          <nav className="main-nav" aria-label={t('nav.main')}>
            <div className="container">
              <ul className="main-nav-list unstyled-list">
                <li>
                  <Link to="/" aria-current={location.pathname === '/' ? 'page' : undefined}>
                    {t('nav.myProjects')}
                  </Link>
                </li>
                {me.isSystemAdmin && (
                  <li>
                    <Link
                      to="/admin/organizations"
                      aria-current={location.pathname.startsWith('/admin') ? 'page' : undefined}
                    >
                      {t('nav.admin')}
                    </Link>
                  </li>
                )}
              </ul>
            </div>
          </nav>
        )}
      </header>
      <main id="main-content" className="container page-container" tabIndex={-1} ref={mainRef}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <div className="container">
          <p>{t('footer.text')}</p>
          <p>
            <Link to="/tilgaengelighed">{t('footer.accessibility')}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
