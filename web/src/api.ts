// The typed client for the Trellis JSON API (docs/api.md). Every request of the app goes through `request`.

// The API's types come from docs/openapi.json (src/generated/openapi.ts, written by `npm run generate` before every
// build and type check): when the document and the app disagree, `tsc` says where. Below are the names the app uses.
import type { components, paths } from './generated/openapi';
import { forgetFirstData, takeFirstData } from './firstData';

type Schemas = components['schemas'];
type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
/** The JSON a route answers on success, as docs/openapi.json describes it (for answers with no named schema). */
export type Answer<P extends keyof paths, M extends HttpMethod> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: infer Ok } ? JsonOf<Ok> : R extends { 201: infer Created } ? JsonOf<Created> : never
  : never;

export type Organization = Schemas['Organization'];
export type OrganizationDetail = Schemas['OrganizationDetail'];
export type OrganizationInput = Schemas['OrganizationInput'];
export type OrganizationPatch = Schemas['OrganizationPatch'];
export type OrganizationMember = Schemas['OrgMember'];
export type Profile = Schemas['Profile'];
export type MeetingGlance = Schemas['MeetingGlance'];
export type GradeSpan = Organization['grade_spans'][number];
export const GRADE_SPANS: GradeSpan[] = ['elementary', 'middle', 'high'];
export type OrganizationKind = Organization['kind'];
export const ORGANIZATION_KINDS: OrganizationKind[] = ['district', 'school', 'county_office', 'intermediary', 'partner'];
export type OrganizationRole = Schemas['OrgMember']['role'];
export const ORGANIZATION_ROLES: OrganizationRole[] = ['admin', 'data_lead', 'member', 'viewer'];

export type User = Schemas['User'];
export type Session = Schemas['SessionInfo'];
export type Me = Schemas['Me'];
export type Ref = Schemas['OrgRef'];
export type Token = Schemas['Token'];
export type NotificationSettings = Schemas['NotificationSettings'];
export type NotificationSettingsPatch = Partial<NotificationSettings>;
export type DigestFrequency = NotificationSettings['digest'];
export const DIGEST_FREQUENCIES: DigestFrequency[] = ['daily', 'weekly', 'none'];
export type Invitation = Schemas['Invitation'];
export type SentInvitation = Schemas['InvitationCreated'];
export type Perspective = Schemas['Perspective'];

export type TeamSummary = Schemas['TeamSummary'];
export type Team = Schemas['Team'];
export type Member = Schemas['Member'];
export type MemberInput = Schemas['MemberInput'];
export type MemberChanges = Schemas['MemberPatch'];
export type TeamRole = Member['role'];
export const TEAM_ROLES: TeamRole[] = ['lead', 'member', 'participant', 'viewer'];
export type Representation = Schemas['Representation'];
export type OutreachItem = Schemas['OutreachItem'];
export type GapKind = OutreachItem['gap_kind'];
export type OutreachPatch = Schemas['OutreachItemPatch'];
export type MyOutreachItem = Schemas['MyOutreachItem'];

export type NetworkSummary = Schemas['NetworkSummary'];
export type Network = Schemas['NetworkDetail'];
export type NetworkMember = Schemas['NetworkMember'];
export type NetworkInput = Schemas['NetworkInput'];
export type NetworkPatch = Schemas['NetworkPatch'];
export type TeamPatch = Schemas['TeamPatch'];
export type NetworkRole = NetworkMember['role'];
export const NETWORK_ROLES: NetworkRole[] = ['mentor', 'peer'];
export type NetworkMembershipStatus = NetworkMember['status'];
export type NetworkMembership = Schemas['NetworkMembership'];

