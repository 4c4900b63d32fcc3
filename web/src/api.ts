// The typed client for the Trellis JSON API (docs/api.md). Every request of the app goes through `request`.

export type GradeSpan = 'elementary' | 'middle' | 'high';
export const GRADE_SPANS: GradeSpan[] = ['elementary', 'middle', 'high'];

export type OrganizationKind = 'district' | 'school' | 'county_office' | 'intermediary' | 'partner';
export const ORGANIZATION_KINDS: OrganizationKind[] = ['district', 'school', 'county_office', 'intermediary', 'partner'];

export type OrganizationRole = 'admin' | 'data_lead' | 'member' | 'viewer';
export const ORGANIZATION_ROLES: OrganizationRole[] = ['admin', 'data_lead', 'member', 'viewer'];

export type TeamRole = 'lead' | 'member' | 'guest' | 'viewer';
export const TEAM_ROLES: TeamRole[] = ['lead', 'member', 'guest', 'viewer'];

export type NetworkRole = 'mentor' | 'peer';
export const NETWORK_ROLES: NetworkRole[] = ['mentor', 'peer'];

export interface User {
  id: number;
  name: string;
  email: string;
  site_admin: boolean;
}

export interface Session {
  user: User;
  csrf_token: string;
}

export interface Me {
  user: User;
  organizations: { id: number; name: string; kind: OrganizationKind; role: OrganizationRole }[];
  teams: { id: number; name: string; organization_id: number; role: TeamRole }[];
  networks: { id: number; name: string }[];
}

export interface Profile {
  enrollment: number | null;
  low_income: number | null;
  english_learners: number | null;
  foster: number | null;
  homeless: number | null;
  locale: string | null;
  source: string | null;
}

export interface Organization {
  id: number;
  name: string;
  kind: OrganizationKind;
  cds_code: string | null;
  nces_id: string | null;
  grade_spans: GradeSpan[];
  profile: Profile | null;
  version: number;
}

export interface OrganizationInput {
  name: string;
  kind: OrganizationKind;
  cds_code?: string;
  nces_id?: string;
  grade_spans?: GradeSpan[];
  profile?: Partial<Profile>;
}

export interface Ref {
  id: number;
  name: string;
}

export interface TeamSummary {
  id: number;
  name: string;
  focus: string | null;
  organization: Ref;
}

export interface Member {
  id: number;
  team_id: number;
  user_id: number | null;
  name: string;
  email: string;
  role: TeamRole;
  perspectives: string[];
  content_areas: string[];
  grade_spans: GradeSpan[];
  skills: string[];
  version: number;
}

export interface MemberInput {
  name: string;
  email: string;
  role?: TeamRole;
  perspectives?: string[];
  content_areas?: string[];
  grade_spans?: GradeSpan[];
  skills?: string[];
}

export interface MemberChanges {
  role: TeamRole;
  perspectives: string[];
  content_areas: string[];
  grade_spans: GradeSpan[];
  skills: string[];
  version: number;
}

export interface Perspective {
  key: string;
  label_en: string;
  label_es: string;
}

export interface Representation {
  covered: string[];
  missing: string[];
  content_areas: string[];
  grade_spans: { covered: GradeSpan[]; missing: GradeSpan[] };
  perspectives: (Perspective & { members: string[] })[];
}

export type GapKind = 'perspective' | 'grade_span';

export interface OutreachItem {
  id: number;
  team_id: number;
  gap_kind: GapKind;
  gap_key: string;
  title: string;
  owner_member_id: number | null;
  due_on: string | null;
  status: 'open' | 'done';
  created_at: string;
}

export interface Team extends TeamSummary {
  members: Member[];
  representation: Representation;
  outreach_items: OutreachItem[];
  my_role: TeamRole | null;
  version: number;
}

export interface NetworkSummary {
  id: number;
  name: string;
  focus: string | null;
  facilitator: Ref;
  starts_on: string | null;
  ends_on: string | null;
}

export type NetworkMembershipStatus = 'pending' | 'active' | 'declined';

