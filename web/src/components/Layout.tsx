import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession } from '../session';
import { Account } from './layout/Account';
import { LanguageSwitch } from './layout/LanguageSwitch';
import { SiteNav } from './layout/SiteNav';
import { useFocusOnNavigate } from './layout/useFocusOnNavigate';
import { Loading, PageFailed } from './page';

export function Layout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const main = useFocusOnNavigate<HTMLElement>();
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
          {user && <SiteNav />}
          <div className="header-tools">
            <LanguageSwitch />
            {user && <Account name={user.name} />}
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
        <p>
          {t('footer.licence')} <a href="/licenses.txt">{t('footer.licences')}</a>
        </p>
      </footer>
    </>
  );
}
