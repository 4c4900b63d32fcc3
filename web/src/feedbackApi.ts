// Feedback rounds across districts (issue 12, item 4; docs/api.md, "Feedback rounds"): a team asks chosen people —
// its mentor coaches, peer teams of its network, its own members — about one item, they answer in threaded comments,
// and the team closes the round with what it changed. The answers are described here by hand, as prototypesApi.ts does.
import { request, type GuideText } from './api';
import type { FieldRules } from './fieldChecks';

export type ItemKind = 'prototype_version' | 'guide_answer' | 'plan_section';
export type PlanSection = 'vision' | 'goals' | 'activities' | 'milestones' | 'tasks' | 'barriers';
export type ChosenAs = 'mentor_coach' | 'peer' | 'member';
export type ReviewerStatus = 'invited' | 'accepted' | 'declined';
export type RoundStatus = 'open' | 'closed';
export type EventKind = 'opened' | 'invited' | 'accepted' | 'declined' | 'comment' | 'closed';

/** The groups of the reviewer checkboxes, in the order the form shows them. */
export const CHOSEN_AS: ChosenAs[] = ['mentor_coach', 'peer', 'member'];

export type ItemRef =
  | { kind: 'prototype_version'; prototype_id: number; prototype_version_id: number }
  | { kind: 'guide_answer'; guide: string; module: string; section: string; item: string }
  | { kind: 'plan_section'; section: PlanSection };

export interface PrototypeVersionSnapshot {
  prototype_title: string;
  if_we: string;
  then_what: string;
  for_whom: string;
  version_number: number;
  description: string;
  attachments: { label: string; url: string }[];
}
/** The guide's own texts come in both languages (as the guide pages have them); the answer as the team wrote it. */
export interface GuideAnswerSnapshot {
  guide_title: string | GuideText;
  section_title: string | GuideText;
  question: string | GuideText;
  answer: string; // Markdown
}
export interface PlanSectionSnapshot {
  section: PlanSection;
  lines: string[];
}

/** The item under review, as it was when the round was opened. */
export type Item =
  | { kind: 'prototype_version'; title: string; snapshot: PrototypeVersionSnapshot }
  | { kind: 'guide_answer'; title: string; snapshot: GuideAnswerSnapshot }
  | { kind: 'plan_section'; title: string; snapshot: PlanSectionSnapshot };

export interface RoundEvent {
  at: string;
  kind: EventKind;
  who: string;
  /** The question (opened), a comment's first 200 characters (comment), what we changed (closed); "" otherwise. */
  text: string;
}

export interface NextVersion {
  id: number;
  number: number;
  prototype_id: number;
}

export interface RoundSummary {
  id: number;
  item: Item;
  question: string;
  due_on: string;
  status: RoundStatus;
  created_by_name: string;
  created_at: string;
  reviewers: number;
  accepted: number;
  comments: number;
  what_we_changed: string;
  closed_at: string | null;
  next_version: NextVersion | null;
  events: RoundEvent[];
}

export interface Reviewer {
  user_id: number;
  name: string;
  organization: string;
  chosen_as: ChosenAs;
  status: ReviewerStatus;
  answered_at: string | null;
}

export interface Person {
  user_id: number;
  name: string;
}

export interface Comment {
  id: number;
  parent_id: number | null;
  author_user_id: number | null; // null once the author's account is gone
  author_name: string;
  body: string;
  mentions: Person[];
  /** The attached library resources the reader may open. */
  resources?: { id: number; kind: string; title: string }[];
  created_at: string;
}

export interface Round {
  id: number;
  team: { id: number; name: string; organization: string };
  item: Item;
  question: string;
  due_on: string;
  status: RoundStatus;
  what_we_changed: string;
  next_version: NextVersion | null;
  created_by_name: string;
  created_at: string;
  closed_by_name: string;
  closed_at: string | null;
  version: number;
  reviewers: Reviewer[];
  comments: Comment[];
  events: RoundEvent[];
  /** Who may be mentioned, when the server lists them (the round's people the caller may know of). */
  people?: Person[];
  /** The networks whose shared library resources a comment may attach (the team's, among the caller's own). */
  attach_network_ids?: number[];
  me: { reviewer_status: ReviewerStatus | null };
  may: { comment: boolean; close: boolean; invite: boolean; respond: boolean };
}

export interface Candidate {
  user_id: number;
  name: string;
  organization: string;
  chosen_as: ChosenAs;
}

export interface FeedbackItems {
  prototype_versions: { prototype_id: number; prototype_version_id: number; title: string }[];
  guide_answers: { guide: string; module: string; section: string; item: string; title: string }[];
  plan_sections: { section: PlanSection; title: string }[];
}

export interface FeedbackRequest {
  round_id: number;
  team: string;
  organization: string;
  item_title: string;
  question: string;
  due_on: string;
  reviewer_status: 'invited' | 'accepted';
  comments: number;
}

export interface NewRound {
  item: ItemRef;
  question: string;
  due_on: string;
  reviewer_user_ids: number[];
}

const teamPath = (teamId: number) => `/teams/${teamId}`;
const roundPath = (id: number) => `/feedback-rounds/${id}`;

