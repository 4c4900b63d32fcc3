// Pure helpers of the agreement (MOU) and coaching log pages (issue 11): hours, bars, months, warnings, projection.
import type { Agreement, CoachingEntry, HoursKind, HoursWarning, MonthHours } from './agreementsApi';
import { HOURS_KINDS } from './agreementsApi';

/** Hours as the pages write them: at most two decimals and " h" ("12.5 h", "12,5 h" in Spanish). */
export function formatHours(hours: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(hours)} h`;
}

/** One bar of used against purchased: the filled width (0..100, capped) and whether it is beyond what was bought. */
export function hoursBar(used: number, purchased: number): { percent: number; over: boolean } {
  if (purchased <= 0) return { percent: used > 0 ? 100 : 0, over: used > 0 };
  const percent = Math.min(100, Math.round((used / purchased) * 1000) / 10);
  return { percent, over: used > purchased };
}

/** The first day of a "YYYY-MM" month, for format.ts's month label. */
export function monthStart(month: string): string {
  return `${month}-01`;
}

export interface MonthRow {
  month: string;
  byKind: Record<HoursKind, number>;
  total: number;
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The months from the first to the last with hours (the ones between kept, at zero), each with hours by kind. */
export function monthRows(monthly: MonthHours[]): MonthRow[] {
  if (monthly.length === 0) return [];
  const months = monthly.map((m) => m.month).sort();
  const rows: MonthRow[] = [];
  for (let month = months[0]; month <= months[months.length - 1]; month = nextMonth(month)) {
    const byKind = Object.fromEntries(HOURS_KINDS.map((kind) => [kind, 0])) as Record<HoursKind, number>;
    for (const m of monthly) if (m.month === month) byKind[m.kind] += m.used;
    rows.push({ month, byKind, total: Math.round(HOURS_KINDS.reduce((sum, kind) => sum + byKind[kind], 0) * 100) / 100 });
  }
  return rows;
}

/** The highest month total, for scaling the monthly chart (at least 1 so that an empty chart draws). */
export function monthScale(rows: MonthRow[]): number {
  return Math.max(1, ...rows.map((r) => r.total));
}

/** The catalogue key of the warning banner, or null when there is none. */
export function warningKey(warning: HoursWarning | null): string | null {
  if (warning === '100') return 'agreements.warning.full';
  if (warning === '80') return 'agreements.warning.near';
  return null;
}

export type Projection =
  | { key: 'agreements.projection.none' }
  | { key: 'agreements.projection.spent' }
  | { key: 'agreements.projection.runsOut'; date: string }
  | { key: 'agreements.projection.lasts'; date: string };

/**
 * The projection sentence: nothing used yet, already spent, running out around a date (before the agreement ends),
 * or lasting past the agreement's end at the current pace.
 */
export function projection(agreement: Pick<Agreement, 'projected_exhaustion_on' | 'ends_on' | 'used_total' | 'used_share'>): Projection {
  if (agreement.used_share !== null && agreement.used_share >= 1) return { key: 'agreements.projection.spent' };
  const date = agreement.projected_exhaustion_on;
  if (!date || agreement.used_total <= 0) return { key: 'agreements.projection.none' };
  if (date > agreement.ends_on) return { key: 'agreements.projection.lasts', date };
  return { key: 'agreements.projection.runsOut', date };
}

/** What the log entry form warns about (it never blocks): a date outside the agreement, hours over those bought. */
export function entryWarnings(
  agreement: Pick<Agreement, 'starts_on' | 'ends_on' | 'hours'>,
  draft: { date: string; kind: HoursKind; hours: number },
  editing?: Pick<CoachingEntry, 'kind' | 'hours'>,
): { outsideDates: boolean; overHours: boolean } {
  const outsideDates = /^\d{4}-\d{2}-\d{2}$/.test(draft.date) && (draft.date < agreement.starts_on || draft.date > agreement.ends_on);
  const kind = agreement.hours.find((h) => h.kind === draft.kind);
  const already = (kind?.used ?? 0) - (editing && editing.kind === draft.kind ? editing.hours : 0);
  const overHours = Number.isFinite(draft.hours) && draft.hours > 0 && already + draft.hours > (kind?.purchased ?? 0);
  return { outsideDates, overHours };
}

/** The log newest first: by date, then by id (as the server sends it; kept when entries are added locally). */
export function newestFirst(entries: CoachingEntry[]): CoachingEntry[] {
  return [...entries].sort((a, b) => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1));
}

/** Hours typed in a form: a number with at most two decimals, or NaN. */
export function parseHours(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(trimmed) ? Number(trimmed) : NaN;
}
