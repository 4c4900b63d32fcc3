// Each form's fields' rules, declared once, mirroring what the server checks (fieldChecks.ts turns them into the
// server's problem entries). The comment on each names the handler the limits come from: change both together.
// A limit is the `max_length` of the handler's required_string / optional_string (JsonBody's defaults are 200 and
// 2000, src/api/json_body.hpp); the meeting planner's limits are in limits.ts.
import type { FieldRules } from './fieldChecks';
import { LIMITS } from './limits';

/** domain::check_email's limit (src/domain/identifiers.cpp), and every handler's `email` field. */
const EMAIL = { required: true, max: 254, email: true } as const;

export const FORM_RULES = {
  /** src/api/members_api.cpp, read_member: name 200, email 254 and check_email. */
  member: { name: { required: true, max: 200 }, email: EMAIL },
  /** src/api/invitations_api.cpp, issue: email 254 and check_email. */
  invitation: { email: EMAIL },
  /** src/api/invitations_api.cpp, answer (a new account): name 200; check_password allows 200 at most. */
  invitationAccount: { name: { required: true, max: 200 }, password: { max: 200 } },
  /** src/api/session_api.cpp, sign_in: email 254, password 200 (no shape check: a wrong address simply fails). */
  signIn: { email: { required: true, max: 254 }, password: { required: true, max: 200 } },
  /** src/api/sign_in_links_api.cpp: email 254 and check_email. */
  signInLink: { email: EMAIL },
  /** src/api/account_api.cpp, request_password_reset: email 254 and check_email. */
  forgotPassword: { email: EMAIL },
  /** src/api/account_api.cpp, reset_password: check_password allows 200 at most (the minimum: checkNewPassword). */
  resetPassword: { password: { max: 200 } },
  /** src/api/account_api.cpp, create_token: name 80. */
  token: { name: { required: true, max: 80 } },
  /** src/api/teams_api.cpp, create_team / update_team: name 200, focus 2000. */
  team: { name: { required: true, max: 200 }, focus: { max: 2000 } },
  /** src/api/organizations_api.cpp, read_organization: name 200, cds_code 40, nces_id 40; profile texts 200. */
  organization: {
    name: { required: true, max: 200 },
    cds_code: { max: 40 },
    nces_id: { max: 40 },
    'profile.locale': { max: 200 },
    'profile.source': { max: 200 },
  },
  /** src/api/networks_api.cpp, create / update: name 200, focus 2000, ends_on not before starts_on. */
  network: { name: { required: true, max: 200 }, focus: { max: 2000 }, ends_on: { notBefore: 'starts_on' } },
  /** src/api/agreement_shapes.cpp, read_agreement: title 200, scope / goals / data_sharing 4000, both dates. */
  agreement: {
    title: { required: true, max: 200 },
    starts_on: { required: true },
    ends_on: { required: true, notBefore: 'starts_on' },
    scope: { max: 4000 },
    goals: { max: 4000 },
    data_sharing: { max: 4000 },
  },
  /** src/api/coaching_shapes.cpp, read_entry: date, focus 500, notes 8000, guide_section 200, people_served 1000. */
  coachingEntry: {
    date: { required: true },
    focus: { required: true, max: 500 },
    guide_section: { max: 200 },
    notes: { max: 8000 },
    people_served: { max: 1000 },
  },
  /** src/api/measures_api.cpp, create_measure: name 200, unit 40, numerator and denominator 500. */
  measure: {
    name: { required: true, max: 200 },
    unit: { required: true, max: 40 },
    numerator: { max: 500 },
    denominator: { max: 500 },
  },
  /** src/api/network_highlights_api.cpp, read_highlight: a date, text 2000. */
  highlight: { happened_on: { required: true }, text: { required: true, max: 2000 } },
  /** src/api/teachers_api.cpp, put_own_profile: years of experience 0 to 60. */
  teacherProfile: { years_experience: { whole: { min: 0, max: 60 } } },
  /** src/api/measures_api.cpp, add_point: date, note 500. */
  measurePoint: { date: { required: true }, note: { max: 500 } },
  /** src/api/meeting_record_api.cpp (a decision) and meetings_api.cpp (an amendment to the minutes): text 5000. */
  decision: { text: { required: true, max: 5000 } },
  /** src/api/meeting_record_api.cpp, add_action_item: title 300. */
  actionItem: { title: { required: true, max: 300 } },
  /** src/api/plan_api.cpp, put_vision: text 5000. */
  planVision: { text: { required: true, max: 5000 } },
  /** src/api/plan_api.cpp, read_goal: title 300, description 5000. */
  planGoal: { title: { required: true, max: 300 }, description: { max: 5000 } },
  /** src/api/plan_api.cpp, read_objective: description 2000. */
  planObjective: { description: { required: true, max: 2000 } },
  /** src/api/plan_items_api.cpp, read_activity: description 2000. */
  planActivity: { description: { required: true, max: 2000 } },
  /** src/api/plan_items_api.cpp, read_milestone: title 300, due_on. */
  planMilestone: { title: { required: true, max: 300 }, due_on: { required: true } },
  /** src/api/plan_items_api.cpp, read_barrier: description 2000, response 2000. */
  planBarrier: { description: { required: true, max: 2000 }, response: { max: 2000 } },
  /** src/api/plan_tasks_api.cpp, read_task: title 300, notes 5000. */
  planTask: { title: { required: true, max: 300 }, notes: { max: 5000 } },
  /** src/api/assessments_api.cpp, read_assessment: term 80, taken_on. */
  assessment: { term: { required: true, max: 80 }, taken_on: { required: true } },
  /** src/api/evidence_api.cpp, read_entry: a date, participants 500, notes 10000. */
  evidence: { happened_on: { required: true }, participants: { max: 500 }, notes: { max: 10000 } },
  /** src/api/evidence_themes_api.cpp, read_theme_name: a name, 120. */
  evidenceTheme: { name: { required: true, max: 120 } },
  /** src/api/evidence_insights_api.cpp, read_insight: a statement, 1000. */
  insight: { statement: { required: true, max: 1000 } },
  /** src/api/prototypes_api.cpp, read_prototype: title 200, if_we 1000, then_what 1000, for_whom 500. */
  prototype: { title: { required: true, max: 200 }, if_we: { required: true, max: 1000 }, then_what: { required: true, max: 1000 }, for_whom: { required: true, max: 500 } },
  /** src/api/prototypes_api.cpp, create_version: description 4000; prototype_shapes.cpp: a link's label 200, url 2000. */
  prototypeVersion: { description: { required: true, max: 4000 }, 'attachments[0].label': { max: 200 }, 'attachments[0].url': { max: 2000 } },
  /** src/api/prototypes_api.cpp, decide: reasons 4000. */
  prototypeDecision: { reasons: { required: true, max: 4000 } },
  /** src/api/prototype_shapes.cpp, read_questions: question 500, prediction 1000; prototype_cycles_api.cpp: who, where 500. */
  cyclePlan: { 'questions[0].question': { required: true, max: 500 }, 'questions[0].prediction': { max: 1000 }, who: { max: 500 }, where: { max: 500 }, ends_on: { notBefore: 'starts_on' } },
  /** src/api/prototype_cycles_api.cpp: Do's texts 4000 each. */
  cycleDo: { what_happened: { max: 4000 }, observations: { max: 4000 }, problems: { max: 4000 } },
  /** src/api/driver_diagram_api.cpp, put_problem: the two texts 4000, the aim's fields 500. */
  problem: {
    who_is_failed: { max: 4000 },
    how_we_know: { max: 4000 },
    aim_what: { max: 500 },
    aim_for_whom: { max: 500 },
    aim_how_much: { max: 500 },
  },
  /** src/api/driver_diagram_api.cpp, add_node / patch_node: text 500. */
  driverNode: { text: { required: true, max: 500 } },
  /** src/api/resource_shape.cpp, read_texts: title 200, description 2000, a link's url 2000, a note's body 20000. */
  resource: { title: { required: true, max: 200 }, description: { max: 2000 }, url: { required: true, max: 2000 }, body: { required: true, max: 20000 } },
} satisfies Record<string, FieldRules>;

/**
 * The meeting planner's own fields (src/api/meetings_api.cpp, read_plan; limits.ts): a title always, and what a
 * scheduled meeting needs besides (src/actions/meetings.cpp). Its lists (objectives, agenda) are checked in
 * planProblems, which adds their problems after these.
 */
export function meetingRules(status: 'draft' | 'scheduled'): FieldRules {
  const L = LIMITS.meeting;
  const scheduled = status === 'scheduled';
  return {
    title: { required: true, max: L.title },
    goal: { required: scheduled, max: L.goal },
    location: { max: L.location },
    starts_at: { required: scheduled },
    mode: { required: scheduled },
  };
}
