// Pure helpers of the agreement (MOU) and coaching log pages (issue 11): hours, bars, months, warnings, projection.
import type { Agreement, AgreementInput, AgreementStatus, CoachingEntry, CoachingEntryInput, HoursKind, HoursWarning, MonthHours } from './agreementsApi';
import { HOURS_KINDS } from './agreementsApi';
import { numberFormat } from './intl';

/** Hours as the pages write them: at most two decimals and " h" ("12.5 h", "12,5 h" in Spanish). */
export function formatHours(hours: number, locale: string): string {
  return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(hours)} h`;
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

// --- The agreement form's draft (strings as typed) and what the API takes.

export interface AgreementDraft {
  title: string;
  scope: string;
  goals: string;
  dataSharing: string;
  startsOn: string;
  endsOn: string;
  status: AgreementStatus;
  mentorId: string;
  peerIds: string[];
  hours: Record<HoursKind, { purchased: string; rate: string }>;
  coachIds: string[];
  /** Coaches named by user number when the mentor organization's people cannot be listed. */
  otherCoaches: string;
  /** The liaison's user id by party organization id ('' for none). */
  liaisons: Record<string, string>;
}

const emptyHours = (): AgreementDraft['hours'] =>
  Object.fromEntries(HOURS_KINDS.map((kind) => [kind, { purchased: '', rate: '' }])) as AgreementDraft['hours'];

export function emptyAgreementDraft(): AgreementDraft {
  return {
    title: '', scope: '', goals: '', dataSharing: '', startsOn: '', endsOn: '', status: 'draft', mentorId: '', peerIds: [],
    hours: emptyHours(), coachIds: [], otherCoaches: '', liaisons: {},
  };
}

export function agreementDraftOf(agreement: Agreement): AgreementDraft {
  const hours = emptyHours();
  for (const h of agreement.hours) hours[h.kind] = { purchased: String(h.purchased), rate: h.hourly_rate === null ? '' : String(h.hourly_rate) };
  return {
    title: agreement.title,
    scope: agreement.scope,
    goals: agreement.goals,
    dataSharing: agreement.data_sharing,
    startsOn: agreement.starts_on,
    endsOn: agreement.ends_on,
    status: agreement.status,
    mentorId: String(agreement.mentor_organization.id),
    peerIds: agreement.peer_organizations.map((o) => String(o.id)),
    hours,
    coachIds: agreement.coaches.map((c) => String(c.user_id)),
    otherCoaches: '',
    liaisons: Object.fromEntries(agreement.liaisons.map((l) => [String(l.organization_id), String(l.user_id)])),
  };
}

const civilDate = /^\d{4}-\d{2}-\d{2}$/;
const wholeNumber = /^\d+$/;

/** User numbers typed as "12, 15": the numbers, or null when something else was typed. */
export function parseUserNumbers(text: string): number[] | null {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.every((p) => wholeNumber.test(p)) ? parts.map(Number) : null;
}

/**
 * The draft as the API takes it (every kind of hours, in the contract's order, so that an error on `hours[i]` is
 * the i-th kind; the liaisons of the parties only), or the field errors found before sending.
 */
export function agreementInput(
  t: (key: string) => string,
  draft: AgreementDraft,
  facilitatorId: number,
): { input: AgreementInput; liaisonOrgs: string[] } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!draft.title.trim()) errors.title = t('agreements.check.title');
  if (!civilDate.test(draft.startsOn)) errors.starts_on = t('agreements.check.date');
  if (!civilDate.test(draft.endsOn)) errors.ends_on = t('agreements.check.date');
  else if (civilDate.test(draft.startsOn) && draft.endsOn < draft.startsOn) errors.ends_on = t('agreements.check.endsBeforeStart');
  if (!draft.mentorId) errors.mentor_organization_id = t('agreements.check.mentor');
  const peers = draft.peerIds.filter((id) => id !== draft.mentorId);
  if (peers.length === 0) errors.peer_organization_ids = t('agreements.check.peers');
  const hours = HOURS_KINDS.map((kind, i) => {
    const { purchased, rate } = draft.hours[kind];
    const p = purchased.trim() ? parseHours(purchased) : 0;
    if (Number.isNaN(p) || p > 10000) errors[`hours[${i}].purchased`] = t('agreements.check.hours');
    const r = rate.trim() ? Number(rate.trim().replace(',', '.')) : null;
    if (r !== null && (Number.isNaN(r) || r < 0 || r > 100000)) errors[`hours[${i}].hourly_rate`] = t('agreements.check.rate');
    return { kind, purchased: p, hourly_rate: r };
  });
  const others = parseUserNumbers(draft.otherCoaches);
  if (others === null) errors.coach_user_ids = t('agreements.check.userNumbers');
  const parties = [String(facilitatorId), draft.mentorId, ...peers];
  const liaisonOrgs = parties.filter((org) => org && (draft.liaisons[org] ?? '').trim());
  for (const org of liaisonOrgs) if (!wholeNumber.test(draft.liaisons[org].trim())) errors[`liaison-${org}`] = t('agreements.check.userNumber');
  if (Object.keys(errors).length) return { errors };
  return {
    liaisonOrgs,
    input: {
      title: draft.title.trim(),
      scope: draft.scope.trim(),
      goals: draft.goals.trim(),
      data_sharing: draft.dataSharing.trim(),
      starts_on: draft.startsOn,
      ends_on: draft.endsOn,
      status: draft.status,
      mentor_organization_id: Number(draft.mentorId),
      peer_organization_ids: peers.map(Number),
      hours,
      coach_user_ids: [...new Set([...draft.coachIds.map(Number), ...(others ?? [])])],
      liaisons: liaisonOrgs.map((org) => ({ organization_id: Number(org), user_id: Number(draft.liaisons[org].trim()) })),
    },
  };
}

// --- The coaching log entry form.

export interface StepDraft {
  key: number;
  teamId: string;
  title: string;
  owner: string;
  due: string;
}
export interface EntryDraft {
  date: string;
  kind: HoursKind;
  hours: string;
  teamIds: string[];
  coachIds: string[];
  focus: string;
  guideSection: string;
  notes: string;
  peopleServed: string;
  followUp: string;
  steps: StepDraft[];
}

export function emptyEntryDraft(today: string): EntryDraft {
  return { date: today, kind: 'site_visit', hours: '', teamIds: [], coachIds: [], focus: '', guideSection: '', notes: '', peopleServed: '', followUp: '', steps: [] };
}

export function entryDraftOf(entry: CoachingEntry): EntryDraft {
  return {
    date: entry.date,
    kind: entry.kind,
    hours: String(entry.hours),
    teamIds: entry.teams.map((team) => String(team.id)),
    coachIds: entry.coaches.map((c) => String(c.user_id)),
    focus: entry.focus,
    guideSection: entry.guide_section,
    notes: entry.notes,
    peopleServed: entry.people_served,
    followUp: entry.follow_up_on ?? '',
    // Steps already recorded are the team's to accept: an edit of the entry does not send them again.
    steps: [],
  };
}

/** The entry as the API takes it, or the field errors found before sending (steps' errors as next_steps[i].field). */
export function entryInput(t: (key: string) => string, draft: EntryDraft): { input: CoachingEntryInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!civilDate.test(draft.date)) errors.date = t('agreements.check.date');
  const hours = parseHours(draft.hours);
  if (Number.isNaN(hours) || hours < 0.25 || hours > 24) errors.hours = t('coaching.check.hours');
  if (draft.teamIds.length === 0) errors.team_ids = t('coaching.check.teams');
  if (!draft.focus.trim()) errors.focus = t('coaching.check.focus');
  if (draft.followUp && !civilDate.test(draft.followUp)) errors.follow_up_on = t('agreements.check.date');
  draft.steps.forEach((step, i) => {
    if (!step.teamId || !draft.teamIds.includes(step.teamId)) errors[`next_steps[${i}].team_id`] = t('coaching.check.stepTeam');
    if (!step.title.trim()) errors[`next_steps[${i}].title`] = t('coaching.check.stepTitle');
    if (!civilDate.test(step.due)) errors[`next_steps[${i}].due_on`] = t('agreements.check.date');
  });
  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      date: draft.date,
      kind: draft.kind,
      hours,
      team_ids: draft.teamIds.map(Number),
      focus: draft.focus.trim(),
      guide_section: draft.guideSection.trim(),
      notes: draft.notes.trim(),
      people_served: draft.peopleServed.trim(),
      follow_up_on: draft.followUp || null,
      ...(draft.coachIds.length ? { coach_user_ids: draft.coachIds.map(Number) } : {}),
      ...(draft.steps.length
        ? {
            next_steps: draft.steps.map((s) => ({
              team_id: Number(s.teamId),
              title: s.title.trim(),
              owner_member_id: s.owner ? Number(s.owner) : null,
              due_on: s.due,
            })),
          }
        : {}),
    },
  };
}

/** Today's civil date in the reader's time zone ("YYYY-MM-DD"). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
