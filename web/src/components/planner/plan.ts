import type { AgendaItem, FieldError, Meeting, MeetingInput, MeetingMode } from '../../api';
import { invalidFields } from '../forms';
import { fieldProblems, serverLength } from '../../fieldChecks';
import { meetingRules } from '../../formRules';
import { LIMITS } from '../../limits';
import { browserTimeZone, rfc3339ToZoned, zonedToRfc3339 } from '../../meetings';

/** An agenda item being edited: a stable key for React and the minutes as typed. */
export interface Row extends AgendaItem {
  key: number;
  minutesText: string;
}

/** The planner's form state, as typed (text), before it is checked and sent. */
export interface Plan {
  title: string;
  goal: string;
  start: string;
  timeZone: string;
  duration: string;
  mode: MeetingMode | '';
  location: string;
  objectives: string[];
  agenda: Row[];
}

/** Changes one field of the plan. */
export type SetPlan = <K extends keyof Plan>(key: K, value: Plan[K]) => void;

/** An open item a new meeting's agenda will open with (carried over by the server). */
export interface Preview {
  title: string;
}

let nextKey = 1;
export const rowOf = (item: AgendaItem): Row => ({ ...item, key: nextKey++, minutesText: String(item.minutes) });

/** The form state for an existing meeting, or for a new one (an hour, one discussion item) in `defaultZone` (the
 * team's), else the browser's. */
export function planOf(meeting: Meeting | null, defaultZone?: string): Plan {
  const zone = meeting?.time_zone || defaultZone || browserTimeZone();
  return {
    title: meeting?.title ?? '',
    goal: meeting?.goal ?? '',
    start: rfc3339ToZoned(meeting?.starts_at ?? null, zone),
    timeZone: zone,
    duration: meeting?.duration_minutes ? String(meeting.duration_minutes) : '60',
    mode: meeting?.mode ?? '',
    location: meeting?.location ?? '',
    objectives: meeting?.objectives.length ? meeting.objectives : [''],
    agenda: meeting ? meeting.agenda.map(rowOf) : [rowOf({ title: '', minutes: 15, kind: 'discussion' })],
  };
}

/**
 * The problems the server would find in the plan, every field at once, with the server's codes and limits: the
 * plain fields by their declared rules (formRules.ts, meetingRules), then the duration and the lists.
 */
export function planProblems(plan: Plan, status: 'draft' | 'scheduled'): FieldError[] {
  const L = LIMITS.meeting;
  const fields = { title: plan.title, goal: plan.goal, location: plan.location, starts_at: plan.start, mode: plan.mode };
  const errors: FieldError[] = fieldProblems(meetingRules(status), fields);
  const add = (field: string, code: string, params?: Record<string, unknown>) => errors.push({ field, code, params, message: code });
  const length = (field: string, text: string, max: number) => {
    if (serverLength(text) > max) add(field, 'too_long', { max });
  };
  const duration = plan.duration.trim();
  if (duration && !/^\d+$/.test(duration)) add('duration_minutes', 'not_a_number');
  else if (duration && (Number(duration) < L.durationMin || Number(duration) > L.durationMax))
    add('duration_minutes', 'out_of_range', { min: L.durationMin, max: L.durationMax });
  const objectives = plan.objectives.map((o) => o.trim()).filter(Boolean);
  if (objectives.length > L.objectives) add('objectives', 'too_long', { max: L.objectives });
  objectives.forEach((o) => length('objectives', o, L.objectiveLength));
  plan.agenda.forEach((r, i) => {
    length(`agenda[${i}].title`, r.title, L.agendaTitle);
    const minutes = r.minutesText.trim();
    if (!/^\d+$/.test(minutes)) add(`agenda[${i}].minutes`, minutes ? 'not_a_number' : 'required');
    else if (Number(minutes) > L.agendaMinutesMax) add(`agenda[${i}].minutes`, 'out_of_range', { min: 0, max: L.agendaMinutesMax });
    else if (status === 'scheduled' && r.title.trim() && Number(minutes) < 1) add(`agenda[${i}].minutes`, 'out_of_range', { min: 1 });
  });
  if (status === 'scheduled') {
    if (!duration) add('duration_minutes', 'required');
    if (!plan.agenda.some((r) => r.title.trim())) add('agenda', 'required');
  }
  return errors;
}

/** The request body for the plan; throws a validation problem naming every field that cannot be sent as typed. */
export function meetingInput(plan: Plan, status: 'draft' | 'scheduled'): MeetingInput {
  const problems = planProblems(plan, status);
  if (problems.length) throw invalidFields(problems);
  const body: MeetingInput = { title: plan.title.trim(), status };
  if (plan.goal.trim()) body.goal = plan.goal.trim();
  if (plan.start) {
    const start = zonedToRfc3339(plan.start, plan.timeZone);
    if (start) body.starts_at = start;
  }
  body.time_zone = plan.timeZone;
  if (plan.duration.trim()) body.duration_minutes = Number(plan.duration);
  if (plan.mode) body.mode = plan.mode;
  if (plan.location.trim()) body.location = plan.location.trim();
  body.objectives = plan.objectives.map((o) => o.trim()).filter(Boolean);
  body.agenda = plan.agenda
    .filter((r) => r.title.trim())
    .map((r) => ({ ...(r.id ? { id: r.id } : {}), title: r.title.trim(), minutes: Number(r.minutesText), kind: r.kind }));
  return body;
}
