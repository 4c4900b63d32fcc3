import { describe, expect, it } from 'vitest';
import { dependencyTitles, draftOf, parseOptionalNumber, priorityLabel, taskInput } from './plan';
import type { PlanTask } from './planApi';

const t = (key: string) => key;
const task = (id: number, title: string, depends_on: number[] = []): PlanTask => ({
  id, title, notes: '', owner_member_id: null, owner_name: '', due_on: null, status: 'not_started', area: null,
  objective_id: null, milestone_id: null, depends_on, action_item_id: null, meeting_id: null, meeting_title: '',
  overdue: false, version: 1, updated_by_name: '', updated_at: '',
});

describe('plan helpers', () => {
  it('labels a priority with its number first', () => {
    expect(priorityLabel(t, 4)).toBe('4 plan.lcap.p4');
  });
  it('requires a title and a civil due date', () => {
    expect(taskInput(t, { ...draftOf(task(1, '')), due: '5/12' })).toEqual({
      errors: { title: 'plan.task.titleRequired', due_on: 'plan.task.dueInvalid' },
    });
  });
  it('turns a draft into the API input', () => {
    const draft = { ...draftOf(task(1, ' Book room ')), owner: '5', due: '2026-12-01', area: 'use_of_data', dependsOn: ['2'] };
    expect(taskInput(t, draft)).toEqual({
      input: { title: 'Book room', notes: '', owner_member_id: 5, due_on: '2026-12-01', status: 'not_started', area: 'use_of_data', depends_on: [2] },
    });
  });
  it('names the tasks depended on', () => {
    const tasks = [task(1, 'Train staff', [2]), task(2, 'Book room')];
    expect(dependencyTitles(tasks[0], tasks)).toEqual(['Book room']);
  });
  it('parses optional numbers', () => {
    expect(parseOptionalNumber('')).toBeNull();
    expect(parseOptionalNumber('12.5')).toBe(12.5);
    expect(parseOptionalNumber('x')).toBeNaN();
  });
});