export type Meeting = Schemas['Meeting'];
export type MeetingDetail = Schemas['MeetingDetail'];
export type MeetingInput = Schemas['MeetingInput'];
export type MeetingPatch = Schemas['MeetingPatch'];
export type MeetingRules = Schemas['MeetingRules'];
export type MeetingSettings = Schemas['MeetingSettings'];
export type MeetingMode = NonNullable<Meeting['mode']>;
export const MEETING_MODES: MeetingMode[] = ['in_person', 'virtual', 'hybrid'];
export type MeetingStatus = Meeting['status'];
/** An agenda item as the app edits it: the id and the carry-over links exist once the server has stored it. */
export type AgendaItem = Schemas['AgendaItemInput'] & Partial<Omit<Schemas['AgendaItem'], 'title' | 'minutes' | 'kind'>>;
export type AgendaItemInput = Schemas['AgendaItemInput'];
export type AgendaKind = Schemas['AgendaItem']['kind'];
export const AGENDA_KINDS: AgendaKind[] = ['topic', 'discussion', 'decision', 'review', 'information'];
export type Attendance = Schemas['Attendance'];
export type AttendanceStatus = NonNullable<Attendance['status']>;
export const ATTENDANCE_STATUSES: AttendanceStatus[] = ['present', 'absent', 'excused'];
export type Note = Schemas['Note'];
export type Decision = Schemas['Decision'];
export type ActionItem = Schemas['ActionItem'];
export type ActionItemInput = Schemas['ActionItemInput'];
export type ActionItemPatch = Schemas['ActionItemPatch'];
export type ActionStatus = ActionItem['status'];
export const ACTION_STATUSES: ActionStatus[] = ['open', 'blocked', 'done', 'dropped'];
export type Minutes = Schemas['Minutes'];
export type Amendment = Schemas['Amendment'];
export type FollowThrough = Schemas['FollowThrough'];
export type FollowThroughFigure = NonNullable<NonNullable<paths['/api/v1/teams/{id}/action-items']['get']['parameters']['query']>['figure']>;
export type ExpectationTemplate = Schemas['RepresentationExpectations']['template'];
export const EXPECTATION_TEMPLATES: ExpectationTemplate[] = ['peer', 'mentor'];
export type CalendarFeed = Schemas['CalendarFeed'];

// Guides (docs/guides.md): texts come in both languages, ids are the guide's stable ids.
export type GuideText = Schemas['GuideText'];
export type GuideInfo = Schemas['GuideSummary'];
export type GuideModuleInfo = GuideInfo['modules'][number];
export type GuideSectionInfo = GuideModuleInfo['sections'][number];
export type GuideSummary = Schemas['GuideProgressSummary'];
export type TeamGuide = Schemas['TeamGuide'];
export type GuideAnswer = Schemas['GuideAnswer'];
export type GuideRanking = Schemas['GuideRanking'];
export type GuideProgress = Schemas['GuideProgress'];
export type GuideSectionProgress = GuideProgress['modules'][number]['sections'][number];
export type SectionStatus = GuideSectionProgress['status'];
export const SECTION_STATUSES: SectionStatus[] = ['not_started', 'in_progress', 'complete'];
export type GuideItem = GuideSectionProgress['items'][number];
export type GuideItemKind = GuideItem['kind'];
export type GuideEntry = NonNullable<GuideItem['entries']>[number];
export type SectionStatusChange = Schemas['SectionStatusChange'];
export type EntryChange = Schemas['EntryChange'];
export type MeetingPlanRequest = Schemas['MeetingPlanRequest'];
export type MeetingPlan = Schemas['MeetingPlan'];
export type PlannerMode = MeetingPlan['mode'];
export const PLANNER_MODES: PlannerMode[] = ['in_person', 'virtual'];
export type PlannedMeeting = Schemas['PlannedMeeting'];
export type PlannedAgendaItem = PlannedMeeting['agenda'][number];
export type PlannerAgendaKind = PlannedAgendaItem['kind'];
export type ProposedMeeting = Schemas['ProposedMeeting'];
export type CreatedPlan = Schemas['CreatedPlan'];
export type CreatedMeeting = CreatedPlan['meetings'][number];

// Measures and their run charts (issue 13): a team's measures, one measure with its points, median and signals.
export type MeasureSummary = Schemas['MeasureSummary'];
export type MeasureList = Schemas['MeasureList'];
export type MeasureInput = Schemas['MeasureInput'];
export type Measure = Schemas['Measure'];
export type MeasurePoint = Schemas['MeasurePoint'];
export type MeasurePointInput = Schemas['MeasurePointInput'];
export type MeasureSignal = Schemas['MeasureSignal'];
export type MeasureRuns = Schemas['MeasureRuns'];

