// A team's discovery evidence, themes and insights (issue 12; docs/api.md, "Discovery evidence"). Shapes come from
// docs/openapi.json; the board's grouping of entries by theme lives here so that it is tested without a browser.
import type { components } from './generated/openapi';
import { request } from './api';

type Schemas = components['schemas'];
export type EvidenceEntry = Schemas['EvidenceEntry'];
export type EvidenceKind = EvidenceEntry['kind'];
export type EvidenceTheme = Schemas['EvidenceTheme'];
export type Insight = Schemas['Insight'];
export type EvidenceBoard = Schemas['EvidenceBoard'];
export type EvidenceInput = Schemas['EvidenceEntryInput'];
export type EvidencePatch = Schemas['EvidenceEntryPatch'];

export const EVIDENCE_KINDS: EvidenceKind[] = ['empathy_interview', 'focus_group', 'observation', 'research', 'data_view'];

const team = (teamId: number) => `/teams/${encodeURIComponent(String(teamId))}`;

export const evidenceApi = {
  board: (teamId: number) => request<EvidenceBoard>('GET', `${team(teamId)}/evidence`),
  insights: (teamId: number) => request<{ insights: Insight[] }>('GET', `${team(teamId)}/insights`),
  add: (teamId: number, entry: EvidenceInput) => request<EvidenceEntry>('POST', `${team(teamId)}/evidence`, entry),
  update: (teamId: number, entryId: number, patch: EvidencePatch) =>
    request<EvidenceEntry>('PATCH', `${team(teamId)}/evidence/${entryId}`, patch),
  remove: (teamId: number, entryId: number) => request<void>('DELETE', `${team(teamId)}/evidence/${entryId}`),
  setThemes: (teamId: number, entryId: number, version: number, themeIds: number[]) =>
    request<EvidenceEntry>('PUT', `${team(teamId)}/evidence/${entryId}/themes`, { version, theme_ids: themeIds }),
  addTheme: (teamId: number, name: string) => request<EvidenceTheme>('POST', `${team(teamId)}/themes`, { name }),
  addInsight: (teamId: number, statement: string, evidenceIds: number[]) =>
    request<Insight>('POST', `${team(teamId)}/insights`, { statement, evidence_ids: evidenceIds }),
};

/** A column of the theme board: a theme (null: "not yet themed") and its entries, newest first. */
export interface BoardColumn {
  theme: EvidenceTheme | null;
  entries: EvidenceEntry[];
}

/**
 * The board's columns: "not yet themed" first, then each theme by name. An entry tagged with several themes shows
 * in each of their columns (counts are per theme, not a share of the whole).
 */
export function boardColumns(entries: EvidenceEntry[], themes: EvidenceTheme[]): BoardColumn[] {
  return [
    { theme: null, entries: entries.filter((e) => e.theme_ids.length === 0) },
    ...themes.map((theme) => ({ theme, entries: entries.filter((e) => e.theme_ids.includes(theme.id)) })),
  ];
}

/**
 * The themes an entry has after moving it from column `from` onto column `to` (null: not yet themed): it leaves
 * `from` and joins `to`, keeping its other themes; onto "not yet themed" it keeps none.
 */
export function themesAfterMove(entry: EvidenceEntry, from: number | null, to: number | null): number[] {
  if (to === null) return [];
  const kept = entry.theme_ids.filter((id) => id !== from && id !== to);
  return [...kept, to];
}
