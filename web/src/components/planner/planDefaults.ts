import type { GuideInfo, GuideProgress, SectionStatus } from '../../api';

export function statusOf(progress: GuideProgress | null, moduleId: string, sectionId: string): SectionStatus {
  return progress?.modules.find((m) => m.id === moduleId)?.sections.find((s) => s.id === sectionId)?.status ?? 'not_started';
}

/** By default: every section of the module that is not complete (all of them when every one is). */
export function defaultSections(guide: GuideInfo, progress: GuideProgress | null, moduleId: string): string[] {
  const sections = guide.modules.find((m) => m.id === moduleId)?.sections ?? [];
  const open = sections.filter((s) => statusOf(progress, moduleId, s.id) !== 'complete').map((s) => s.id);
  return open.length ? open : sections.map((s) => s.id);
}

/** A new team by default while the module's team-forming section is not complete. */
export function defaultNewTeam(guide: GuideInfo, progress: GuideProgress | null, moduleId: string): boolean {
  const forming = guide.modules.find((m) => m.id === moduleId)?.sections.find((s) => s.forms_team);
  return !!forming && statusOf(progress, moduleId, forming.id) !== 'complete';
}
