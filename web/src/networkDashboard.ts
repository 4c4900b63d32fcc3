// The network dashboard's table, as pure functions: what each column sorts by, sorting (empty figures last
// whichever the direction, so "no data" never reads as best or worst) and filtering by district and name.
import type { DashboardRow } from './networkProgressApi';

export const COLUMNS = ['team', 'district', 'stage', 'held', 'last', 'next', 'cadence', 'onTime', 'late', 'carried', 'overdue', 'outreach'] as const;
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

export interface DashboardFilter {
  districtId: number | null;
  text: string;
}

export function filterRows(rows: DashboardRow[], filter: DashboardFilter): DashboardRow[] {
  const text = filter.text.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (filter.districtId === null || row.organization.id === filter.districtId) &&
      (!text || row.team.name.toLocaleLowerCase().includes(text) || row.organization.name.toLocaleLowerCase().includes(text)),
  );
}
