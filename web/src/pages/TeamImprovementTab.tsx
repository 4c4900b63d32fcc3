import { TeamImprovement } from '../components/team/TeamImprovement';
import { useTeamPage } from '../components/team/teamPage';

/** The team page's improvement tab. */
export default function TeamImprovementTab() {
  const { team, manages } = useTeamPage();
  return <TeamImprovement teamId={team.id} manages={manages} />;
}
