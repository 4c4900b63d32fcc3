import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TeamOverview } from '../components/team/TeamOverview';
import { useTeamPage } from '../components/team/teamPage';

/** The team page's first tab: the team's status in short, each figure linking to what it counts. */
export default function TeamOverviewTab() {
  const { t } = useTranslation();
  const { team } = useTeamPage();
  return (
    <>
      <TeamOverview team={team} />
      <p>
        <Link to={`/teams/${team.id}/report`}>{t('reports.teamLink')}</Link>
      </p>
    </>
  );
}