// Self-assessment of implementation (issue 13): the six areas rated each term, judged against the team's criteria.
export type AssessmentList = Schemas['AssessmentList'];
export type Assessment = Schemas['Assessment'];
export type AssessmentInput = Schemas['AssessmentInput'];
export type AssessmentUpdate = Schemas['AssessmentUpdate'];
export type AssessmentCriteria = Schemas['AssessmentCriteria'];
export type AssessmentCriteriaInput = Schemas['AssessmentCriteriaInput'];
export const ASSESSMENT_AREAS = [
  'communication_feedback',
  'use_of_data',
  'teacher_learning',
  'recruitment_retention',
  'families_community',
  'continuous_improvement',
] as const;
export type AssessmentArea = (typeof ASSESSMENT_AREAS)[number];
export type SignalRule = MeasureSignal['rule'];
export const SIGNAL_RULES: SignalRule[] = ['shift', 'trend', 'runs'];
export type MeasureDirection = Measure['direction'];
export const MEASURE_DIRECTIONS: MeasureDirection[] = ['higher_is_better', 'lower_is_better'];

export type FieldError = NonNullable<Schemas['Problem']['errors']>[number];

/** An RFC 9457 problem detail, as the server sends it. */
export type Problem = Schemas['Problem'] & {
  /** Made in the browser (a check before sending): `detail` is already in the reader's language. */
  local?: boolean;
};

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