export const feedbackApi = {
  rounds: (teamId: number) => request<{ rounds: RoundSummary[]; may_request: boolean }>('GET', `${teamPath(teamId)}/feedback-rounds`),
  candidates: (teamId: number) => request<{ candidates: Candidate[] }>('GET', `${teamPath(teamId)}/feedback-candidates`),
  items: (teamId: number) => request<FeedbackItems>('GET', `${teamPath(teamId)}/feedback-items`),
  open: (teamId: number, body: NewRound) => request<Round>('POST', `${teamPath(teamId)}/feedback-rounds`, body),
  get: (id: number) => request<Round>('GET', roundPath(id)),
  respond: (id: number, accept: boolean) => request<Round>('PUT', `${roundPath(id)}/response`, { accept }),
  comment: (id: number, body: { body: string; parent_id?: number; mention_user_ids?: number[]; resource_ids?: number[] }) =>
    request<Comment>('POST', `${roundPath(id)}/comments`, body),
  invite: (id: number, reviewerUserIds: number[]) => request<Round>('POST', `${roundPath(id)}/reviewers`, { reviewer_user_ids: reviewerUserIds }),
  close: (id: number, body: { what_we_changed: string; next_version_id?: number; version: number }) =>
    request<Round>('PUT', `${roundPath(id)}/close`, body),
  myRequests: () => request<{ requests: FeedbackRequest[] }>('GET', '/me/feedback-requests'),
};

/** The server's limits (the lead's feedback rounds handlers): question 2000, a comment 4000, what we changed 4000. */
export const FEEDBACK_RULES = {
  round: { item: { required: true }, question: { required: true, max: 2000 }, due_on: { required: true } },
  comment: { body: { required: true, max: 4000 } },
  close: { what_we_changed: { required: true, max: 4000 } },
} satisfies Record<string, FieldRules>;

/** At most this many reviewers in one request (reviewer_user_ids: 1..30). */
export const MAX_REVIEWERS = 30;

/** A civil date `days` later ("YYYY-MM-DD" in, "YYYY-MM-DD" out), counted on the calendar, not in hours. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return next.toISOString().slice(0, 10);
}

/** An item choice as one select value, and back: "kind|part|part...". */
export function itemValue(item: ItemRef): string {
  switch (item.kind) {
    case 'prototype_version':
      return ['prototype_version', item.prototype_id, item.prototype_version_id].join('|');
    case 'guide_answer':
      return ['guide_answer', item.guide, item.module, item.section, item.item].map(encodeURIComponent).join('|');
    case 'plan_section':
      return ['plan_section', item.section].join('|');
  }
}

export function itemOfValue(value: string): ItemRef | null {
  const [kind, ...parts] = value.split('|').map(decodeURIComponent);
  if (kind === 'prototype_version' && parts.length === 2) {
    return { kind, prototype_id: Number(parts[0]), prototype_version_id: Number(parts[1]) };
  }
  if (kind === 'guide_answer' && parts.length === 4) {
    const [guide, module, section, item] = parts;
    return { kind, guide, module, section, item };
  }
  if (kind === 'plan_section' && parts.length === 1) return { kind, section: parts[0] as PlanSection };
  return null;
}

/** The people a round may invite, by how they were chosen, in the form's order; empty groups left out. */
export function groupCandidates(candidates: Candidate[]): { chosenAs: ChosenAs; people: Candidate[] }[] {
  return CHOSEN_AS.map((chosenAs) => ({ chosenAs, people: candidates.filter((c) => c.chosen_as === chosenAs) })).filter(
    (group) => group.people.length > 0,
  );
}

export interface CommentNode extends Comment {
  replies: CommentNode[];
}

/** The flat comments (oldest first) as threads: replies under their parent, in order; a reply whose parent is not
 * in the list is shown at the top level rather than lost. */
export function nestComments(comments: Comment[]): CommentNode[] {
  const nodes = new Map(comments.map((c) => [c.id, { ...c, replies: [] as CommentNode[] }]));
  const roots: CommentNode[] = [];
  for (const comment of comments) {
    const node = nodes.get(comment.id)!;
    const parent = comment.parent_id === null ? undefined : nodes.get(comment.parent_id);
    if (parent && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  return roots;
}

/** `insertion` put into `text` at the cursor (replacing a selection), with a space before it when it would touch
 * a word; the cursor after it. */
export function insertAt(text: string, start: number, end: number, insertion: string): { text: string; cursor: number } {
  const before = text.slice(0, start);
  const spaced = before && !/\s$/.test(before) ? ` ${insertion}` : insertion;
  return { text: before + spaced + text.slice(end), cursor: start + spaced.length };
}

/** The mention text of a person: "@Name ". */
export const mentionText = (person: Person) => `@${person.name} `;

/** The ids of the people mentioned whose "@Name" is still in the text (a mention deleted from the text is not sent). */
export function mentionedIds(text: string, mentioned: Person[]): number[] {
  const ids = mentioned.filter((p) => text.includes(`@${p.name}`)).map((p) => p.user_id);
  return [...new Set(ids)];
}

/** Who may be mentioned in a round, without the caller, each once, by name: the people the server lists, or else
 * the reviewers who have not declined, the comments' authors and the team's members the caller knows of (from the
 * candidates, for the team). */
export function mentionable(round: Round, members: Person[], me: number | undefined): Person[] {
  const people = new Map<number, Person>();
  const add = (p: { user_id: number | null; name: string }) => {
    if (p.user_id !== null && p.user_id !== me && !people.has(p.user_id)) people.set(p.user_id, { user_id: p.user_id, name: p.name });
  };
  if (round.people) round.people.forEach(add);
  round.reviewers.filter((r) => r.status !== 'declined').forEach(add);
  round.comments.forEach((c) => add({ user_id: c.author_user_id, name: c.author_name }));
  members.forEach(add);
  const declined = new Set(round.reviewers.filter((r) => r.status === 'declined').map((r) => r.user_id));
  return [...people.values()].filter((p) => !declined.has(p.user_id)).sort((a, b) => a.name.localeCompare(b.name));
}
