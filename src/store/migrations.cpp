// The schema. Forward-only: never edit a migration that has shipped; add the next number instead.
// Lists of short strings (content areas, grade spans, skills) are stored as JSON array text: they are read and
// written whole with their row, and never queried by element. Perspectives get a join table because they
// reference the catalogue.
#include "trellis/store/migrations.hpp"

namespace trellis::store {

namespace {

constexpr std::string_view kFoundation = R"sql(
CREATE TABLE users (
  id {{pk}},
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash TEXT,
  site_admin INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE TABLE sessions (
  id {{pk}},
  token_hash TEXT NOT NULL UNIQUE,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE api_tokens (
  id {{pk}},
  token_hash TEXT NOT NULL UNIQUE,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT
);
CREATE TABLE sign_in_failures (
  id {{pk}},
  email TEXT NOT NULL,
  failed_at BIGINT NOT NULL
);
CREATE INDEX sign_in_failures_email ON sign_in_failures(email, failed_at);
CREATE TABLE password_resets (
  id {{pk}},
  token_hash TEXT NOT NULL UNIQUE,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);
CREATE TABLE organizations (
  id {{pk}},
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  cds_code TEXT UNIQUE,
  nces_id TEXT,
  grade_spans TEXT NOT NULL DEFAULT '[]',
  enrollment BIGINT,
  low_income BIGINT,
  english_learners BIGINT,
  foster BIGINT,
  homeless BIGINT,
  locale TEXT,
  profile_source TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL
);
CREATE TABLE organization_members (
  organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX organization_members_user ON organization_members(user_id);
CREATE TABLE networks (
  id {{pk}},
  name TEXT NOT NULL,
  focus TEXT NOT NULL DEFAULT '',
  facilitator_organization_id BIGINT NOT NULL REFERENCES organizations(id),
  starts_on TEXT,
  ends_on TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL
);
CREATE TABLE network_members (
  network_id BIGINT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  PRIMARY KEY (network_id, organization_id)
);
CREATE TABLE teams (
  id {{pk}},
  organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  focus TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL
);
CREATE INDEX teams_organization ON teams(organization_id);
CREATE TABLE perspectives (
  perspective_key TEXT PRIMARY KEY,
  label_en TEXT NOT NULL,
  label_es TEXT NOT NULL,
  position BIGINT NOT NULL
);
CREATE TABLE team_members (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  role TEXT NOT NULL,
  content_areas TEXT NOT NULL DEFAULT '[]',
  grade_spans TEXT NOT NULL DEFAULT '[]',
  skills TEXT NOT NULL DEFAULT '[]',
  version BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  UNIQUE (team_id, email)
);
CREATE INDEX team_members_user ON team_members(user_id);
CREATE TABLE member_perspectives (
  member_id BIGINT NOT NULL REFERENCES team_members(id) ON DELETE CASCADE,
  perspective_key TEXT NOT NULL REFERENCES perspectives(perspective_key),
  PRIMARY KEY (member_id, perspective_key)
);
CREATE TABLE outreach_items (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  gap_kind TEXT NOT NULL,
  gap_key TEXT NOT NULL,
  title TEXT NOT NULL,
  owner_member_id BIGINT REFERENCES team_members(id) ON DELETE SET NULL,
  due_on TEXT,
  status TEXT NOT NULL DEFAULT 'open',
  created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX outreach_items_team ON outreach_items(team_id);
CREATE TABLE invitations (
  id {{pk}},
  token_hash TEXT NOT NULL UNIQUE,
  organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  team_id BIGINT REFERENCES teams(id) ON DELETE CASCADE,
  email TEXT NOT NULL,
  role TEXT NOT NULL,
  invited_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  accepted_at BIGINT,
  accepted_by BIGINT REFERENCES users(id) ON DELETE SET NULL
);
INSERT INTO perspectives (perspective_key, label_en, label_es, position) VALUES
  ('families', 'Families', 'Familias', 1),
  ('students', 'Students', 'Estudiantes', 2),
  ('community_partners', 'Community partners', 'Socios comunitarios', 3),
  ('administration', 'Administration', 'Administración', 4),
  ('counseling_wellness', 'Social-emotional support, counseling and wellness', 'Apoyo socioemocional, orientación y bienestar', 5),
  ('special_education', 'Special education', 'Educación especial', 6);
)sql";

// Meetings (issue 3): plans, agendas, the live record (attendance, notes, decisions, action items), minutes and
// amendments, carry-overs for follow-through, digest sends, calendar invitations and personal feeds.
constexpr std::string_view kMeetings = R"sql(
CREATE TABLE team_meeting_settings (
  team_id BIGINT PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,
  discussion_share_percent INTEGER NOT NULL DEFAULT 20
);
CREATE TABLE meetings (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  goal TEXT NOT NULL DEFAULT '',
  starts_at BIGINT,
  time_zone TEXT NOT NULL DEFAULT 'UTC',
  duration_minutes INTEGER,
  mode TEXT,
  location TEXT NOT NULL DEFAULT '',
  objectives TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL,
  sequence INTEGER NOT NULL DEFAULT 0,
  minutes_json TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  closed_at BIGINT,
  closed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  cancelled_at BIGINT
);
CREATE INDEX meetings_team ON meetings(team_id, starts_at);
CREATE TABLE agenda_items (
  id {{pk}},
  meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  minutes INTEGER NOT NULL,
  kind TEXT NOT NULL,
  action_item_id BIGINT,
  outreach_item_id BIGINT
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);
CREATE TABLE meeting_attendance (
  meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  member_id BIGINT NOT NULL REFERENCES team_members(id) ON DELETE CASCADE,
  status TEXT NOT NULL,
  recorded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  recorded_at BIGINT NOT NULL,
  PRIMARY KEY (meeting_id, member_id)
);
CREATE TABLE meeting_notes (
  id {{pk}},
  meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  agenda_item_id BIGINT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  author_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  author_name TEXT NOT NULL,
  body TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL,
  UNIQUE (agenda_item_id, author_id)
);
CREATE TABLE meeting_decisions (
  id {{pk}},
  meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  agenda_item_id BIGINT REFERENCES agenda_items(id) ON DELETE SET NULL,
  body TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX meeting_decisions_meeting ON meeting_decisions(meeting_id);
CREATE TABLE action_items (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  owner_member_id BIGINT REFERENCES team_members(id) ON DELETE SET NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open',
  done_on TEXT,
  status_changed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  status_changed_at BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX action_items_team ON action_items(team_id, status);
CREATE INDEX action_items_owner ON action_items(owner_member_id, status);
CREATE TABLE meeting_carryovers (
  id {{pk}},
  meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  action_item_id BIGINT REFERENCES action_items(id) ON DELETE CASCADE,
  outreach_item_id BIGINT REFERENCES outreach_items(id) ON DELETE CASCADE
);
CREATE INDEX meeting_carryovers_meeting ON meeting_carryovers(meeting_id);
CREATE TABLE minutes_amendments (
  id {{pk}},
  meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
  author_name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE digest_sends (
  email TEXT NOT NULL,
  day TEXT NOT NULL,
  sent_at BIGINT NOT NULL,
  PRIMARY KEY (email, day)
);
CREATE TABLE calendar_feeds (
  id {{pk}},
  user_id BIGINT NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
)sql";

// Outgoing mail waits here until delivered (store/mail_outbox.hpp); rows are kept after sending as a record.
constexpr std::string_view kMailOutbox = R"sql(
CREATE TABLE mail_outbox (
  id {{pk}},
  recipient TEXT NOT NULL,
  message_json TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  last_error TEXT,
  created_at BIGINT NOT NULL,
  sent_at BIGINT
);
CREATE INDEX mail_outbox_due ON mail_outbox(status, next_attempt_at);
)sql";

// A team's work through a guide (issue 4), recorded against the guide's stable ids so a revised guide keeps it.
constexpr std::string_view kGuideProgress = R"sql(
CREATE TABLE team_guides (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  guide_id TEXT NOT NULL,
  adopted_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  adopted_by_name TEXT NOT NULL,
  adopted_at BIGINT NOT NULL,
  UNIQUE (team_id, guide_id)
);
CREATE TABLE guide_section_states (
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  guide_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  section_id TEXT NOT NULL,
  status TEXT NOT NULL,
  changed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  changed_by_name TEXT NOT NULL,
  changed_at BIGINT NOT NULL,
  PRIMARY KEY (team_id, guide_id, module_id, section_id)
);
CREATE TABLE guide_answers (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  guide_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  section_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  body TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
  author_name TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (team_id, guide_id, module_id, section_id, item_id)
);
CREATE TABLE guide_answer_versions (
  id {{pk}},
  answer_id BIGINT NOT NULL REFERENCES guide_answers(id) ON DELETE CASCADE,
  version BIGINT NOT NULL,
  body TEXT NOT NULL,
  author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
  author_name TEXT NOT NULL,
  written_at BIGINT NOT NULL,
  UNIQUE (answer_id, version)
);
CREATE TABLE guide_entry_states (
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  guide_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  section_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  checked INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  changed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  changed_by_name TEXT NOT NULL,
  changed_at BIGINT NOT NULL,
  PRIMARY KEY (team_id, guide_id, module_id, section_id, item_id, entry_id)
);
)sql";

// Student and teacher data (issue 5). Only counts: no table has a column that could hold a student identifier.
// A count belongs to the district whose file it came from (district_code, a 14-digit CDS code ending 0000000)
// and describes that district or one of its schools (org_code). An import replaces the counts of the
// indicators and years it brings, in one transaction, so the previous version stays until the new one commits.
constexpr std::string_view kStudentData = R"sql(
CREATE TABLE indicator_counts (
  district_code TEXT NOT NULL,
  org_code TEXT NOT NULL,
  year BIGINT NOT NULL,
  indicator TEXT NOT NULL,
  direction TEXT NOT NULL,
  group_code TEXT NOT NULL,
  denominator BIGINT NOT NULL,
  numerator BIGINT NOT NULL,
  import_id BIGINT,
  PRIMARY KEY (org_code, year, indicator, group_code)
);
CREATE INDEX indicator_counts_district ON indicator_counts(district_code, indicator, year);
CREATE TABLE data_imports (
  id {{pk}},
  organization_id BIGINT REFERENCES organizations(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  year BIGINT,
  filename TEXT NOT NULL DEFAULT '',
  rows_read BIGINT NOT NULL,
  counts_stored BIGINT NOT NULL,
  summary TEXT NOT NULL,
  created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  created_by_name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX data_imports_organization ON data_imports(organization_id);
CREATE TABLE column_mappings (
  id {{pk}},
  organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  mapping TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL,
  UNIQUE (organization_id, name)
);
CREATE TABLE data_settings (
  organization_id BIGINT PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
  min_denominator BIGINT NOT NULL,
  under_ratio DOUBLE PRECISION NOT NULL,
  over_ratio DOUBLE PRECISION NOT NULL,
  suppress_at_most BIGINT NOT NULL,
  offered_languages TEXT NOT NULL DEFAULT '[]',
  version BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE data_shares (
  organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  indicator TEXT NOT NULL,
  year BIGINT NOT NULL,
  shared_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  shared_by_name TEXT NOT NULL,
  shared_at BIGINT NOT NULL,
  PRIMARY KEY (organization_id, indicator, year)
);
CREATE TABLE teacher_profiles (
  id {{pk}},
  organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
  source TEXT NOT NULL,
  name TEXT NOT NULL,
  credentials TEXT NOT NULL DEFAULT '[]',
  years_experience BIGINT,
  languages TEXT NOT NULL DEFAULT '[]',
  grade_spans TEXT NOT NULL DEFAULT '[]',
  program_types TEXT NOT NULL DEFAULT '[]',
  learning_needs TEXT NOT NULL DEFAULT '[]',
  professional_organizations TEXT NOT NULL DEFAULT '[]',
  version BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL
);
CREATE INDEX teacher_profiles_organization ON teacher_profiles(organization_id);
CREATE TABLE guide_data_views (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  guide_id TEXT NOT NULL,
  module_id TEXT NOT NULL,
  section_id TEXT NOT NULL,
  organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  org_code TEXT NOT NULL,
  indicator TEXT NOT NULL,
  year BIGINT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  attached_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  attached_by_name TEXT NOT NULL,
  attached_at BIGINT NOT NULL
);
CREATE INDEX guide_data_views_team ON guide_data_views(team_id, guide_id);
)sql";

// Tenancy (issue 9). An invitation names the seat it was made for, so accepting it links that seat and no other.
// A network membership waits for the consent of the member organization's admins: rows made before consent
// existed become pending too (the column's default), so no district stays in a network it never agreed to.
// Student data reads, exports and sharing changes leave an audit trail for the district's admins. Sign-in
// failures are counted by client address as well as by account, and a device that signed in correctly before
// carries a token that keeps it out of an account's lockout.
constexpr std::string_view kTenancy = R"sql(
ALTER TABLE invitations ADD COLUMN member_id BIGINT REFERENCES team_members(id) ON DELETE CASCADE;
ALTER TABLE network_members ADD COLUMN status TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE network_members ADD COLUMN invited_by BIGINT REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE network_members ADD COLUMN invited_at BIGINT;
ALTER TABLE network_members ADD COLUMN responded_by BIGINT REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE network_members ADD COLUMN responded_at BIGINT;
CREATE TABLE audit_events (
  id {{pk}},
  organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
  user_name TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}',
  client_address TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX audit_events_organization ON audit_events(organization_id, created_at);
ALTER TABLE sign_in_failures ADD COLUMN client_address TEXT NOT NULL DEFAULT '';
CREATE INDEX sign_in_failures_address ON sign_in_failures(client_address, failed_at);
CREATE TABLE known_devices (
  id {{pk}},
  token_hash TEXT NOT NULL UNIQUE,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT NOT NULL,
  failures INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX known_devices_user ON known_devices(user_id);
)sql";

// The Spanish perspective labels as California families and educators read them (docs/guides.md, "Spanish for
// California readers"), so that the team page says what section A of the guide says.
constexpr std::string_view kSpanishLabels = R"sql(
UPDATE perspectives SET label_es = 'Organizaciones aliadas de la comunidad' WHERE perspective_key = 'community_partners';
)sql";

// A team's measures of improvement (issue 13): what is measured, its operational definition and the direction
// that is better, with dated points. One point per date: a second value for a date is a correction, not a point.
// baseline_points freezes the run chart's median on the first N points once the team has enough of them; version
// guards that choice against a stale tab. An astronomical point is one the team judges far outside the rest.
constexpr std::string_view kMeasures = R"sql(
CREATE TABLE measures (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  unit TEXT NOT NULL,
  direction TEXT NOT NULL,
  numerator TEXT NOT NULL DEFAULT '',
  denominator TEXT NOT NULL DEFAULT '',
  baseline_points BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  created_by_name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX measures_team ON measures(team_id);
CREATE TABLE measure_points (
  id {{pk}},
  measure_id BIGINT NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  point_date TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  astronomical INTEGER NOT NULL DEFAULT 0,
  created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (measure_id, point_date)
);
)sql";

// The team plan of the guide's section E (issue 13): a vision kept in every version, goals (with California LCAP
// priorities as a JSON list of integers), measurable objectives (optionally on one of the team's measures),
// activities by plan area, milestones, tasks with owners, statuses and dependencies (the edges; cycles are refused
// by the actions), and barriers with the team's response. A task promoted from a meeting's action item keeps the
// link (one task per item) so the two stay in step. Every editable row carries a version against stale tabs.
constexpr std::string_view kPlan = R"sql(
CREATE TABLE plan_vision_versions (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  version BIGINT NOT NULL,
  text TEXT NOT NULL,
  written_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  written_by_name TEXT NOT NULL,
  written_at BIGINT NOT NULL,
  UNIQUE (team_id, version)
);
CREATE TABLE plan_goals (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  lcap_priorities TEXT NOT NULL DEFAULT '[]',
  version BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL
);
CREATE INDEX plan_goals_team ON plan_goals(team_id);
CREATE TABLE plan_objectives (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  goal_id BIGINT NOT NULL REFERENCES plan_goals(id) ON DELETE CASCADE,
  description TEXT NOT NULL,
  measure_id BIGINT REFERENCES measures(id) ON DELETE SET NULL,
  unit TEXT NOT NULL DEFAULT '',
  direction TEXT NOT NULL DEFAULT 'higher_is_better',
  baseline_value DOUBLE PRECISION,
  baseline_date TEXT,
  target_value DOUBLE PRECISION,
  target_date TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL
);
CREATE INDEX plan_objectives_team ON plan_objectives(team_id);
CREATE TABLE plan_activities (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  area TEXT NOT NULL,
  description TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL
);
CREATE INDEX plan_activities_team ON plan_activities(team_id);
CREATE TABLE plan_milestones (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  due_on TEXT NOT NULL,
  area TEXT,
  done INTEGER NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL
);
CREATE INDEX plan_milestones_team ON plan_milestones(team_id);
CREATE TABLE plan_tasks (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  owner_member_id BIGINT REFERENCES team_members(id) ON DELETE SET NULL,
  due_on TEXT,
  status TEXT NOT NULL DEFAULT 'not_started',
  area TEXT,
  objective_id BIGINT REFERENCES plan_objectives(id) ON DELETE SET NULL,
  milestone_id BIGINT REFERENCES plan_milestones(id) ON DELETE SET NULL,
  action_item_id BIGINT UNIQUE REFERENCES action_items(id) ON DELETE SET NULL,
  version BIGINT NOT NULL DEFAULT 1,
  updated_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  updated_by_name TEXT NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX plan_tasks_team ON plan_tasks(team_id, status);
CREATE INDEX plan_tasks_owner ON plan_tasks(owner_member_id, status);
CREATE TABLE plan_task_dependencies (
  task_id BIGINT NOT NULL REFERENCES plan_tasks(id) ON DELETE CASCADE,
  depends_on_id BIGINT NOT NULL REFERENCES plan_tasks(id) ON DELETE CASCADE,
  PRIMARY KEY (task_id, depends_on_id)
);
CREATE INDEX plan_task_dependencies_on ON plan_task_dependencies(depends_on_id);
CREATE TABLE plan_barriers (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  description TEXT NOT NULL,
  response TEXT NOT NULL DEFAULT '',
  area TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL
);
CREATE INDEX plan_barriers_team ON plan_barriers(team_id);
)sql";

// A team's self-assessments of implementation (issue 13, part 4): each term the team rates the six areas on the
// five-point scale with its evidence and records what it observed against its "fully implemented" criteria.
// The criteria are kept as numbered versions, every one of them with who declared it and when; a criterion's
// key stays the same from one version to the next so that observations keep naming it. version on a
// self-assessment guards an edit against a stale tab.
constexpr std::string_view kSelfAssessments = R"sql(
CREATE TABLE self_assessments (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  taken_on TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  created_by_name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX self_assessments_team ON self_assessments(team_id, taken_on);
CREATE TABLE assessment_ratings (
  id {{pk}},
  assessment_id BIGINT NOT NULL REFERENCES self_assessments(id) ON DELETE CASCADE,
  area TEXT NOT NULL,
  rating INTEGER NOT NULL,
  evidence TEXT NOT NULL DEFAULT '',
  UNIQUE (assessment_id, area)
);
CREATE TABLE assessment_observations (
  id {{pk}},
  assessment_id BIGINT NOT NULL REFERENCES self_assessments(id) ON DELETE CASCADE,
  criterion_id BIGINT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  UNIQUE (assessment_id, criterion_id)
);
CREATE TABLE assessment_criteria_versions (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  version BIGINT NOT NULL,
  created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  created_by_name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (team_id, version)
);
CREATE TABLE assessment_criteria (
  id {{pk}},
  criteria_version_id BIGINT NOT NULL REFERENCES assessment_criteria_versions(id) ON DELETE CASCADE,
  criterion_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  description TEXT NOT NULL,
  threshold DOUBLE PRECISION NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  direction TEXT NOT NULL DEFAULT 'higher_is_better',
  measure_id BIGINT REFERENCES measures(id) ON DELETE SET NULL
);
)sql";

// Issue 11: agreements (MOUs) between a network's facilitator, a mentor organization and peer organizations, and
// the coaching log that draws down their purchased hours. Hours are whole minutes; an agreement's every change
// is kept as a JSON snapshot with who and when. warned_level remembers the highest hours warning mailed (0, 80,
// 100) so each level is mailed once.
constexpr std::string_view kAgreements = R"sql(
CREATE TABLE agreements (
  id {{pk}},
  network_id BIGINT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT '',
  goals TEXT NOT NULL DEFAULT '',
  data_sharing TEXT NOT NULL DEFAULT '',
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft',
  mentor_organization_id BIGINT NOT NULL REFERENCES organizations(id),
  warned_level INTEGER NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX agreements_network ON agreements(network_id, starts_on);
CREATE TABLE agreement_parties (
  agreement_id BIGINT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  organization_id BIGINT NOT NULL REFERENCES organizations(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (agreement_id, organization_id)
);
CREATE INDEX agreement_parties_organization ON agreement_parties(organization_id);
CREATE TABLE agreement_hours (
  agreement_id BIGINT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  purchased_minutes BIGINT NOT NULL,
  hourly_rate_cents BIGINT,
  PRIMARY KEY (agreement_id, kind)
);
CREATE TABLE agreement_coaches (
  agreement_id BIGINT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (agreement_id, user_id)
);
CREATE INDEX agreement_coaches_user ON agreement_coaches(user_id);
CREATE TABLE agreement_liaisons (
  agreement_id BIGINT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  organization_id BIGINT NOT NULL REFERENCES organizations(id),
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (agreement_id, organization_id)
);
CREATE TABLE agreement_versions (
  id {{pk}},
  agreement_id BIGINT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  version BIGINT NOT NULL,
  snapshot TEXT NOT NULL,
  changed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  changed_by_name TEXT NOT NULL,
  changed_at BIGINT NOT NULL,
  UNIQUE (agreement_id, version)
);
CREATE TABLE coaching_entries (
  id {{pk}},
  agreement_id BIGINT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  kind TEXT NOT NULL,
  minutes BIGINT NOT NULL,
  focus TEXT NOT NULL,
  guide_section TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  people_served TEXT NOT NULL DEFAULT '',
  follow_up_on TEXT,
  created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  created_by_name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX coaching_entries_agreement ON coaching_entries(agreement_id, date);
CREATE TABLE coaching_entry_teams (
  entry_id BIGINT NOT NULL REFERENCES coaching_entries(id) ON DELETE CASCADE,
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  PRIMARY KEY (entry_id, team_id)
);
CREATE INDEX coaching_entry_teams_team ON coaching_entry_teams(team_id);
CREATE TABLE coaching_entry_coaches (
  entry_id BIGINT NOT NULL REFERENCES coaching_entries(id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (entry_id, user_id)
);
CREATE TABLE coaching_next_steps (
  id {{pk}},
  entry_id BIGINT NOT NULL REFERENCES coaching_entries(id) ON DELETE CASCADE,
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  owner_member_id BIGINT REFERENCES team_members(id) ON DELETE SET NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'proposed',
  action_item_id BIGINT REFERENCES action_items(id) ON DELETE SET NULL,
  responded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  responded_at BIGINT,
  decline_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX coaching_next_steps_team ON coaching_next_steps(team_id, status);
)sql";

// What a team shares with the networks its district takes part in (issue 11): one row per kind turned on, with
// who turned it on and when. No row: nothing shared, the default.
constexpr std::string_view kNetworkSharing = R"sql(
CREATE TABLE team_network_shares (
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  shared_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  shared_at BIGINT NOT NULL,
  PRIMARY KEY (team_id, kind)
);
-- How often each action item was carried over is counted per item (store/meetings.cpp, the network dashboard):
-- without this index each count scanned every carry-over, 1.5 s for a network of 200 teams.
CREATE INDEX meeting_carryovers_action_item ON meeting_carryovers(action_item_id);
)sql";

// Network meetings (issue 11): a meeting of a network's community of practice is an ordinary meeting of a team of
// the facilitator organization (the network's host team, made with its first network meeting), so the meeting
// routes, live view, minutes and follow-through work unchanged. network_meetings marks such a meeting and keeps the
// coaching-log entry it was logged as (one at most; removing the entry allows logging it again). An invitation
// names a member organization (team_id NULL: every team of it) or one team of it.
constexpr std::string_view kNetworkMeetings = R"sql(
CREATE TABLE network_host_teams (
  network_id BIGINT PRIMARY KEY REFERENCES networks(id) ON DELETE CASCADE,
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE
);
CREATE TABLE network_meetings (
  meeting_id BIGINT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
  network_id BIGINT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  coaching_entry_id BIGINT REFERENCES coaching_entries(id) ON DELETE SET NULL
);
CREATE INDEX network_meetings_network ON network_meetings(network_id);
CREATE TABLE network_meeting_invitations (
  id {{pk}},
  meeting_id BIGINT NOT NULL REFERENCES network_meetings(meeting_id) ON DELETE CASCADE,
  organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  team_id BIGINT REFERENCES teams(id) ON DELETE CASCADE
);
CREATE INDEX network_meeting_invitations_meeting ON network_meeting_invitations(meeting_id);
CREATE INDEX network_meeting_invitations_team ON network_meeting_invitations(team_id);
CREATE INDEX network_meeting_invitations_organization ON network_meeting_invitations(organization_id);
)sql";

// The participant role (issue 15): family, student and community members hold a `participant` seat, which replaces
// `guest` (seats and invitations alike). The owner of an action item may mark it blocked, with a comment, kept
// beside the status.
constexpr std::string_view kParticipantRole = R"sql(
UPDATE team_members SET role = 'participant' WHERE role = 'guest';
UPDATE invitations SET role = 'participant' WHERE role = 'guest' AND team_id IS NOT NULL;
ALTER TABLE action_items ADD COLUMN status_comment TEXT;
)sql";

// Sign-in by e-mailed link (issue 15): one row per link sent, found by its token's hash only. browser_nonce_hash
// binds a link to the browser that asked for it (the hash of a random value in a short-lived HttpOnly cookie),
// NULL when none was sent; used_at is set by the one conditional UPDATE that redeems it, so a link is spent once.
// sign_in_link_requests counts the requests, for every address asked about (known or not), against the limits
// per address and per client address (api/sign_in_limits.hpp).
constexpr std::string_view kSignInLinks = R"sql(
CREATE TABLE sign_in_links (
  id {{pk}},
  token_hash TEXT NOT NULL UNIQUE,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  browser_nonce_hash TEXT,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);
CREATE INDEX sign_in_links_user ON sign_in_links(user_id);
CREATE TABLE sign_in_link_requests (
  id {{pk}},
  email TEXT NOT NULL,
  client_address TEXT NOT NULL,
  requested_at BIGINT NOT NULL
);
CREATE INDEX sign_in_link_requests_email ON sign_in_link_requests(email, requested_at);
CREATE INDEX sign_in_link_requests_address ON sign_in_link_requests(client_address, requested_at);
)sql";

// Outreach items that close (issue 15): an edit version; who marked an item done and when; who closed it by hand
// and when, with their note; or the member whose joining (or newly recorded perspective or grade span) covered the
// gap and closed it: their id and name are stored as facts, and each reader's app words the sentence.
constexpr std::string_view kOutreachClosing = R"sql(
ALTER TABLE outreach_items ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE outreach_items ADD COLUMN done_by BIGINT REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE outreach_items ADD COLUMN done_at BIGINT;
ALTER TABLE outreach_items ADD COLUMN closed_by BIGINT REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE outreach_items ADD COLUMN closed_at BIGINT;
ALTER TABLE outreach_items ADD COLUMN closed_note TEXT;
ALTER TABLE outreach_items ADD COLUMN closed_member_id BIGINT REFERENCES team_members(id) ON DELETE SET NULL;
ALTER TABLE outreach_items ADD COLUMN closed_member_name TEXT;
CREATE INDEX outreach_items_owner ON outreach_items(owner_member_id);
)sql";

// What mail each person gets and in which language (issue 15): columns of the user's row, so every account,
// old or new, has its defaults without a row to create, and the outbox reads them with the address it already
// looks up. An unsubscribe link's token is random and stored only as its hash, like every other token; each
// names the person and the kind of mail it turns off.
constexpr std::string_view kMailPreferences = R"sql(
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE users ADD COLUMN mail_minutes INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN mail_reminders INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN mail_digest TEXT NOT NULL DEFAULT 'daily';
CREATE TABLE unsubscribe_tokens (
  id {{pk}},
  token_hash TEXT NOT NULL UNIQUE,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX unsubscribe_tokens_user ON unsubscribe_tokens(user_id);
)sql";

// A team's time zone (issue 17): the zone its meetings are planned in. NULL means its organization's, worked out
// in code from the organization's CDS code or NCES id (domain::organization_time_zone), so existing teams and new
// ones start from their district's state without a copy of that table in SQL.
constexpr std::string_view kTeamTimeZone = R"sql(
ALTER TABLE teams ADD COLUMN time_zone TEXT;
)sql";

// Representation expectations as a team setting (issue 17): the template a team's gaps are reckoned against
// (`peer` or `mentor`). NULL, the default for every existing and new team, follows the organization's role: a team
// of an organization that is a mentor in a network is held to `mentor` (no families or students expected), any other
// to `peer` (the guide's template). A team's own choice overrides it.
constexpr std::string_view kRepresentationExpectations = R"sql(
ALTER TABLE teams ADD COLUMN representation_template TEXT;
)sql";

// The statewide directory (issue 14): what the state's public school directory says of an organization, beside
// what Trellis already held. `directory_source` is the public flag: set (to the file the facts came from) on every
// row the directory load wrote or matched, NULL for organizations only Trellis knows (an intermediary); the
// directory search lists only flagged rows, so it can never show an organization that did not come from public
// data. `parent_cds` names a school's district (or county office) by its CDS code rather than by row id: the load
// writes schools and districts in file order, the link survives a district added later, and backup/restore needs
// no ordering of a table that references itself. `grades` is the span as published ("K-5"; a district's is its
// schools' range), `status` is open or closed (the directory's Active/Pending or Closed/Merged): an organization
// already in Trellis that the state closes is kept and marked closed, so its teams and history keep their home.
constexpr std::string_view kStateDirectory = R"sql(
ALTER TABLE organizations ADD COLUMN county TEXT;
ALTER TABLE organizations ADD COLUMN charter INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organizations ADD COLUMN status TEXT NOT NULL DEFAULT 'open';
ALTER TABLE organizations ADD COLUMN parent_cds TEXT;
ALTER TABLE organizations ADD COLUMN grades TEXT;
ALTER TABLE organizations ADD COLUMN directory_source TEXT;
CREATE INDEX organizations_parent ON organizations(parent_cds);
CREATE INDEX organizations_directory_name ON organizations(directory_source, name);
)sql";

// Counts a publisher suppressed (the state's blank or `*` cells, issue 14): unknown, never zero. A table of their
// own rather than nullable columns in indicator_counts, so that no reader of counts (the equity analysis,
// suppression for sharing, exports, measures' data points) can take an unknown for a zero; the analysis lists
// them beside the counts as "suppressed by the state". What was published of the pair is kept.
constexpr std::string_view kUnknownCounts = R"sql(
CREATE TABLE indicator_unknown_counts (
  district_code TEXT NOT NULL,
  org_code TEXT NOT NULL,
  year BIGINT NOT NULL,
  indicator TEXT NOT NULL,
  direction TEXT NOT NULL,
  group_code TEXT NOT NULL,
  denominator BIGINT,
  numerator BIGINT,
  import_id BIGINT,
  PRIMARY KEY (org_code, year, indicator, group_code)
);
CREATE INDEX indicator_unknown_counts_district ON indicator_unknown_counts(district_code, indicator, year);
)sql";

// Peer matching (issue 14): what an organization declares it knows (topics from the shared vocabulary in
// domain/matching.hpp, each with an optional short note), and a team's need (topics and free text). The need is
// stored on the team rather than only given in the query: the lead states it once, the page opens with it, the
// facilitator matches for it without retyping it, and the query may still override it. The index on version lets
// the matching cache's stamp (store/matching.cpp) sum the versions from the index, not the 11,000 wide rows.
constexpr std::string_view kMatching = R"sql(
CREATE TABLE organization_expertise (
  organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  topic TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (organization_id, topic)
);
CREATE TABLE team_needs (
  team_id BIGINT PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,
  topics TEXT NOT NULL DEFAULT '[]',
  description TEXT NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL
);
CREATE INDEX organizations_matching_stamp ON organizations(version);
)sql";

// The facilitator's highlights of a network (issue 14): short dated notes for leadership and funders, shown in the
// network report of any period that holds their date. A table of their own (not a column of networks) because a
// network collects them over years and a report picks those of its period.
constexpr std::string_view kNetworkHighlights = R"sql(
CREATE TABLE network_highlights (
  id {{pk}},
  network_id BIGINT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  happened_on TEXT NOT NULL,
  body TEXT NOT NULL,
  written_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  written_at BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX network_highlights_network ON network_highlights(network_id, happened_on);
)sql";

// Where each organization is (issue 14): the state's directory gives the latitude and longitude of every open
// district office and school, so matching can offer a distance band ("within 100 km") beside the similarity band.
// DOUBLE PRECISION, not REAL: PostgreSQL's REAL keeps six digits, a kilometre's error at these magnitudes.
constexpr std::string_view kOrganizationLocation = R"sql(
ALTER TABLE organizations ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE organizations ADD COLUMN longitude DOUBLE PRECISION;
)sql";

