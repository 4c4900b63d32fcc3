import { useOutletContext } from 'react-router';
import type { Perspective, Team } from '../../api';
import type { Labels } from './labels';

/** What the team page (src/pages/Team.tsx) hands the tab it shows: the team as loaded once for all tabs, and the
 * ways to reload it and to announce what a tab did. */
export type TeamPage = {
  team: Team;
  catalogue: Perspective[];
  labels: Labels;
  manages: boolean;
  reload: () => Promise<void>;
  setStatus: (message: string | null) => void;
};

/** The team a tab of the team page shows (each tab is a page of its own under the team page's route). */
export function useTeamPage(): TeamPage {
  return useOutletContext<TeamPage>();
}
