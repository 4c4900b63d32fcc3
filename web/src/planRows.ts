// The planner's proposal as the page edits it: rows of text fields (numbers stay as typed until checked), the
// checks made before sending, the body for meeting-plan/create, and where an edited proposal waits (drafts.ts).
import type { AgendaKind, MeetingPlan, PlannedMeeting, PlannerAgendaKind, ProposedMeeting } from './api';
import { invalid } from './components/forms';

export interface AgendaRow {
  key: number;
  title: string;
  minutes: string;
  kind: PlannerAgendaKind;
  meetingKind: AgendaKind;
}

export interface Row {
  key: number;
  title: string;
  duration: string;
  objectives: string[];
  agenda: AgendaRow[];
  why: string;
  sections: string[];
}

/** Where an edited proposal waits until its meetings are created (drafts.ts). */
export const planDraftKey = (teamId: number, guide: string) => `guide-plan.${teamId}.${guide}`;

export interface PlanDraft {
  plan: MeetingPlan;
  rows: Row[];
}

export const isPlanDraft = (value: unknown): value is PlanDraft =>
  typeof value === 'object' && value !== null && Array.isArray((value as PlanDraft).rows) && typeof (value as PlanDraft).plan?.mode === 'string';

let nextKey = 1;
/** Fresh keys for rows read back from a draft (keys are only unique within this page). */
export const rekey = (rows: Row[]): Row[] => rows.map((r) => ({ ...r, key: nextKey++, agenda: r.agenda.map((a) => ({ ...a, key: nextKey++ })) }));
export const rowOf = (m: PlannedMeeting): Row => ({
  key: nextKey++,
  title: m.title,
  duration: String(m.duration_minutes),
  objectives: m.objectives,
  agenda: m.agenda.map((a) => ({ key: nextKey++, title: a.title, minutes: String(a.minutes), kind: a.kind, meetingKind: a.meeting_kind })),
  why: m.why,
  sections: m.sections,
});

/** A whole number as typed, or NaN. */
export const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

/** Checks before sending (in words, by the server's field names) and the body for meeting-plan/create. */
export function proposal(t: (key: string, options?: Record<string, unknown>) => string, rows: Row[]): ProposedMeeting[] {
  const fields: Record<string, string> = {};
  rows.forEach((row, i) => {
    if (!row.title.trim()) fields[`meetings[${i}].title`] = t('form.required');
    const duration = whole(row.duration);
    if (!(duration >= 1 && duration <= 1440)) fields[`meetings[${i}].duration_minutes`] = t('guide.proposal.durationInvalid');
    row.objectives.forEach((o, k) => {
      if (!o.trim()) fields[`meetings[${i}].objectives[${k}]`] = t('guide.proposal.objectiveEmpty');
    });
    row.agenda.forEach((a, k) => {
      if (!a.title.trim()) fields[`meetings[${i}].agenda[${k}].title`] = t('form.required');
      if (Number.isNaN(whole(a.minutes))) fields[`meetings[${i}].agenda[${k}].minutes`] = t('form.wholeNumber');
    });
  });
  if (Object.keys(fields).length) throw invalid(t('errors.checkFields'), fields);
  return rows.map((row) => ({
    title: row.title.trim(),
    goal: row.why,
    objectives: row.objectives.map((o) => o.trim()),
    duration_minutes: whole(row.duration),
    agenda: row.agenda.map((a) => ({ title: a.title.trim(), minutes: whole(a.minutes), kind: a.kind })),
  }));
}
