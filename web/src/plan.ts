// Pure helpers of the team plan page (issue 13): LCAP priority tags, task form drafts, what a task depends on.
import type { PlanTask, TaskInput, TaskStatus, PlanArea } from './planApi';

/** The state's eight LCAP priorities; 9 and 10 exist only for county offices of education. */
export const LCAP_PRIORITIES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export const COUNTY_ONLY_PRIORITIES = [9, 10];

/** The chip text of a priority: its number then its name ("4 Pupil achievement"). */
export function priorityLabel(t: (key: string) => string, priority: number): string {
  return `${priority} ${t(`plan.lcap.p${priority}`)}`;
}

export interface TaskDraft {
  title: string;
  notes: string;
  owner: string;
  due: string;
  status: TaskStatus;
  area: string;
  dependsOn: string[];
}

export const emptyTaskDraft: TaskDraft = { title: '', notes: '', owner: '', due: '', status: 'not_started', area: '', dependsOn: [] };

export function draftOf(task: PlanTask): TaskDraft {
  return {
    title: task.title,
    notes: task.notes,
    owner: task.owner_member_id === null ? '' : String(task.owner_member_id),
    due: task.due_on ?? '',
    status: task.status,
    area: task.area ?? '',
    dependsOn: task.depends_on.map(String),
  };
}

const civilDate = /^\d{4}-\d{2}-\d{2}$/;

/** The draft as the API takes it, or the field errors found before sending. */
export function taskInput(t: (key: string) => string, draft: TaskDraft): { input: TaskInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!draft.title.trim()) errors.title = t('plan.task.titleRequired');
  if (draft.due && !civilDate.test(draft.due)) errors.due_on = t('plan.task.dueInvalid');
  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      title: draft.title.trim(),
      notes: draft.notes.trim(),
      owner_member_id: draft.owner ? Number(draft.owner) : null,
      due_on: draft.due || null,
      status: draft.status,
      area: draft.area ? (draft.area as PlanArea) : null,
      depends_on: draft.dependsOn.map(Number),
    },
  };
}

/** The titles of the tasks a task depends on, in the plan's order (an unknown id is skipped). */
export function dependencyTitles(task: PlanTask, tasks: PlanTask[]): string[] {
  return tasks.filter((other) => task.depends_on.includes(other.id)).map((other) => other.title);
}

/** A number typed in a form: null when empty, NaN when not a number. */
export function parseOptionalNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
}
