// The client for a team's plan (issue 13; /work/notes/plan-contract.md, docs/api.md "The team plan"). JSON requests
// go through api.ts's `request`, as dataApi.ts's do. The types are written here from the contract.
import { request } from './api';

export type PlanArea =
  | 'communication_feedback'
  | 'use_of_data'
  | 'teacher_learning'
  | 'recruitment_retention'
  | 'families_community'
  | 'continuous_improvement';
export const PLAN_AREAS: PlanArea[] = [
  'communication_feedback',
  'use_of_data',
  'teacher_learning',
  'recruitment_retention',
  'families_community',
  'continuous_improvement',
];
export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'blocked';
export const TASK_STATUSES: TaskStatus[] = ['not_started', 'in_progress', 'done', 'blocked'];
export type PlanDirection = 'higher_is_better' | 'lower_is_better';

export interface Vision {
  text: string;
  version: number;
  written_by_name: string;
  written_at: string;
}
export interface Objective {
  id: number;
  goal_id: number;
  description: string;
  measure_id: number | null;
  measure_name: string;
  unit: string;
  direction: PlanDirection;
  baseline_value: number | null;
  baseline_date: string | null;
  target_value: number | null;
  target_date: string | null;
  version: number;
}
export interface Goal {
  id: number;
  title: string;
  description: string;
  lcap_priorities: number[];
  version: number;
  objectives: Objective[];
}
export interface Activity {
  id: number;
  area: PlanArea;
  description: string;
  version: number;
}
export interface Milestone {
  id: number;
  title: string;
  due_on: string;
  area: PlanArea | null;
  done: boolean;
  overdue: boolean;
  version: number;
}
export interface PlanTask {
  id: number;
  title: string;
  notes: string;
  owner_member_id: number | null;
  owner_name: string;
  due_on: string | null;
  status: TaskStatus;
  area: PlanArea | null;
  objective_id: number | null;
  milestone_id: number | null;
  depends_on: number[];
  action_item_id: number | null;
  meeting_id: number | null;
  meeting_title: string;
  overdue: boolean;
  version: number;
  updated_by_name: string;
  updated_at: string;
}
export interface Barrier {
  id: number;
  description: string;
  response: string;
  area: PlanArea | null;
  version: number;
}
export interface Plan {
  team_id: number;
  today: string;
  vision: Vision | null;
  goals: Goal[];
  areas: { key: PlanArea; activities: Activity[] }[];
  milestones: Milestone[];
  tasks: PlanTask[];
  barriers: Barrier[];
  may: { contribute: boolean };
}
/** A plan task as My work lists it: with its team. */
export type MyPlanTask = PlanTask & { team_id: number; team_name: string };
export interface PlanTaskCounts {
  open: number;
  overdue: number;
  blocked: number;
  done: number;
}

export interface GoalInput {
  title: string;
  description?: string;
  lcap_priorities?: number[];
}
export interface ObjectiveInput {
  description: string;
  measure_id?: number | null;
  baseline_value?: number | null;
  baseline_date?: string | null;
  target_value?: number | null;
  target_date?: string | null;
  direction?: PlanDirection;
}
export interface MilestoneInput {
  title: string;
  due_on: string;
  area?: PlanArea | null;
  done?: boolean;
}
export interface TaskInput {
  title: string;
  notes?: string;
  owner_member_id?: number | null;
  due_on?: string | null;
  status?: TaskStatus;
  area?: PlanArea | null;
  objective_id?: number | null;
  milestone_id?: number | null;
  depends_on?: number[];
}
export interface BarrierInput {
  description: string;
  response?: string;
  area?: PlanArea | null;
}
export interface PromoteInput {
  area?: PlanArea | null;
  objective_id?: number | null;
  milestone_id?: number | null;
}
type Versioned<T> = Partial<T> & { version: number };

const id = (value: number): string => encodeURIComponent(String(value));
const plan = (teamId: number): string => `/teams/${id(teamId)}/plan`;

export const planApi = {
  getPlan: (teamId: number) => request<Plan>('GET', plan(teamId)),
  visionHistory: (teamId: number) =>
    request<{ versions: { version: number; text: string; written_by_name: string; written_at: string }[] }>('GET', `${plan(teamId)}/vision/history`),
  /** `version` is the version edited, 0 when there was no vision yet. */
  putVision: (teamId: number, text: string, version: number) => request<Vision>('PUT', `${plan(teamId)}/vision`, { text, version }),

  createGoal: (teamId: number, input: GoalInput) => request<Goal>('POST', `${plan(teamId)}/goals`, input),
  updateGoal: (teamId: number, goalId: number, patch: Versioned<GoalInput>) =>
    request<Goal>('PATCH', `${plan(teamId)}/goals/${id(goalId)}`, patch),
  deleteGoal: (teamId: number, goalId: number) => request<void>('DELETE', `${plan(teamId)}/goals/${id(goalId)}`),

  createObjective: (teamId: number, goalId: number, input: ObjectiveInput) =>
    request<Objective>('POST', `${plan(teamId)}/goals/${id(goalId)}/objectives`, input),
  updateObjective: (teamId: number, objectiveId: number, patch: Versioned<ObjectiveInput>) =>
    request<Objective>('PATCH', `${plan(teamId)}/objectives/${id(objectiveId)}`, patch),
  deleteObjective: (teamId: number, objectiveId: number) => request<void>('DELETE', `${plan(teamId)}/objectives/${id(objectiveId)}`),

  createActivity: (teamId: number, area: PlanArea, description: string) =>
    request<Activity>('POST', `${plan(teamId)}/activities`, { area, description }),
  updateActivity: (teamId: number, activityId: number, patch: Versioned<{ area: PlanArea; description: string }>) =>
    request<Activity>('PATCH', `${plan(teamId)}/activities/${id(activityId)}`, patch),
  deleteActivity: (teamId: number, activityId: number) => request<void>('DELETE', `${plan(teamId)}/activities/${id(activityId)}`),

  createMilestone: (teamId: number, input: MilestoneInput) => request<Milestone>('POST', `${plan(teamId)}/milestones`, input),
  updateMilestone: (teamId: number, milestoneId: number, patch: Versioned<MilestoneInput>) =>
    request<Milestone>('PATCH', `${plan(teamId)}/milestones/${id(milestoneId)}`, patch),
  deleteMilestone: (teamId: number, milestoneId: number) => request<void>('DELETE', `${plan(teamId)}/milestones/${id(milestoneId)}`),

  createTask: (teamId: number, input: TaskInput) => request<PlanTask>('POST', `${plan(teamId)}/tasks`, input),
  updateTask: (teamId: number, taskId: number, patch: Versioned<TaskInput>) =>
    request<PlanTask>('PATCH', `${plan(teamId)}/tasks/${id(taskId)}`, patch),
  deleteTask: (teamId: number, taskId: number) => request<void>('DELETE', `${plan(teamId)}/tasks/${id(taskId)}`),

  createBarrier: (teamId: number, input: BarrierInput) => request<Barrier>('POST', `${plan(teamId)}/barriers`, input),
  updateBarrier: (teamId: number, barrierId: number, patch: Versioned<BarrierInput>) =>
    request<Barrier>('PATCH', `${plan(teamId)}/barriers/${id(barrierId)}`, patch),
  deleteBarrier: (teamId: number, barrierId: number) => request<void>('DELETE', `${plan(teamId)}/barriers/${id(barrierId)}`),

  promoteActionItem: (actionItemId: number, input: PromoteInput = {}) =>
    request<PlanTask>('POST', `/action-items/${id(actionItemId)}/promote`, input),
};
