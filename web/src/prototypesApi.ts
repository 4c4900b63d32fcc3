// A team's prototypes, their versions, PDSA cycles and scale decision (issue 12, item 3; docs/api.md,
// "Prototypes and PDSA cycles"). The answers are described here: the OpenAPI document gives them as plain objects.
import { request } from './api';

export type CyclePhase = 'plan' | 'do' | 'study' | 'act';
export type ActDecision = 'adopt' | 'adapt' | 'abandon';
export type ScaleDecision = 'scaled' | 'kept_testing' | 'stopped';
export type PrototypeStatus = 'testing' | ScaleDecision;

export const CYCLE_PHASES: CyclePhase[] = ['plan', 'do', 'study', 'act'];

export interface Hypothesis {
  title: string;
  if_we: string;
  then_what: string;
  for_whom: string;
}

export interface Prototype extends Hypothesis {
  id: number;
  status: PrototypeStatus;
  decision: { status: ScaleDecision; reasons: string; decided_by: string; decided_at: string | null } | null;
  updated_by: string;
  updated_at: string;
  version: number;
}

export interface Attachment {
  label: string;
  url: string;
}

export interface Cycle {
  id: number;
  number: number;
  phase: CyclePhase;
  complete: boolean;
  plan: { questions: { question: string; prediction: string }[]; measure_ids: number[]; who: string; where: string; starts_on: string | null; ends_on: string | null };
  do: { what_happened: string; observations: string; problems: string };
  study: { results: string[]; surprises: string };
  act: { decision: ActDecision | null; next_step: string };
  version: number;
}

export interface PrototypeVersion {
  id: number;
  number: number;
  description: string;
  attachments: Attachment[];
  adapted_from_cycle_id: number | null;
  cycles: Cycle[];
  version: number;
}

export interface PrototypeDetail extends Prototype {
  insights: { id: number; statement: string }[]; // the team's insights it answers
  versions: PrototypeVersion[];
}

export interface CycleMark {
  prototype_id: number;
  prototype_title: string;
  version_number: number;
  cycle_number: number;
  starts_on: string | null;
  ends_on: string | null;
}

const base = (teamId: number) => `/teams/${teamId}/prototypes`;

export const prototypesApi = {
  list: (teamId: number) => request<{ prototypes: (Prototype & { versions: number })[] }>('GET', base(teamId)),
  create: (teamId: number, body: Hypothesis) => request<PrototypeDetail>('POST', base(teamId), body),
  get: (teamId: number, id: number) => request<PrototypeDetail>('GET', `${base(teamId)}/${id}`),
  update: (teamId: number, id: number, body: Partial<Hypothesis> & { version: number; insight_ids?: number[] }) =>
    request<PrototypeDetail>('PATCH', `${base(teamId)}/${id}`, body),
  decide: (teamId: number, id: number, body: { status: ScaleDecision; reasons: string; version: number }) =>
    request<PrototypeDetail>('PUT', `${base(teamId)}/${id}/decision`, body),
  reopen: (teamId: number, id: number) => request<PrototypeDetail>('DELETE', `${base(teamId)}/${id}/decision`),
  addVersion: (teamId: number, id: number, body: { description: string; attachments?: Attachment[]; adapted_from_cycle_id?: number }) =>
    request<PrototypeVersion>('POST', `${base(teamId)}/${id}/versions`, body),
  updateVersion: (teamId: number, id: number, versionId: number, body: { description: string; version: number }) =>
    request<PrototypeVersion>('PATCH', `${base(teamId)}/${id}/versions/${versionId}`, body),
  addCycle: (teamId: number, id: number, versionId: number, body: Record<string, unknown>) =>
    request<Cycle>('POST', `${base(teamId)}/${id}/versions/${versionId}/cycles`, body),
  updateCycle: (teamId: number, id: number, cycleId: number, body: Record<string, unknown> & { version: number }) =>
    request<Cycle>('PATCH', `${base(teamId)}/${id}/cycles/${cycleId}`, body),
  marks: (measureId: number) => request<{ marks: CycleMark[] }>('GET', `/measures/${measureId}/cycle-marks`),
};

/** The phase after `phase`, or null after Act. */
export function nextPhase(phase: CyclePhase): CyclePhase | null {
  return CYCLE_PHASES[CYCLE_PHASES.indexOf(phase) + 1] ?? null;
}

/** Where a date falls on a run chart whose points are spaced evenly by index: between the two points around it, in
 * proportion to the days; null outside the points' dates. */
export function xForDate(date: string, points: { date: string; x: number }[]): number | null {
  if (!points.length || date < points[0].date || date > points[points.length - 1].date) return null;
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86400000;
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (date >= a.date && date <= b.date) {
      const span = day(b.date) - day(a.date);
      return span ? a.x + ((day(date) - day(a.date)) / span) * (b.x - a.x) : a.x;
    }
  }
  return points[points.length - 1].x;
}
