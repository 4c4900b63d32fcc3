import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The app's main navigation, for a signed-in user. */
export function SiteNav() {
  const { t } = useTranslation();
  return (
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
          <NavLink to="/directory">{t('nav.directory')}</NavLink>
        </li>
        <li>
          <NavLink to="/library">{t('nav.library')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
