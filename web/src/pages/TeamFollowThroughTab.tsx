import { TeamFollowThrough } from '../components/team/TeamFollowThrough';
import { useTeamPage } from '../components/team/teamPage';

/** The team page's follow-through tab: its figures, each linking to the items it counts. */
export default function TeamFollowThroughTab() {
  const { team } = useTeamPage();
  return <TeamFollowThrough teamId={team.id} />;
}
