import { TeamSettings } from '../components/team/TeamSettings';
import { useTeamPage } from '../components/team/teamPage';

/** The team page's settings tab (listed for those who may manage the team), apart from its status. */
export default function TeamSettingsTab() {
  const { team, catalogue, labels, reload, setStatus } = useTeamPage();
  return (
    <TeamSettings
      team={team}
      catalogue={catalogue}
      labels={labels}
      done={async (message) => {
        await reload();
        setStatus(message);
      }}
    />
  );
}
