import { TeamMeetings } from '../components/TeamMeetings';
import { useTeamPage } from '../components/team/teamPage';

/** The team page's meetings tab: the team's meetings, and planning one for those who manage the team. */
export default function TeamMeetingsTab() {
  const { team, manages } = useTeamPage();
  return <TeamMeetings teamId={team.id} manages={manages} />;
}
