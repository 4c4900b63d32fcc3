import { describe, expect, it } from 'vitest';
import { arrowEnds, dayNumber, defaultGeometry, layoutTimeline, monthStarts, scale } from './timeline';
import type { Milestone, PlanTask } from './planApi';

const task = (id: number, due_on: string | null, extra: Partial<PlanTask> = {}): PlanTask => ({
  id, title: `T${id}`, notes: '', owner_member_id: null, owner_name: '', due_on, status: 'not_started', area: null,
  objective_id: null, milestone_id: null, depends_on: [], action_item_id: null, meeting_id: null, meeting_title: '',
  overdue: false, version: 1, updated_by_name: '', updated_at: '', ...extra,
});
const milestone: Milestone = { id: 9, title: 'Launch', due_on: '2027-02-15', area: 'use_of_data', done: false, overdue: false, version: 1 };

describe('timeline layout', () => {
  it('covers whole months, across a year end', () => {
    expect(monthStarts('2026-11-20', '2027-01-03')).toEqual(['2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01']);
  });
  it('reads civil dates as days whatever the time zone', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
  });
  it('scales the range between the label column and the padding', () => {
    const x = scale('2026-01-01', '2026-01-11', defaultGeometry);
    expect(x('2026-01-01')).toBe(240);
    expect(x('2026-01-11')).toBe(944);
    expect(x('2026-01-06')).toBe(592);
  });
  it('puts items in their area lane, "no area" last, and leaves undated tasks out', () => {
    const layout = layoutTimeline('2026-12-05', [milestone], [task(1, '2026-12-01', { overdue: true }), task(2, null)]);
    expect(layout.lanes.map((l) => l.key)).toHaveLength(7);
    expect(layout.items.map((i) => [i.kind, i.id, i.lane, i.overdue])).toEqual([
      ['task', 1, 'none', true],
      ['milestone', 9, 'use_of_data', false],
    ]);
    expect(layout.items[0].y).toBe(layout.lanes[6].y);
    expect(layout.todayX).toBeGreaterThan(layout.items[0].x);
  });
  it('draws an arrow from the task depended on to the dependent task', () => {
    const layout = layoutTimeline('2026-12-05', [], [task(1, '2026-12-01'), task(2, '2027-01-10', { depends_on: [1, 99] })]);
    expect(layout.arrows).toHaveLength(1);
    expect(layout.arrows[0]).toMatchObject({ from: 1, to: 2 });
    expect(layout.arrows[0].x2).toBeLessThan(layout.items[1].x);
  });
  it('ends arrows at the edges of the marks', () => {
    expect(arrowEnds({ x: 0, y: 0 }, { x: 30, y: 40 }, 5)).toEqual({ x1: 3, y1: 4, x2: 27, y2: 36 });
  });
});
