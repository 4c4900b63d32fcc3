import { Suspense, useEffect, useRef, useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { api } from '../api';
import { LANGUAGES } from '../i18n';
import { useSession } from '../session';
import { Loading, PageFailed } from './page';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Español' };

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch">
      <label htmlFor="language">{t('header.language')}</label>
      <select id="language" value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const { user, end } = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const [signingOut, setSigningOut] = useState(false);

  // After navigating inside the app, start reading and tabbing from the new page's content.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  async function signOut() {
    setSigningOut(true);
    try {
      await api.signOut();
    } catch {
      // The session is forgotten here whatever the server answered.
    }
    setSigningOut(false);
    end('signedOut'); // the sign-in guard then shows the sign-in page, which says so
  }

  return (
    <>
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('header.skip')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            {t('product')}
          </Link>
          {user && (
            <nav aria-label={t('nav.label')}>
              <ul>
                <li>
                  <NavLink to="/" end>
                    {t('nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/my-work">{t('nav.myWork')}</NavLink>
                </li>
                <li>
                  <NavLink to="/settings/tokens">{t('nav.tokens')}</NavLink>
                </li>
              </ul>
            </nav>
          )}
          <div className="header-tools">
            <LanguageSwitch />
            {user && (
              <div className="account">
                <span className="account-name">{t('header.signedInAs', { name: user.name })}</span>
                <button type="button" className="button button-header" onClick={() => void signOut()} aria-disabled={signingOut || undefined}>
                  {t('header.signOut')}
                </button>
              </div>
            )}
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} data-path={location.pathname}>
        <ErrorBoundary FallbackComponent={PageFailed} resetKeys={[location.pathname]}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
      </footer>
    </>
  );
}
