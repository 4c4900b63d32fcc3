// The guide's meeting rules as the planner checks them before saving (the server checks the same on scheduling,
// src/domain/meeting_rules.cpp), and time-zone arithmetic for the start field.
import type { AgendaItem } from './api';
import { dateTimeFormat } from './intl';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export const maxObjectives = (duration: number) => (duration <= 0 ? 1 : Math.max(1, Math.floor((2 * duration) / 60)));
export const minDiscussion = (duration: number, sharePercent: number) =>
  duration <= 0 || sharePercent <= 0 ? 0 : Math.ceil((sharePercent * duration) / 100 - 1e-9);

export interface RuleCheck {
  field: 'objectives' | 'agenda' | 'duration_minutes';
  message: string;
}

export interface PlanSummary {
  duration: number;
  objectives: number;
  maxObjectives: number;
  agendaMinutes: number;
  discussionMinutes: number;
  minDiscussion: number;
  violations: RuleCheck[];
}

/** Applies the rules to what the planner holds now; the messages say which rule and the numbers, in words. */
export function checkPlan(t: Translate, duration: number, objectives: string[], agenda: AgendaItem[], sharePercent: number): PlanSummary {
  const count = objectives.filter((o) => o.trim()).length;
  const most = maxObjectives(duration);
  const agendaMinutes = agenda.reduce((sum, item) => sum + (Number.isFinite(item.minutes) ? item.minutes : 0), 0);
  const discussionMinutes = agenda.filter((i) => i.kind === 'discussion').reduce((s, i) => s + (Number.isFinite(i.minutes) ? i.minutes : 0), 0);
  const least = minDiscussion(duration, sharePercent);
  const violations: RuleCheck[] = [];
  if (!(duration > 0)) {
    violations.push({ field: 'duration_minutes', message: t('rules.duration') });
  } else {
    if (count > most) violations.push({ field: 'objectives', message: t('rules.objectives', { count, duration, most }) });
    agenda.forEach((item, index) => {
      if (!(item.minutes >= 1)) violations.push({ field: 'agenda', message: t('rules.itemMinutes', { number: index + 1, title: item.title }) });
    });
    if (agendaMinutes > duration) violations.push({ field: 'agenda', message: t('rules.fits', { total: agendaMinutes, duration }) });
    if (discussionMinutes < least)
      violations.push({ field: 'agenda', message: t('rules.discussion', { count: discussionMinutes, duration, least, share: sharePercent }) });
  }
  return { duration, objectives: count, maxObjectives: most, agendaMinutes, discussionMinutes, minDiscussion: least, violations };
}

/** The zones most US teams meet in, offered first by the zone pickers, with the locale key of their friendly name. */
export const COMMON_US_ZONES = [
  ['America/Los_Angeles', 'pacific'],
  ['America/Denver', 'mountain'],
  ['America/Phoenix', 'arizona'],
  ['America/Chicago', 'central'],
  ['America/New_York', 'eastern'],
  ['America/Anchorage', 'alaska'],
  ['Pacific/Honolulu', 'hawaii'],
] as const;

/** A zone's friendly name when it is one of the common US zones ("Pacific (Los Angeles)"), else its IANA name. */
export function zoneName(zone: string, t: Translate): string {
  const common = COMMON_US_ZONES.find(([z]) => z === zone);
  return common ? t(`timeZones.${common[1]}`) : zone.replace(/_/g, ' ');
}

/** The IANA zones the browser knows, with the browser's own and UTC always present. */
export function timeZones(): string[] {
  const own = browserTimeZone();
  let zones: string[];
  try {
    zones = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    zones = [];
  }
  const all = new Set([...zones, own, 'UTC']);
  return [...all].sort();
}

export function browserTimeZone(): string {
  try {
    return dateTimeFormat(undefined).resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Milliseconds to add to UTC to get the wall-clock time in `zone` at `instant`. */
function zoneOffset(instant: number, zone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** "2026-12-01T17:00" on the wall clock of `zone` → RFC 3339 with that zone's offset ("2026-12-01T17:00:00-08:00"). */
export function zonedToRfc3339(local: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let offset = zoneOffset(wall, zone);
  offset = zoneOffset(wall - offset, zone);
  const minutes = Math.round(offset / 60000);
  const sign = minutes < 0 ? '-' : '+';
  return `${local.slice(0, 16)}:00${sign}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An RFC 3339 instant → "YYYY-MM-DDTHH:mm" on the wall clock of `zone` (for a datetime-local input). */
export function rfc3339ToZoned(instant: string | null, zone: string): string {
  if (!instant) return '';
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) return '';
  const wall = new Date(time + zoneOffset(time, zone));
  return wall.toISOString().slice(0, 16);
}

// Field by field: Intl refuses a zone name beside dateStyle/timeStyle (a TypeError).
const START: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** A meeting's start in its own time zone, named, written out in the current language. */
export function formatInZone(instant: string | null, zone: string | null, locale: string): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  try {
    return dateTimeFormat(locale, { ...START, timeZone: zone || 'UTC' }).format(date);
  } catch {
    // A zone this browser does not know: the reader's own clock, with its zone named.
    return dateTimeFormat(locale, START).format(date);
  }
}

/** The same start on the reader's own clock, with its zone named, when the reader's clock shows another time than
 * the meeting's zone does (a reader in New York of a Los Angeles meeting): the time alone when the day is the
 * same on both clocks; null when both read alike. */
export function formatForReader(instant: string | null, zone: string | null, locale: string): string | null {
  if (!instant) return null;
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) return null;
  const reader = browserTimeZone();
  try {
    if (zoneOffset(time, zone || 'UTC') === zoneOffset(time, reader)) return null;
  } catch {
    return null;  // a zone this browser does not know: formatInZone already shows the reader's clock
  }
  // The same day on both clocks: the time is what differs ("11:00 AM EST"); else the reader's day as well.
  const day = (timeZone: string) => dateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(time);
  if (day(zone || 'UTC') === day(reader)) {
    return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone: reader }).format(time);
  }
  return formatInZone(instant, reader, locale);
}
