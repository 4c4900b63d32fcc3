import type { AgendaItem, Meeting, MeetingInput, MeetingMode } from '../../api';
import { invalid } from '../forms';
import { browserTimeZone, rfc3339ToZoned, zonedToRfc3339, type Translate } from '../../meetings';

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

/** The request body for the plan; throws a validation problem for fields that cannot be sent as typed. */
export function meetingInput(t: Translate, plan: Plan, status: 'draft' | 'scheduled'): MeetingInput {
  const fields: Record<string, string> = {};
  if (!plan.title.trim()) fields.title = t('form.required');
  plan.agenda.forEach((r, i) => {
    if (!/^\d+$/.test(r.minutesText.trim())) fields[`agenda[${i}].minutes`] = t('form.wholeNumber');
  });
  if (plan.duration.trim() && !/^\d+$/.test(plan.duration.trim())) fields.duration_minutes = t('form.wholeNumber');
  if (Object.keys(fields).length) throw invalid(t('errors.checkFields'), fields);
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
