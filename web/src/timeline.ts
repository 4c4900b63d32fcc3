// Pure layout of the plan's timeline (issue 13, part 2): the time scale (whole months), one lane per plan area
// plus "no area", where each dated milestone and task sits, and the endpoints of dependency arrows. Civil dates
// are read as UTC days so the drawing does not move with the browser's time zone.
import { PLAN_AREAS, type Milestone, type PlanArea, type PlanTask } from './planApi';

export type LaneKey = PlanArea | 'none';
export const LANES: LaneKey[] = [...PLAN_AREAS, 'none'];

export const DAY_MS = 86_400_000;
export const dayNumber = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;

export interface Geometry {
  width: number;
  labelWidth: number;
  laneHeight: number;
  axisHeight: number;
  padding: number;
}
export const defaultGeometry: Geometry = { width: 960, labelWidth: 240, laneHeight: 48, axisHeight: 32, padding: 16 };

export interface TimelineItem {
  kind: 'milestone' | 'task';
  id: number;
  title: string;
  date: string;
  lane: LaneKey;
  overdue: boolean;
  done: boolean;
  /** A task's status (not_started, in_progress, done, blocked); null for a milestone. */
  status: string | null;
  x: number;
  y: number;
}
export interface Arrow {
  from: number;
  to: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface Timeline {
  start: string;
  end: string;
  months: { date: string; x: number }[];
  lanes: { key: LaneKey; y: number }[];
  items: TimelineItem[];
  arrows: Arrow[];
  todayX: number;
  height: number;
}

/** The first day of each month from the month of `first` to the month after `last` (so the range is whole months). */
export function monthStarts(first: string, last: string): string[] {
  const months: string[] = [];
  let year = +first.slice(0, 4);
  let month = +first.slice(5, 7);
  const endYear = +last.slice(0, 4);
  const endMonth = +last.slice(5, 7);
  for (;;) {
    months.push(`${year}-${String(month).padStart(2, '0')}-01`);
    if (year > endYear || (year === endYear && month > endMonth)) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** A linear scale from days to x between the label column and the right padding. */
export function scale(start: string, end: string, g: Geometry): (date: string) => number {
  const from = dayNumber(start);
  const span = Math.max(1, dayNumber(end) - from);
  const left = g.labelWidth;
  const right = g.width - g.padding;
  return (date) => left + ((dayNumber(date) - from) / span) * (right - left);
}

/** Where an arrow from the item depended on (`from`) to the dependent one (`to`) starts and ends: at their edges. */
export function arrowEnds(from: { x: number; y: number }, to: { x: number; y: number }, radius: number) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  return { x1: from.x + ux * radius, y1: from.y + uy * radius, x2: to.x - ux * radius, y2: to.y - uy * radius };
}

/** The whole layout: dated milestones and tasks (undated tasks are left to the table), today's line and arrows. */
export function layoutTimeline(today: string, milestones: Milestone[], tasks: PlanTask[], g: Geometry = defaultGeometry, radius = 8): Timeline {
  const dated = tasks.filter((task): task is PlanTask & { due_on: string } => task.due_on !== null);
  const dates = [today, ...milestones.map((m) => m.due_on), ...dated.map((task) => task.due_on)].sort();
  const months = monthStarts(dates[0], dates[dates.length - 1]);
  const start = months[0];
  const end = months[months.length - 1];
  const x = scale(start, end, g);
  const laneY = (lane: LaneKey) => g.axisHeight + LANES.indexOf(lane) * g.laneHeight + g.laneHeight / 2;
  const items: TimelineItem[] = [
    ...milestones.map((m) => ({ kind: 'milestone' as const, id: m.id, title: m.title, date: m.due_on, lane: m.area ?? ('none' as const), overdue: m.overdue, done: m.done, status: null })),
    ...dated.map((task) => ({ kind: 'task' as const, id: task.id, title: task.title, date: task.due_on, lane: task.area ?? ('none' as const), overdue: task.overdue, done: task.status === 'done', status: task.status })),
  ]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)
    .map((item) => ({ ...item, x: x(item.date), y: laneY(item.lane) }));
  const taskAt = new Map(items.filter((i) => i.kind === 'task').map((i) => [i.id, i]));
  const arrows: Arrow[] = [];
  for (const task of dated) {
    const to = taskAt.get(task.id)!;
    for (const dep of task.depends_on) {
      const from = taskAt.get(dep);
      if (from) arrows.push({ from: dep, to: task.id, ...arrowEnds(from, to, radius) });
    }
  }
  return {
    start,
    end,
    months: months.map((date) => ({ date, x: x(date) })),
    lanes: LANES.map((key) => ({ key, y: laneY(key) })),
    items,
    arrows,
    todayX: x(today),
    height: g.axisHeight + LANES.length * g.laneHeight + g.padding,
  };
}