// Discovery evidence (issue 12, item 2): a team's empathy interviews, focus groups, observations, research and
// data views, the themes it sorts them into, and the insights it draws from them. Who took part is kept as roles
// in free text: no column asks for a student's name. A data view entry points at one of the team's own guide data
// views; removing that view leaves the entry with no link (the counts never lived here).
constexpr std::string_view kEvidence = R"sql(
CREATE TABLE evidence_entries (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  happened_on TEXT NOT NULL,
  participants TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  quotes TEXT NOT NULL DEFAULT '[]',
  data_view_id BIGINT REFERENCES guide_data_views(id) ON DELETE SET NULL,
  written_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  written_at BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX evidence_entries_team ON evidence_entries(team_id, happened_on);
CREATE TABLE evidence_themes (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (team_id, name)
);
CREATE TABLE evidence_theme_tags (
  evidence_id BIGINT NOT NULL REFERENCES evidence_entries(id) ON DELETE CASCADE,
  theme_id BIGINT NOT NULL REFERENCES evidence_themes(id) ON DELETE CASCADE,
  PRIMARY KEY (evidence_id, theme_id)
);
CREATE INDEX evidence_theme_tags_theme ON evidence_theme_tags(theme_id);
CREATE TABLE evidence_insights (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  statement TEXT NOT NULL,
  written_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  written_at BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX evidence_insights_team ON evidence_insights(team_id);
CREATE TABLE evidence_insight_links (
  insight_id BIGINT NOT NULL REFERENCES evidence_insights(id) ON DELETE CASCADE,
  evidence_id BIGINT NOT NULL REFERENCES evidence_entries(id) ON DELETE CASCADE,
  PRIMARY KEY (insight_id, evidence_id)
);
CREATE INDEX evidence_insight_links_evidence ON evidence_insight_links(evidence_id);
)sql";

// Prototypes and their PDSA cycles (issue 12, item 3). A prototype states its hypothesis in three parts ("if we
// ..., then ... for ..."); its versions carry link attachments as a JSON list (files are the resource library's);
// the insights it answers (the team's own, from the evidence work) are links; a cycle runs on one version, its
// questions (each with its prediction and Study's result) as a JSON list so each result stays beside its prediction.
// The measures a cycle names are rows of their own: the measure's run chart finds its marks by measure. A decision
// (scaled, kept_testing, stopped) closes the prototype until reopened.
constexpr std::string_view kPrototypes = R"sql(
CREATE TABLE prototypes (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  if_we TEXT NOT NULL,
  then_what TEXT NOT NULL,
  for_whom TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'testing',
  decision_reasons TEXT NOT NULL DEFAULT '',
  decided_by_name TEXT NOT NULL DEFAULT '',
  decided_at BIGINT,
  updated_by_name TEXT NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX prototypes_team ON prototypes(team_id);
CREATE TABLE prototype_versions (
  id {{pk}},
  prototype_id BIGINT NOT NULL REFERENCES prototypes(id) ON DELETE CASCADE,
  number BIGINT NOT NULL,
  description TEXT NOT NULL,
  attachments TEXT NOT NULL DEFAULT '[]',
  adapted_from_cycle_id BIGINT,
  updated_at BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (prototype_id, number)
);
CREATE TABLE prototype_cycles (
  id {{pk}},
  prototype_version_id BIGINT NOT NULL REFERENCES prototype_versions(id) ON DELETE CASCADE,
  number BIGINT NOT NULL,
  phase TEXT NOT NULL DEFAULT 'plan',
  questions TEXT NOT NULL DEFAULT '[]',
  who TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  starts_on TEXT,
  ends_on TEXT,
  what_happened TEXT NOT NULL DEFAULT '',
  observations TEXT NOT NULL DEFAULT '',
  problems TEXT NOT NULL DEFAULT '',
  surprises TEXT NOT NULL DEFAULT '',
  act_decision TEXT NOT NULL DEFAULT '',
  next_step TEXT NOT NULL DEFAULT '',
  updated_by_name TEXT NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (prototype_version_id, number)
);
CREATE TABLE prototype_cycle_measures (
  cycle_id BIGINT NOT NULL REFERENCES prototype_cycles(id) ON DELETE CASCADE,
  measure_id BIGINT NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  PRIMARY KEY (cycle_id, measure_id)
);
CREATE INDEX prototype_cycle_measures_measure ON prototype_cycle_measures(measure_id);
CREATE TABLE prototype_insights (
  prototype_id BIGINT NOT NULL REFERENCES prototypes(id) ON DELETE CASCADE,
  insight_id BIGINT NOT NULL REFERENCES evidence_insights(id) ON DELETE CASCADE,
  PRIMARY KEY (prototype_id, insight_id)
);
CREATE INDEX prototype_insights_insight ON prototype_insights(insight_id);
)sql";

// A team's problem of practice and aim, and its driver diagram (issue 12, item 1). One problem per team (its
// primary key is the team), versioned against stale tabs. Driver nodes form a shallow tree under the aim: primary
// drivers at the top, secondary drivers under a primary, change ideas under either (domain/driver_tree); position
// orders siblings. A node keeps its place when its linked measure is removed (the link is cleared).
constexpr std::string_view kDriverDiagram = R"sql(
CREATE TABLE team_problems (
  team_id BIGINT PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,
  who_is_failed TEXT NOT NULL DEFAULT '',
  how_we_know TEXT NOT NULL DEFAULT '',
  aim_what TEXT NOT NULL DEFAULT '',
  aim_for_whom TEXT NOT NULL DEFAULT '',
  aim_how_much TEXT NOT NULL DEFAULT '',
  aim_by_when TEXT,
  written_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
  written_at BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE driver_nodes (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  parent_id BIGINT REFERENCES driver_nodes(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  measure_id BIGINT REFERENCES measures(id) ON DELETE SET NULL,
  position BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX driver_nodes_team ON driver_nodes(team_id, parent_id, position);
)sql";

// The resource library (issue 12, item 5): links, files and notes an organization's people write and share with one
// of its teams, the organization itself or a network it is an active member of. A file's bytes live in
// resource_files as base64 text (both engines' TEXT, so a backup carries them like any other row). The full-text index
// differs per engine and stays out of the catalog a backup walks: on SQLite an external-content FTS5 table (a virtual
// table and its shadow tables, which backup_schema.cpp skips) kept in step by triggers, so a restore's INSERTs rebuild
// it; on PostgreSQL GIN indexes on the expression store/resources.cpp searches with, one per language's configuration.
constexpr std::string_view kResources = R"sql(
CREATE TABLE resources (
  id {{pk}},
  organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'en',
  guide_id TEXT NOT NULL DEFAULT '',
  section_id TEXT NOT NULL DEFAULT '',
  grade_from BIGINT,
  grade_to BIGINT,
  share_scope TEXT NOT NULL,
  share_id BIGINT NOT NULL,
  file_name TEXT NOT NULL DEFAULT '',
  file_type TEXT NOT NULL DEFAULT '',
  file_size BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX resources_share ON resources(share_scope, share_id);
CREATE INDEX resources_organization ON resources(organization_id);
CREATE TABLE resource_topics (
  resource_id BIGINT NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
  topic TEXT NOT NULL,
  PRIMARY KEY (resource_id, topic)
);
CREATE TABLE resource_files (
  resource_id BIGINT PRIMARY KEY REFERENCES resources(id) ON DELETE CASCADE,
  content_base64 TEXT NOT NULL
);
CREATE TABLE coaching_entry_resources (
  entry_id BIGINT NOT NULL REFERENCES coaching_entries(id) ON DELETE CASCADE,
  resource_id BIGINT NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
  PRIMARY KEY (entry_id, resource_id)
);
-- only sqlite
CREATE VIRTUAL TABLE resources_search USING fts5(title, description, body, content='resources',
  content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER resources_search_insert AFTER INSERT ON resources BEGIN
  INSERT INTO resources_search(rowid, title, description, body) VALUES (new.id, new.title, new.description, new.body);
END;
CREATE TRIGGER resources_search_delete AFTER DELETE ON resources BEGIN
  INSERT INTO resources_search(resources_search, rowid, title, description, body)
  VALUES ('delete', old.id, old.title, old.description, old.body);
END;
CREATE TRIGGER resources_search_update AFTER UPDATE ON resources BEGIN
  INSERT INTO resources_search(resources_search, rowid, title, description, body)
  VALUES ('delete', old.id, old.title, old.description, old.body);
  INSERT INTO resources_search(rowid, title, description, body) VALUES (new.id, new.title, new.description, new.body);
END;
-- end only
-- only postgresql
CREATE INDEX resources_search_english ON resources USING GIN
  (to_tsvector('english', title || ' ' || description || ' ' || body)) WHERE language = 'en';
CREATE INDEX resources_search_spanish ON resources USING GIN
  (to_tsvector('spanish', title || ' ' || description || ' ' || body)) WHERE language = 'es';
-- end only
)sql";

// Feedback rounds across districts (issue 12, item 4). A team asks chosen people (the coaches named on agreements
// its district is a party to, the staff of its networks' other districts, its own members) for feedback on one
// item: a prototype version, a plan section or a guide answer. The item is kept as it was when the round opened
// (`snapshot`, JSON): a reviewer from another district reads that and nothing else of the team. A reviewer is
// invited, and reads the round, comments in it only once they accept (their account is being linked to another
// district's work: their consent); declining ends their access. Comments thread through parent_id; mentions name
// people of the round, and a comment may attach library resources shared with the team's networks. Closing writes "what
// we changed" and may link the prototype's next version.
constexpr std::string_view kFeedbackRounds = R"sql(
CREATE TABLE feedback_rounds (
  id {{pk}},
  team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  item_kind TEXT NOT NULL,
  item_key TEXT NOT NULL,
  item_title TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  prototype_id BIGINT REFERENCES prototypes(id) ON DELETE SET NULL,
  question TEXT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open',
  what_we_changed TEXT NOT NULL DEFAULT '',
  next_version_id BIGINT REFERENCES prototype_versions(id) ON DELETE SET NULL,
  created_by_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
  created_by_name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  closed_by_name TEXT NOT NULL DEFAULT '',
  closed_at BIGINT,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX feedback_rounds_team ON feedback_rounds(team_id);
CREATE TABLE feedback_reviewers (
  round_id BIGINT NOT NULL REFERENCES feedback_rounds(id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  chosen_as TEXT NOT NULL,
  organization_name TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'invited',
  invited_at BIGINT NOT NULL,
  answered_at BIGINT,
  PRIMARY KEY (round_id, user_id)
);
CREATE INDEX feedback_reviewers_user ON feedback_reviewers(user_id);
CREATE TABLE feedback_comments (
  id {{pk}},
  round_id BIGINT NOT NULL REFERENCES feedback_rounds(id) ON DELETE CASCADE,
  parent_id BIGINT REFERENCES feedback_comments(id) ON DELETE CASCADE,
  author_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
  author_name TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX feedback_comments_round ON feedback_comments(round_id);
CREATE TABLE feedback_mentions (
  comment_id BIGINT NOT NULL REFERENCES feedback_comments(id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  PRIMARY KEY (comment_id, user_id)
);
CREATE TABLE feedback_comment_resources (
  comment_id BIGINT NOT NULL REFERENCES feedback_comments(id) ON DELETE CASCADE,
  resource_id BIGINT NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
  PRIMARY KEY (comment_id, resource_id)
);
)sql";

}  // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all = {
        {1, "foundation", kFoundation},
        {2, "meetings", kMeetings},
        {3, "mail_outbox", kMailOutbox},
        {4, "guide_progress", kGuideProgress},
        {5, "student_data", kStudentData},
        {6, "tenancy", kTenancy},
        {7, "spanish_labels", kSpanishLabels},
        {8, "measures", kMeasures},
        {9, "plan", kPlan},
        {10, "self_assessments", kSelfAssessments},
        {11, "agreements", kAgreements},
        {12, "network_sharing", kNetworkSharing},
        {13, "network_meetings", kNetworkMeetings},
        {14, "participants", kParticipantRole},
        {15, "sign_in_links", kSignInLinks},
        {16, "mail_preferences", kMailPreferences},
        {17, "outreach_closing", kOutreachClosing},
        {18, "team_time_zone", kTeamTimeZone},
        {19, "representation_expectations", kRepresentationExpectations},
        {20, "state_directory", kStateDirectory},
        {21, "unknown_counts", kUnknownCounts},
        {22, "matching", kMatching},
        {23, "network_highlights", kNetworkHighlights},
        {24, "organization_location", kOrganizationLocation},
        {25, "evidence", kEvidence},
        {26, "prototypes", kPrototypes},
        {27, "driver_diagram", kDriverDiagram},
        {28, "resources", kResources},
        {29, "feedback_rounds", kFeedbackRounds},
    };
    return all;
}

}  // namespace trellis::store