/** A body sent as it is (a file's text), with its own Content-Type, instead of as JSON. */
export class RawBody {
  /** Text, or a file's bytes (a library upload). */
  readonly text: string | Blob;
  readonly contentType: string;
  constructor(text: string | Blob, contentType: string) {
    this.text = text;
    this.contentType = contentType;
  }
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  if (method === 'GET') {
    const first = takeFirstData(path);
    if (first) return first.answer as T;
  } else {
    forgetFirstData();
  }
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'en' };
  if (body !== undefined) headers['Content-Type'] = body instanceof RawBody ? body.contentType : 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : body instanceof RawBody ? body.text : JSON.stringify(body),
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
  acceptInvitation: (token: string, account?: { name: string; password: string } | { name: string; sign_in_by_link: true }) =>
    request<Session>('POST', `/invitations/${id(token)}/accept`, account),
  requestSignInLink: (email: string) => request<void>('POST', '/sign-in-links', { email }),
  redeemSignInLink: (token: string) => request<Session>('POST', `/sign-in-links/${id(token)}`),
  getMe: () => request<Me>('GET', '/me'),
  getNotificationSettings: () => request<NotificationSettings>('GET', '/me/notification-settings'),
  changeNotificationSettings: (changes: NotificationSettingsPatch) =>
    request<NotificationSettings>('PATCH', '/me/notification-settings', changes),
  unsubscribe: (token: string) => request<Answer<'/api/v1/unsubscribe/{token}', 'post'>>('POST', `/unsubscribe/${id(token)}`),

  // Personal API tokens
  listTokens: () => request<Answer<'/api/v1/tokens', 'get'>>('GET', '/tokens'),
  createToken: (name: string) => request<Answer<'/api/v1/tokens', 'post'>>('POST', '/tokens', { name }),
  revokeToken: (tokenId: number) => request<void>('DELETE', `/tokens/${id(tokenId)}`),

  // Catalogue
  listPerspectives: () => request<Answer<'/api/v1/perspectives', 'get'>>('GET', '/perspectives'),

  // Organizations
  listOrganizations: () => request<Answer<'/api/v1/organizations', 'get'>>('GET', '/organizations'),
  createOrganization: (input: OrganizationInput) => request<Organization>('POST', '/organizations', input),
  getOrganization: (orgId: number) => request<OrganizationDetail>('GET', `/organizations/${id(orgId)}`),
  updateOrganization: (orgId: number, changes: OrganizationPatch) =>
    request<OrganizationDetail>('PATCH', `/organizations/${id(orgId)}`, changes),
  listOrganizationMembers: (orgId: number) =>
    request<Answer<'/api/v1/organizations/{id}/members', 'get'>>('GET', `/organizations/${id(orgId)}/members`),
  setOrganizationRole: (orgId: number, userId: number, role: OrganizationRole) =>
    request<OrganizationMember>('PATCH', `/organizations/${id(orgId)}/members/${id(userId)}`, { role }),
  listOrganizationTeams: (orgId: number) => request<Answer<'/api/v1/organizations/{id}/teams', 'get'>>('GET', `/organizations/${id(orgId)}/teams`),
  createTeam: (orgId: number, input: Schemas['TeamInput']) =>
    request<Team>('POST', `/organizations/${id(orgId)}/teams`, input),
  inviteToOrganization: (orgId: number, email: string, role: OrganizationRole) =>
    request<SentInvitation>('POST', `/organizations/${id(orgId)}/invitations`, { email, role }),

  // Networks
  getNetwork: (networkId: number) => request<Network>('GET', `/networks/${id(networkId)}`),
  createNetwork: (input: NetworkInput) => request<Network>('POST', '/networks', input),
  updateNetwork: (networkId: number, changes: NetworkPatch) => request<Network>('PATCH', `/networks/${id(networkId)}`, changes),
  addNetworkMember: (networkId: number, organizationId: number, role: NetworkRole) =>
    request<NetworkMember>('POST', `/networks/${id(networkId)}/members`, { organization_id: organizationId, role }),
  removeNetworkMember: (networkId: number, organizationId: number) =>
    request<void>('DELETE', `/networks/${id(networkId)}/members/${id(organizationId)}`),
  listNetworkMemberships: (orgId: number) =>
    request<Answer<'/api/v1/organizations/{id}/network-memberships', 'get'>>('GET', `/organizations/${id(orgId)}/network-memberships`),
  answerNetworkInvitation: (orgId: number, networkId: number, answer: 'accept' | 'decline') =>
    request<NetworkMembership>('POST', `/organizations/${id(orgId)}/network-memberships/${id(networkId)}/${answer}`),

  // Teams
  getTeam: (teamId: number) => request<Team>('GET', `/teams/${id(teamId)}`),
  updateTeam: (teamId: number, changes: TeamPatch) => request<Team>('PATCH', `/teams/${id(teamId)}`, changes),
  addMember: (teamId: number, input: MemberInput) => request<Member>('POST', `/teams/${id(teamId)}/members`, input),
  updateMember: (teamId: number, memberId: number, changes: MemberChanges) =>
    request<Member>('PATCH', `/teams/${id(teamId)}/members/${id(memberId)}`, changes),
  removeMember: (teamId: number, memberId: number) => request<void>('DELETE', `/teams/${id(teamId)}/members/${id(memberId)}`),
  listOutreachItems: (teamId: number) => request<Answer<'/api/v1/teams/{id}/outreach-items', 'get'>>('GET', `/teams/${id(teamId)}/outreach-items`),
  planOutreach: (teamId: number, input: Schemas['OutreachItemInput']) =>
    request<OutreachItem>('POST', `/teams/${id(teamId)}/outreach-items`, input),
  updateOutreachItem: (teamId: number, itemId: number, changes: OutreachPatch) =>
    request<OutreachItem>('PATCH', `/teams/${id(teamId)}/outreach-items/${id(itemId)}`, changes),
  inviteToTeam: (teamId: number, email: string, role: TeamRole) =>
    request<SentInvitation>('POST', `/teams/${id(teamId)}/invitations`, { email, role }),
  // Meetings
  getMeetingSettings: (teamId: number) => request<MeetingSettings>('GET', `/teams/${id(teamId)}/meeting-settings`),
  setMeetingSettings: (teamId: number, discussionSharePercent: number) =>
    request<MeetingSettings>('PUT', `/teams/${id(teamId)}/meeting-settings`, { discussion_share_percent: discussionSharePercent }),
  listMeetings: (teamId: number) => request<Answer<'/api/v1/teams/{id}/meetings', 'get'>>('GET', `/teams/${id(teamId)}/meetings`),
  createMeeting: (teamId: number, input: MeetingInput) => request<Meeting>('POST', `/teams/${id(teamId)}/meetings`, input),
  getMeeting: (meetingId: number) => request<MeetingDetail>('GET', `/meetings/${id(meetingId)}`),
  updateMeeting: (meetingId: number, input: MeetingPatch) =>
    request<Meeting>('PATCH', `/meetings/${id(meetingId)}`, input),
  cancelMeeting: (meetingId: number) => request<Meeting>('POST', `/meetings/${id(meetingId)}/cancel`),
  // The minutes, and whether they went out by mail (false: this server sends no mail).
  closeMeeting: (meetingId: number) => request<Minutes & { mailed: boolean }>('POST', `/meetings/${id(meetingId)}/close`),
  getMinutes: (meetingId: number) => request<Minutes>('GET', `/meetings/${id(meetingId)}/minutes`),
  addAmendment: (meetingId: number, text: string) =>
    request<Amendment>('POST', `/meetings/${id(meetingId)}/minutes/amendments`, { text }),
  setAttendance: (meetingId: number, memberId: number, status: AttendanceStatus) =>
    request<Attendance>('PUT', `/meetings/${id(meetingId)}/attendance/${id(memberId)}`, { status }),
  saveNote: (meetingId: number, agendaItemId: number, text: string, version?: number) =>
    request<Note>('PUT', `/meetings/${id(meetingId)}/notes/${id(agendaItemId)}`, version === undefined ? { text } : { text, version }),
  addDecision: (meetingId: number, text: string, agendaItemId?: number) =>
    request<Decision>('POST', `/meetings/${id(meetingId)}/decisions`, agendaItemId === undefined ? { text } : { text, agenda_item_id: agendaItemId }),
  addActionItem: (meetingId: number, input: ActionItemInput) =>
    request<ActionItem>('POST', `/meetings/${id(meetingId)}/action-items`, input),
  updateActionItem: (itemId: number, changes: ActionItemPatch) =>
    request<ActionItem>('PATCH', `/action-items/${id(itemId)}`, changes),
  myActionItems: () => request<Answer<'/api/v1/me/action-items', 'get'>>('GET', '/me/action-items'),
  myMeetings: () => request<Answer<'/api/v1/me/meetings', 'get'>>('GET', '/me/meetings'),
  myWaiting: () => request<Answer<'/api/v1/me/waiting', 'get'>>('GET', '/me/waiting'),
  followThrough: (teamId: number) => request<FollowThrough>('GET', `/teams/${id(teamId)}/follow-through`),
  teamActionItems: (teamId: number, figure: FollowThroughFigure) =>
    request<Answer<'/api/v1/teams/{id}/action-items', 'get'>>('GET', `/teams/${id(teamId)}/action-items?figure=${encodeURIComponent(figure)}`),
  myTeamsActionItems: () => request<Answer<'/api/v1/me/teams/action-items', 'get'>>('GET', '/me/teams/action-items'),
  createCalendarFeed: () => request<CalendarFeed>('POST', '/me/calendar-feed'),
  revokeCalendarFeed: () => request<void>('DELETE', '/me/calendar-feed'),

  // Guides (issue 4): the catalogue, the meeting-series planner, and a team's work through a guide
  listGuides: () => request<Answer<'/api/v1/guides', 'get'>>('GET', '/guides'),
  planMeetings: (teamId: number, input: MeetingPlanRequest) => request<MeetingPlan>('POST', `/teams/${id(teamId)}/meeting-plan`, input),
  createPlannedMeetings: (teamId: number, mode: PlannerMode, meetings: ProposedMeeting[]) =>
    request<CreatedPlan>('POST', `/teams/${id(teamId)}/meeting-plan/create`, { mode, meetings }),
  listTeamGuides: (teamId: number) => request<Answer<'/api/v1/teams/{id}/guides', 'get'>>('GET', `/teams/${id(teamId)}/guides`),
  adoptGuide: (teamId: number, guide: string) => request<GuideProgress>('POST', `/teams/${id(teamId)}/guides`, { guide }),
  getGuideProgress: (teamId: number, guide: string) => request<GuideProgress>('GET', `/teams/${id(teamId)}/guides/${id(guide)}`),
  setSectionStatus: (teamId: number, guide: string, module: string, section: string, status: SectionStatus) =>
    request<SectionStatusChange>('PUT', `${sectionPath(teamId, guide, module, section)}/status`, { status }),
  saveGuideAnswer: (teamId: number, guide: string, module: string, section: string, item: string, text: string, version: number) =>
    request<GuideAnswer>('PUT', `${sectionPath(teamId, guide, module, section)}/items/${id(item)}/answer`, { text, version }),
  guideAnswerHistory: (teamId: number, guide: string, module: string, section: string, item: string) =>
    request<Answer<'/api/v1/teams/{id}/guides/{guide}/modules/{module}/sections/{section}/items/{item}/answer/history', 'get'>>(
      'GET', `${sectionPath(teamId, guide, module, section)}/items/${id(item)}/answer/history`),
  saveGuideRanking: (teamId: number, guide: string, module: string, section: string, item: string, entries: string[], version: number) =>
    request<GuideRanking>('PUT', `${sectionPath(teamId, guide, module, section)}/items/${id(item)}/ranking`, { entries, version }),
  setGuideEntry: (teamId: number, guide: string, module: string, section: string, item: string, entry: string, checked: boolean, note: string) =>
    request<EntryChange>('PUT', `${sectionPath(teamId, guide, module, section)}/items/${id(item)}/entries/${id(entry)}`, { checked, note }),

  // Measures (issue 13): what a team measures, and the run chart of each measure
  listTeamMeasures: (teamId: number) => request<MeasureList>('GET', `/teams/${id(teamId)}/measures`),
  createMeasure: (teamId: number, input: MeasureInput) => request<Measure>('POST', `/teams/${id(teamId)}/measures`, input),
  getMeasure: (measureId: number) => request<Measure>('GET', `/measures/${id(measureId)}`),
  listTeamAssessments: (teamId: number) => request<AssessmentList>('GET', `/teams/${id(teamId)}/assessments`),
  createAssessment: (teamId: number, input: AssessmentInput) =>
    request<Assessment>('POST', `/teams/${id(teamId)}/assessments`, input),
  updateAssessment: (teamId: number, assessmentId: number, input: AssessmentUpdate) =>
    request<Assessment>('PATCH', `/teams/${id(teamId)}/assessments/${id(assessmentId)}`, input),
  deleteAssessment: (teamId: number, assessmentId: number) =>
    request<void>('DELETE', `/teams/${id(teamId)}/assessments/${id(assessmentId)}`),
  declareAssessmentCriteria: (teamId: number, input: AssessmentCriteriaInput) =>
    request<AssessmentCriteria>('PUT', `/teams/${id(teamId)}/assessment-criteria`, input),
  addMeasurePoint: (measureId: number, input: MeasurePointInput) =>
    request<Measure>('POST', `/measures/${id(measureId)}/points`, input),
  setMeasureBaseline: (measureId: number, baselinePoints: number | null, version: number) =>
    request<Measure>('PATCH', `/measures/${id(measureId)}`, { baseline_points: baselinePoints, version }),
  updateMeasurePoint: (measureId: number, date: string, input: { value: number; note?: string; astronomical?: boolean }) =>
    request<Measure>('PUT', `/measures/${id(measureId)}/points/${id(date)}`, input),
  removeMeasurePoint: (measureId: number, date: string) =>
    request<Measure>('DELETE', `/measures/${id(measureId)}/points/${id(date)}`),
  addMeasurePointsFromDataView: (measureId: number, viewId: number, group: string) =>
    request<Answer<'/api/v1/measures/{id}/points/from-data-view', 'post'>>('POST', `/measures/${id(measureId)}/points/from-data-view`, {
      view_id: viewId,
      group,
    }),
  importMeasurePoints: (measureId: number, text: string, contentType: string) =>
    request<Measure>('POST', `/measures/${id(measureId)}/points/import`, new RawBody(text, contentType)),
};
