// Reports for leadership and funders (issue 14): a team's progress report and a network's report for a period
// (docs/api.md, "Reports"). The answers are described here: the OpenAPI document gives them as plain objects.
import { request } from './api';

type Text = { en: string; es: string };

export interface Period {
  from: string;
  to: string;
}

export interface FollowThroughFigures {
  due: number;
  done_on_time: number;
  done_late: number;
  open: number;
  overdue: number;
  dropped: number;
  share_on_time: number | null;
  median_days_late: number | null;
}

export interface TeamReport extends Period {
  team: { id: number; name: string };
  organization: { name: string };
  today: string;
  guides: { id: string; title: Text; sections: number; complete: number; in_progress: number; not_started: number; current: string | null; completed_in_range: number }[];
  meetings: { held: number; cancelled: number; median_days_between: number | null; list: { id: number; title: string; starts_at: string }[] };
  follow_through: FollowThroughFigures;
  outreach: { missing: { key: string; label: Text }[]; grade_spans_missing: string[]; open: number; opened_in_range: number; resolved_in_range: number };
  plan: {
    goals: number;
    objectives: number;
    tasks: Record<string, number>;
    tasks_due_in_range: number;
    milestones_due_in_range: number;
    milestones_done_due_in_range: number;
    measures: { id: number; name: string; unit: string; points_in_range: number; first: { date: string | null; value: number | null }; last: { date: string | null; value: number | null } }[];
  };
  coaching: { entries: number; hours: number; hours_by_kind: Record<string, number> };
}

export interface NetworkReport extends Period {
  network: { id: number; name: string };
  today: string;
  in_full: boolean;
  districts: { organization: { id: number; name: string; role: string }; teams_sharing: number; teams_sharing_progress: number; meetings_held: number; items_due: number; done_on_time: number; done_late: number; open: number; coaching_hours: number }[];
  teams: {
    team: { id: number; name: string };
    organization: { id: number; name: string };
    guide: { title: Text; stage: { title: Text } | null; section: { title: Text } | null } | null;
    outreach_open: number | null;
    figures: { meetings_held: number; median_days_between: number | null; follow_through: FollowThroughFigures; coaching_hours: number } | null;
  }[];
  agreements: { id: number; title: string; purchased: number; used: number; used_in_range: number; left: number }[] | null;
  /** The facilitator's highlights dated in the period (none for a member district's staff, who see part of it). */
  highlights: Highlight[];
  may: { manage: boolean };
}

export interface Highlight {
  id: number;
  happened_on: string;
  text: string;
  written_by: string | null;
  written_at: string;
  version: number;
}

const id = (n: number) => encodeURIComponent(String(n));
const query = (p: Period) => `from=${encodeURIComponent(p.from)}&to=${encodeURIComponent(p.to)}`;

export const reportsApi = {
  team: (teamId: number, period: Period) => request<TeamReport>('GET', `/teams/${id(teamId)}/report?${query(period)}`),
  network: (networkId: number, period: Period) =>
    request<NetworkReport>('GET', `/networks/${id(networkId)}/report?${query(period)}`),
  addHighlight: (networkId: number, highlight: { happened_on: string; text: string }) =>
    request<Highlight>('POST', `/networks/${id(networkId)}/highlights`, highlight),
  removeHighlight: (networkId: number, highlightId: number) =>
    request<void>('DELETE', `/networks/${id(networkId)}/highlights/${id(highlightId)}`),
  /** Plain links the browser saves (the session cookie goes with them), in the reader's language. */
  teamXlsx: (teamId: number, period: Period, language: string) =>
    `/api/v1/teams/${id(teamId)}/report.xlsx?${query(period)}&lang=${encodeURIComponent(language)}`,
  networkXlsx: (networkId: number, period: Period, language: string) =>
    `/api/v1/networks/${id(networkId)}/report.xlsx?${query(period)}&lang=${encodeURIComponent(language)}`,
};

/** The school year so far: from July 1 (of this year, or last year before July) to today. */
export function defaultPeriod(today: Date = new Date()): Period {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const year = today.getUTCMonth() >= 6 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return { from: `${year}-07-01`, to: iso(today) };
}
