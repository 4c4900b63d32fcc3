// The guides' sections a resource may be tagged with (the server checks `guide_id`/`section_id` against the same
// guides: src/api/resource_shape.cpp, read_tags). The guides are the server's fixed content, so the list is asked
// for once a page load and shared by the add form, the edit forms and the results.
import { api, type GuideInfo } from '../../api';
import { inLanguage } from '../../guides';

let guides: Promise<GuideInfo[]> | null = null;

export function loadGuides(): Promise<GuideInfo[]> {
  guides ??= api.listGuides().then((answer) => answer.guides).catch((error: unknown) => {
    guides = null; // asked again next time
    throw error;
  });
  return guides;
}

/** The value of one section in the picker: "guide/section" ('' for none). */
export function sectionKey(guideId: string | null | undefined, sectionId: string | null | undefined): string {
  return guideId && sectionId ? `${guideId}/${sectionId}` : '';
}

export function splitKey(key: string): { guide_id: string | null; section_id: string | null } {
  const at = key.indexOf('/');
  return at < 0 ? { guide_id: null, section_id: null } : { guide_id: key.slice(0, at), section_id: key.slice(at + 1) };
}

/** A section's title in the UI's language, or null when no guide has it. */
export function sectionTitle(all: GuideInfo[], guideId: string | null | undefined, sectionId: string | null | undefined): string | null {
  const guide = all.find((g) => g.id === guideId);
  for (const module of guide?.modules ?? []) {
    const section = module.sections.find((s) => s.id === sectionId);
    if (section) return inLanguage(section.title);
  }
  return null;
}
