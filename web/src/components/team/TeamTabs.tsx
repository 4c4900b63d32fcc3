import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const TABS = ['overview', 'meetings', 'guide', 'improvement', 'members', 'follow-through', 'settings'] as const;
export type TeamTab = (typeof TABS)[number];
export function isTeamTab(value: string): value is TeamTab {
  return value !== 'overview' && (TABS as readonly string[]).includes(value);
}

/** Where each tab lives: the team page's sub-routes, so each tab is linkable and the back button works. */
export function teamTabPath(teamId: number, tab: TeamTab): string {
  return tab === 'overview' ? `/teams/${teamId}` : `/teams/${teamId}/${tab}`;
}

/** The team page's sections as a navigation of links (the current one marked with aria-current="page"): plain
 * links work with the keyboard, read as a list of pages to a screen reader, and wrap at 320 px. Settings is
 * listed only for those who may manage the team (the API's `may.manage`). */
export function TeamTabs({ teamId, current, manages }: { teamId: number; current: TeamTab; manages: boolean }) {
  const { t } = useTranslation();
  const tabs: TeamTab[] = ['overview', 'meetings', 'guide', 'improvement', 'members', 'follow-through', ...(manages ? (['settings'] as const) : [])];
  return (
    <nav className="team-tabs" aria-label={t('teamTabs.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab}>
            <Link to={teamTabPath(teamId, tab)} aria-current={tab === current ? 'page' : undefined}>
              {t(`teamTabs.${tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
