// A team's problem of practice, aim and driver diagram (issue 12, item 1; docs/api.md, "Problem of practice and
// driver diagram"). JSON requests go through api.ts's `request`; the answers are described here.
import { request } from './api';

export type DriverKind = 'primary' | 'secondary' | 'change_idea';
export const DRIVER_KINDS: DriverKind[] = ['primary', 'secondary', 'change_idea'];

export interface Aim {
  what: string;
  for_whom: string;
  how_much: string;
  by_when: string | null;
}

export interface Problem {
  who_is_failed: string;
  how_we_know: string;
  aim: Aim;
  written_by: string | null;
  written_at: string | null;
  /** 0 until the team first writes it. */
  version: number;
}

export interface DriverNode {
  id: number;
  parent_id: number | null;
  kind: DriverKind;
  text: string;
  measure: { id: number; name: string } | null;
  position: number;
  version: number;
}

export interface ProblemView {
  problem: Problem;
  nodes: DriverNode[];
  may: { contribute: boolean };
}

export interface ProblemInput {
  who_is_failed: string;
  how_we_know: string;
  aim_what: string;
  aim_for_whom: string;
  aim_how_much: string;
  aim_by_when: string | null;
  version: number;
}

export interface DriverInput {
  kind: DriverKind;
  text: string;
  parent_id: number | null;
  measure_id: number | null;
}

export interface DriverChange {
  version: number;
  text?: string;
  parent_id?: number | null;
  measure_id?: number | null;
  move?: 'up' | 'down';
}

const id = (value: number): string => encodeURIComponent(String(value));

export const problemApi = {
  get: (teamId: number) => request<ProblemView>('GET', `/teams/${id(teamId)}/problem`),
  put: (teamId: number, input: ProblemInput) => request<Problem>('PUT', `/teams/${id(teamId)}/problem`, input),
  addNode: (teamId: number, input: DriverInput) => request<DriverNode>('POST', `/teams/${id(teamId)}/drivers`, input),
  changeNode: (teamId: number, nodeId: number, change: DriverChange) =>
    request<DriverNode>('PATCH', `/teams/${id(teamId)}/drivers/${id(nodeId)}`, change),
  removeNode: (teamId: number, nodeId: number) => request<void>('DELETE', `/teams/${id(teamId)}/drivers/${id(nodeId)}`),
};

/** The kinds of node a node of `kind` may sit under (domain/driver_tree.cpp): null is the aim itself. */
export function allowedParentKinds(kind: DriverKind): (DriverKind | null)[] {
  if (kind === 'primary') return [null];
  if (kind === 'secondary') return ['primary'];
  return ['primary', 'secondary'];
}

/** The nodes under `parentId` (null: under the aim), in their order. */
export function childrenOf(nodes: DriverNode[], parentId: number | null): DriverNode[] {
  return nodes.filter((n) => n.parent_id === parentId).sort((a, b) => a.position - b.position || a.id - b.id);
}
