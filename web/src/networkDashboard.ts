// The network dashboard's table, as pure functions: what each column sorts by, sorting (empty figures last
// whichever the direction, so "no data" never reads as best or worst) and filtering by district, stage and name.
import type { DashboardRow } from './networkProgressApi';

export const COLUMNS = ['team', 'district', 'stage', 'held', 'last', 'next', 'cadence', 'onTime', 'late', 'carried', 'overdue', 'outreach', 'hours'] as const;
export type Column = (typeof COLUMNS)[number];
export type Direction = 'ascending' | 'descending';

/** What a row sorts by in a column: a number, a string, or null when the team does not share that figure. */
export function sortValue(row: DashboardRow, column: Column): number | string | null {
  const p = row.progress;
  switch (column) {
    case 'team':
      return row.team.name;
    case 'district':
      return row.organization.name;
    case 'stage':
      // Guide order: further along sorts after (sections complete), the name alone cannot say.
      return p?.guide ? p.guide.complete / Math.max(p.guide.sections, 1) : null;
    case 'held':
      return p ? p.meetings_held : null;
    case 'last':
      return p?.last_meeting_at ?? null;
    case 'next':
      return p?.next_meeting_at ?? null;
    case 'cadence':
      return p?.median_days_between_meetings ?? null;
    case 'onTime':
      return p?.follow_through.share_on_time ?? null;
    case 'late':
      return p?.follow_through.median_days_late ?? null;
    case 'carried':
      return p ? p.follow_through.items_carried_over : null;
    case 'overdue':
      return p ? p.follow_through.open_overdue : null;
    case 'outreach':
      return p ? p.outreach_open : null;
    case 'hours':
      return p ? p.coaching_hours_received : null;
  }
}

export function sortRows(rows: DashboardRow[], column: Column, direction: Direction, language: 'en' | 'es'): DashboardRow[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    if (x === null || y === null) {
      if (x === y) return collator.compare(a.team.name, b.team.name);
      return x === null ? 1 : -1;
    }
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order === 0 ? collator.compare(a.team.name, b.team.name) : sign * order;
  });
}

/** A row's place in its guide, for the stage filter: "guide/stage", "guide/complete", or null (no guide, or not shared). */
export function stageKey(row: DashboardRow): string | null {
  const guide = row.progress?.guide;
  if (!guide) return null;
  return `${guide.id}/${guide.stage ? guide.stage.id : 'complete'}`;
}

/** The stages the listed teams are at, once each, in the order first met (the rows come in the server's order). */
export function stageOptions(rows: DashboardRow[], language: 'en' | 'es', completeLabel: string): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const key = stageKey(row);
    const guide = row.progress?.guide;
    if (key === null || !guide || seen.has(key)) continue;
    seen.set(key, `${guide.title[language]}: ${guide.stage ? guide.stage.title[language] : completeLabel}`);
  }
  return [...seen].map(([value, label]) => ({ value, label }));
}

export interface DashboardFilter {
  districtId: number | null;
  text: string;
  /** A stageKey, or null for every stage (teams that do not share their progress included). */
  stage?: string | null;
}

export function filterRows(rows: DashboardRow[], filter: DashboardFilter): DashboardRow[] {
  const text = filter.text.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (filter.districtId === null || row.organization.id === filter.districtId) &&
      (!filter.stage || stageKey(row) === filter.stage) &&
      (!text || row.team.name.toLocaleLowerCase().includes(text) || row.organization.name.toLocaleLowerCase().includes(text)),
  );
}
