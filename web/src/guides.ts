// Helpers for the guide pages: a guide's text in the UI's language, section keys and paths,
// and who may do what in a team (the server decides; the pages only hide what would be refused).
import { api, type GuideText, type Team } from './api';
import { currentLanguage } from './i18n';

/** A guide text in the language the UI is in (the server already falls back to English for a missing `es`). */
export function inLanguage(text: GuideText | null | undefined): string {
  if (!text) return '';
  return currentLanguage() === 'es' ? text.es || text.en : text.en;
}

/** "module/section", the key the server uses for a guide's current section. */
export function splitSectionKey(key: string | null): { module: string; section: string } | null {
  if (!key) return null;
  const at = key.indexOf('/');
  return at < 0 ? null : { module: key.slice(0, at), section: key.slice(at + 1) };
}

const seg = encodeURIComponent;

export const guidePaths = {
  progress: (teamId: number, guide: string) => `/teams/${teamId}/guides/${seg(guide)}`,
  section: (teamId: number, guide: string, module: string, section: string) =>
    `/teams/${teamId}/guides/${seg(guide)}/modules/${seg(module)}/sections/${seg(section)}`,
  plan: (teamId: number, guide: string) => `/teams/${teamId}/guides/${seg(guide)}/plan`,
};

export interface TeamAccess {
  team: Team;
  /** The team's `may.manage`: adopts guides and creates planned meetings. */
  manages: boolean;
  /** The team's `may.contribute`: records statuses, answers and checklist entries. Participants and viewers read. */
  contributes: boolean;
}

/** The team and what the signed-in person may do in it, as the server decided (`may`). */
export async function loadTeamAccess(teamId: number): Promise<TeamAccess> {
  const team = await api.getTeam(teamId);
  return { team, manages: team.may.manage, contributes: team.may.contribute };
}