/** Until an organization accepts, the network sees its id and, when it is public record or visible to the reader, its name. */
export interface NetworkMember {
  organization: { id: number; name: string | null; kind?: OrganizationKind };
  role: NetworkRole;
  status: NetworkMembershipStatus;
}

/** An organization's membership in a network, as its admins see it: enough of the network to decide. */
export interface NetworkMembership {
  network: { id: number; name: string; focus: string; facilitator: { name: string } };
  role: NetworkRole;
  status: NetworkMembershipStatus;
  invited_by_name: string | null;
  invited_at: string | null;
  responded_at: string | null;
}

export interface Network extends NetworkSummary {
  members: NetworkMember[];
  version: number;
}

export interface Invitation {
  kind: 'organization' | 'team';
  organization: Ref;
  team: Ref | null;
  email: string;
  role: OrganizationRole | TeamRole;
  expires_at: string;
}

export interface SentInvitation {
  id: number;
  email: string;
  role: string;
  /** true: the link went by e-mail to that address alone; false: no mail is configured and `url` is the link. */
  mailed: boolean;
  url?: string;
  expires_at: string;
}

export interface Token {
  id: number;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

export type MeetingMode = 'in_person' | 'virtual' | 'hybrid';
export const MEETING_MODES: MeetingMode[] = ['in_person', 'virtual', 'hybrid'];
export type AgendaKind = 'topic' | 'discussion' | 'decision' | 'review' | 'information';
export const AGENDA_KINDS: AgendaKind[] = ['topic', 'discussion', 'decision', 'review', 'information'];
export type MeetingStatus = 'draft' | 'scheduled' | 'closed' | 'cancelled';
export type AttendanceStatus = 'present' | 'absent' | 'excused';
export const ATTENDANCE_STATUSES: AttendanceStatus[] = ['present', 'absent', 'excused'];
export type ActionStatus = 'open' | 'done' | 'dropped';
export const ACTION_STATUSES: ActionStatus[] = ['open', 'done', 'dropped'];

export interface AgendaItem {
  id?: number;
  title: string;
  minutes: number;
  kind: AgendaKind;
  carried_over?: boolean;
  action_item_id?: number | null;
  outreach_item_id?: number | null;
}

export interface MeetingRules {
  discussion_share_percent: number;
  max_objectives?: number;
  min_discussion_minutes?: number;
  violations?: { field: string; rule: string; message: string }[];
}

export interface Meeting {
  id: number;
  team: Ref;
  title: string;
  goal: string | null;
  starts_at: string | null;
  ends_at: string | null;
  time_zone: string | null;
  duration_minutes: number | null;
  mode: MeetingMode | null;
  location: string | null;
  objectives: string[];
  agenda: AgendaItem[];
  status: MeetingStatus;
  sequence: number;
  version: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  cancelled_at: string | null;
  rules?: MeetingRules;
}

export interface MeetingInput {
  title: string;
  goal?: string;
  starts_at?: string;
  time_zone?: string;
  duration_minutes?: number;
  mode?: MeetingMode;
  location?: string;
  objectives?: string[];
  agenda?: AgendaItem[];
  status?: 'draft' | 'scheduled';
}

export interface Attendance {
  member_id: number;
  name: string;
  role?: TeamRole;
  status: AttendanceStatus | null;
}

export interface Note {
  id: number;
  agenda_item_id: number;
  author: Ref;
  text: string;
  version: number;
  updated_at: string;
}

export interface Decision {
  id: number;
  meeting_id: number;
  agenda_item_id: number | null;
  text: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ActionItem {
  id: number;
  team: Ref;
  meeting: { id: number; title: string };
  title: string;
  owner: { member_id: number; name: string } | null;
  due: string;
  status: ActionStatus;
  done_on: string | null;
  status_changed_by: Ref | null;
  status_changed_at: string | null;
  carry_overs: number;
  version: number;
  created_at: string;
  overdue?: boolean;
}

export interface MeetingDetail extends Meeting {
  attendance: Attendance[];
  notes: Note[];
  decisions: Decision[];
  action_items: ActionItem[];
}

export interface Amendment {
  id: number;
  text: string;
  author: string | Ref;
  created_at: string;
}

export interface Minutes {
  meeting_id: number;
  team: string | Ref;
  title: string;
  goal: string | null;
  starts_at: string | null;
  time_zone: string | null;
  duration_minutes: number | null;
  mode: MeetingMode | null;
  location: string | null;
  objectives: string[];
  attendance: { present: string[]; absent: string[]; excused: string[]; not_recorded: string[] };
  agenda: { agenda_item_id: number; title: string; minutes: number; kind: AgendaKind; notes: { author: string | Ref; text: string }[] }[];
  decisions: string[];
  action_items: { id: number; title: string; owner: string | null; due: string; status: ActionStatus }[];
  closed_at: string;
  closed_by: string | Ref | null;
  amendments: Amendment[];
}

export interface FollowThrough {
  team_id: number;
  today: string;
  total: number;
  open: number;
  done: number;
  dropped: number;
  done_on_time: number;
  done_late: number;
  overdue: number;
  share_on_time: number | null;
  median_days_late: number | null;
  items_carried_over: number;
  carry_overs: number;
}

export interface MeetingSettings {
  team_id: number;
  discussion_share_percent: number;
}

// ---------------------------------------------------------------------------------------------- Guides (issue 4)
// Guides are data (docs/guides.md): texts come in both languages, ids are the guide's stable ids, times are Unix
// seconds.

export interface GuideText {
  en: string;
  es: string;
}

export type SectionStatus = 'not_started' | 'in_progress' | 'complete';
export const SECTION_STATUSES: SectionStatus[] = ['not_started', 'in_progress', 'complete'];
export type GuideItemKind = 'question' | 'checklist' | 'data' | 'reading';
export type PlannerMode = 'in_person' | 'virtual';
export const PLANNER_MODES: PlannerMode[] = ['in_person', 'virtual'];
export type PlannerAgendaKind = 'welcome' | 'review' | 'section_work' | 'discussion' | 'action_items';

export interface GuideSectionInfo {
  id: string;
  title: GuideText;
  objective: GuideText;
  estimated_minutes: number;
  needs_full_meeting: boolean;
  forms_team: boolean;
  group: string;
}

export interface GuideModuleInfo {
  id: string;
  title: GuideText;
  description: GuideText;
  sections: GuideSectionInfo[];
}

export interface GuideInfo {
  id: string;
  version: number;
  title: GuideText;
  description: GuideText;
  modules: GuideModuleInfo[];
}

export interface GuideSummary {
  sections: number;
  not_started: number;
  in_progress: number;
  complete: number;
  /** The first section not complete, as "module/section"; null when every section is. */
  current: string | null;
}

export interface TeamGuide {
  id: string;
  title: GuideText | null;
  adopted_at: string;
  adopted_by_name: string;
  /** null for a guide no longer shipped: what the team recorded stays. */
  summary: GuideSummary | null;
}

export interface GuideAnswer {
  text: string | null;
  version: number;
  author_name?: string;
  updated_at?: string;
}

export interface GuideEntry {
  id: string;
  label: GuideText;
  checked: boolean;
  note: string;
  derived: boolean;
  changed_by_name?: string | null;
  changed_at?: string | null;
}

export interface GuideItem {
  id: string;
  kind: GuideItemKind;
  text: GuideText;
  url?: string;
  source?: 'representation';
  answer?: GuideAnswer | null;
  entries?: GuideEntry[];
}

export interface GuideSectionProgress {
  id: string;
  title: GuideText;
  objective: GuideText;
  status: SectionStatus;
  status_changed_by_name: string | null;
  status_changed_at: string | null;
  items: GuideItem[];
}

export interface GuideProgress {
  team_id: number;
  guide: { id: string; version: number; title: GuideText };
  adopted_at: string;
  adopted_by_name: string;
  summary: GuideSummary;
  modules: { id: string; title: GuideText; sections: GuideSectionProgress[] }[];
}

export interface SectionStatusChange {
  module: string;
  section: string;
  status: SectionStatus;
  changed_by_name: string;
  changed_at: string;
  summary: GuideSummary;
}

export interface EntryChange {
  entry: string;
  checked: boolean;
  note: string;
  changed_by_name: string;
  changed_at: string;
}

export interface MeetingPlanRequest {
  guide: string;
  module: string;
  sections: string[];
  new_team: boolean;
  mode: PlannerMode;
  meeting_minutes: number;
  language?: 'en' | 'es';
}

export interface PlannedAgendaItem {
  title: string;
  minutes: number;
  kind: PlannerAgendaKind;
  meeting_kind: AgendaKind;
  section: string;
}

export interface PlannedMeeting {
  title: string;
  sections: string[];
  objectives: string[];
  duration_minutes: number;
  agenda: PlannedAgendaItem[];
  why: string;
}

export interface MeetingPlan {
  team_id: number;
  guide: string;
  module: string;
  mode: PlannerMode;
  language: 'en' | 'es';
  meetings: PlannedMeeting[];
}

export interface ProposedMeeting {
  title: string;
  goal?: string;
  objectives: string[];
  duration_minutes: number;
  agenda: { title: string; minutes: number; kind: PlannerAgendaKind | AgendaKind }[];
}

export interface CreatedMeeting {
  id: number;
  title: string;
  status: 'draft';
  duration_minutes: number;
  objectives: string[];
  agenda_items: number;
  version: number;
}

export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem detail, as the server sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: (FieldError & { rule?: string })[];
  current?: unknown;
  /** Made in the browser (a check before sending): `detail` is already in the reader's language. */
  local?: boolean;
}

/** A failed request: the server's problem, or a synthetic one (`/problems/network`) when the server was not reached. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
  is(type: string): boolean {
    return this.problem.type === `/problems/${type}`;
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Remembers the CSRF token that the session answers carry; it is sent with every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token to send with a write made outside `request` (an upload through XMLHttpRequest). */
export const currentCsrfToken = (): string | null => csrfToken;

/** Called when a signed-in request is answered 401 (the session ended). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'en' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({ type: '/problems/network', title: 'Network error', status: 0 });
  }
  if (response.ok) {
    if (response.status === 204 || response.status === 202) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  let problem: Problem;
  try {
    problem = (await response.json()) as Problem;
    if (typeof problem !== 'object' || problem === null || typeof problem.type !== 'string') throw new Error();
  } catch {
    problem = { type: '/problems/unknown', title: response.statusText || 'Error', status: response.status };
  }
  problem.status = response.status;
  if (response.status === 401 && problem.type === '/problems/unauthenticated' && onUnauthenticated) onUnauthenticated();
  throw new ApiError(problem);
}

const id = (value: number | string) => encodeURIComponent(String(value));

const sectionPath = (teamId: number, guide: string, module: string, section: string) =>
  `/teams/${id(teamId)}/guides/${id(guide)}/modules/${id(module)}/sections/${id(section)}`;

export const api = {
  // Session and account
  getSession: () => request<Session>('GET', '/session'),
  signIn: (email: string, password: string) => request<Session>('POST', '/session', { email, password }),
  signOut: () => request<void>('DELETE', '/session'),
  requestPasswordReset: (email: string) => request<void>('POST', '/password-resets', { email }),
  confirmPasswordReset: (token: string, password: string) =>
    request<void>('POST', '/password-resets/confirm', { token, password }),
  getInvitation: (token: string) => request<Invitation>('GET', `/invitations/${id(token)}`),
  acceptInvitation: (token: string, account?: { name: string; password: string }) =>
    request<Session>('POST', `/invitations/${id(token)}/accept`, account),
  getMe: () => request<Me>('GET', '/me'),

  // Personal API tokens
  listTokens: () => request<{ tokens: Token[] }>('GET', '/tokens'),
  createToken: (name: string) => request<{ id: number; name: string; token: string }>('POST', '/tokens', { name }),
  revokeToken: (tokenId: number) => request<void>('DELETE', `/tokens/${id(tokenId)}`),

  // Catalogue
  listPerspectives: () => request<{ perspectives: Perspective[] }>('GET', '/perspectives'),

  // Organizations
  listOrganizations: () => request<{ organizations: Organization[] }>('GET', '/organizations'),
  createOrganization: (input: OrganizationInput) => request<Organization>('POST', '/organizations', input),
  getOrganization: (orgId: number) => request<Organization>('GET', `/organizations/${id(orgId)}`),
  listOrganizationTeams: (orgId: number) => request<{ teams: TeamSummary[] }>('GET', `/organizations/${id(orgId)}/teams`),
  createTeam: (orgId: number, input: { name: string; focus?: string }) =>
    request<Team>('POST', `/organizations/${id(orgId)}/teams`, input),
  inviteToOrganization: (orgId: number, email: string, role: OrganizationRole) =>
    request<SentInvitation>('POST', `/organizations/${id(orgId)}/invitations`, { email, role }),

  // Networks
  getNetwork: (networkId: number) => request<Network>('GET', `/networks/${id(networkId)}`),
  addNetworkMember: (networkId: number, organizationId: number, role: NetworkRole) =>
    request<NetworkMember>('POST', `/networks/${id(networkId)}/members`, { organization_id: organizationId, role }),
  removeNetworkMember: (networkId: number, organizationId: number) =>
    request<void>('DELETE', `/networks/${id(networkId)}/members/${id(organizationId)}`),
  listNetworkMemberships: (orgId: number) =>
    request<{ memberships: NetworkMembership[] }>('GET', `/organizations/${id(orgId)}/network-memberships`),
  answerNetworkInvitation: (orgId: number, networkId: number, answer: 'accept' | 'decline') =>
    request<NetworkMembership>('POST', `/organizations/${id(orgId)}/network-memberships/${id(networkId)}/${answer}`),

  // Teams
  getTeam: (teamId: number) => request<Team>('GET', `/teams/${id(teamId)}`),
  addMember: (teamId: number, input: MemberInput) => request<Member>('POST', `/teams/${id(teamId)}/members`, input),
  updateMember: (teamId: number, memberId: number, changes: MemberChanges) =>
    request<Member>('PATCH', `/teams/${id(teamId)}/members/${id(memberId)}`, changes),
  removeMember: (teamId: number, memberId: number) => request<void>('DELETE', `/teams/${id(teamId)}/members/${id(memberId)}`),
  listOutreachItems: (teamId: number) => request<{ outreach_items: OutreachItem[] }>('GET', `/teams/${id(teamId)}/outreach-items`),
  planOutreach: (teamId: number, input: { gap_kind: GapKind; gap_key: string; title?: string }) =>
    request<OutreachItem>('POST', `/teams/${id(teamId)}/outreach-items`, input),
  inviteToTeam: (teamId: number, email: string, role: TeamRole) =>
    request<SentInvitation>('POST', `/teams/${id(teamId)}/invitations`, { email, role }),
  // Meetings
  getMeetingSettings: (teamId: number) => request<MeetingSettings>('GET', `/teams/${id(teamId)}/meeting-settings`),
  setMeetingSettings: (teamId: number, discussionSharePercent: number) =>
    request<MeetingSettings>('PUT', `/teams/${id(teamId)}/meeting-settings`, { discussion_share_percent: discussionSharePercent }),
  listMeetings: (teamId: number) => request<{ meetings: Meeting[] }>('GET', `/teams/${id(teamId)}/meetings`),
  createMeeting: (teamId: number, input: MeetingInput) => request<Meeting>('POST', `/teams/${id(teamId)}/meetings`, input),
  getMeeting: (meetingId: number) => request<MeetingDetail>('GET', `/meetings/${id(meetingId)}`),
  updateMeeting: (meetingId: number, input: Partial<MeetingInput> & { version: number }) =>
    request<Meeting>('PATCH', `/meetings/${id(meetingId)}`, input),
  cancelMeeting: (meetingId: number) => request<Meeting>('POST', `/meetings/${id(meetingId)}/cancel`),
  closeMeeting: (meetingId: number) => request<Minutes>('POST', `/meetings/${id(meetingId)}/close`),
  getMinutes: (meetingId: number) => request<Minutes>('GET', `/meetings/${id(meetingId)}/minutes`),
  addAmendment: (meetingId: number, text: string) =>
    request<Amendment>('POST', `/meetings/${id(meetingId)}/minutes/amendments`, { text }),
  setAttendance: (meetingId: number, memberId: number, status: AttendanceStatus) =>
    request<Attendance>('PUT', `/meetings/${id(meetingId)}/attendance/${id(memberId)}`, { status }),
  saveNote: (meetingId: number, agendaItemId: number, text: string, version?: number) =>
    request<Note>('PUT', `/meetings/${id(meetingId)}/notes/${id(agendaItemId)}`, version === undefined ? { text } : { text, version }),
  addDecision: (meetingId: number, text: string, agendaItemId?: number) =>
    request<Decision>('POST', `/meetings/${id(meetingId)}/decisions`, agendaItemId === undefined ? { text } : { text, agenda_item_id: agendaItemId }),
  addActionItem: (meetingId: number, input: { title: string; owner_id: number | null; due: string | null }) =>
    request<ActionItem>('POST', `/meetings/${id(meetingId)}/action-items`, input),
  updateActionItem: (itemId: number, changes: { status?: ActionStatus; done_on?: string; version: number }) =>
    request<ActionItem>('PATCH', `/action-items/${id(itemId)}`, changes),
  myActionItems: () => request<{ today: string; action_items: ActionItem[] }>('GET', '/me/action-items'),
  followThrough: (teamId: number) => request<FollowThrough>('GET', `/teams/${id(teamId)}/follow-through`),
  createCalendarFeed: () => request<{ url: string; path: string }>('POST', '/me/calendar-feed'),
  revokeCalendarFeed: () => request<void>('DELETE', '/me/calendar-feed'),

  // Guides (issue 4): the catalogue, the meeting-series planner, and a team's work through a guide
  listGuides: () => request<{ guides: GuideInfo[] }>('GET', '/guides'),
  planMeetings: (teamId: number, input: MeetingPlanRequest) => request<MeetingPlan>('POST', `/teams/${id(teamId)}/meeting-plan`, input),
  createPlannedMeetings: (teamId: number, mode: PlannerMode, meetings: ProposedMeeting[]) =>
    request<{ team_id: number; meetings: CreatedMeeting[] }>('POST', `/teams/${id(teamId)}/meeting-plan/create`, { mode, meetings }),
  listTeamGuides: (teamId: number) => request<{ team_id: number; guides: TeamGuide[] }>('GET', `/teams/${id(teamId)}/guides`),
  adoptGuide: (teamId: number, guide: string) => request<GuideProgress>('POST', `/teams/${id(teamId)}/guides`, { guide }),
  getGuideProgress: (teamId: number, guide: string) => request<GuideProgress>('GET', `/teams/${id(teamId)}/guides/${id(guide)}`),
  setSectionStatus: (teamId: number, guide: string, module: string, section: string, status: SectionStatus) =>
    request<SectionStatusChange>('PUT', `${sectionPath(teamId, guide, module, section)}/status`, { status }),
  saveGuideAnswer: (teamId: number, guide: string, module: string, section: string, item: string, text: string, version: number) =>
    request<GuideAnswer>('PUT', `${sectionPath(teamId, guide, module, section)}/items/${id(item)}/answer`, { text, version }),
  guideAnswerHistory: (teamId: number, guide: string, module: string, section: string, item: string) =>
    request<{ item: string; versions: GuideAnswer[] }>('GET', `${sectionPath(teamId, guide, module, section)}/items/${id(item)}/answer/history`),
  setGuideEntry: (teamId: number, guide: string, module: string, section: string, item: string, entry: string, checked: boolean, note: string) =>
    request<EntryChange>('PUT', `${sectionPath(teamId, guide, module, section)}/items/${id(item)}/entries/${id(entry)}`, { checked, note }),
};
