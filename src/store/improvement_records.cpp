// The organization's records, continued: its teams' measures, plans and self-assessments (issue 13), so that the
// archive a district downloads holds everything its teams wrote.
#include "store/record_sections.hpp"

namespace trellis::store {

namespace {

using enum ColumnKind;

#define TEAMS_OF TRELLIS_TEAMS_OF
#define MEASURES_OF "(SELECT id FROM measures WHERE team_id IN " TRELLIS_TEAMS_OF ")"
#define TASKS_OF "(SELECT id FROM plan_tasks WHERE team_id IN " TRELLIS_TEAMS_OF ")"
#define ASSESSMENTS_OF "(SELECT id FROM self_assessments WHERE team_id IN " TRELLIS_TEAMS_OF ")"
#define CRITERIA_OF "(SELECT id FROM assessment_criteria_versions WHERE team_id IN " TRELLIS_TEAMS_OF ")"

std::vector<SectionQuery> measure_sections() {
    return {
        {"measures",
         false,
         {{"id", integer},
          {"team_id", integer},
          {"name"},
          {"unit"},
          {"direction"},
          {"numerator"},
          {"denominator"},
          {"baseline_points", integer},
          {"created_by_name"},
          {"created_at", time}},
         "SELECT id, team_id, name, unit, direction, numerator, denominator, baseline_points, created_by_name, "
         "created_at FROM measures WHERE team_id IN " TEAMS_OF " ORDER BY id"},
        {"measure_points",
         false,
         {{"measure_id", integer}, {"date"}, {"value", real}, {"note"}, {"astronomical", flag}},
         "SELECT measure_id, point_date, value, note, astronomical FROM measure_points WHERE measure_id IN " MEASURES_OF
         " ORDER BY measure_id, point_date"},
    };
}

std::vector<SectionQuery> plan_goal_sections() {
    return {
        {"plan_vision_versions",
         false,
         {{"team_id", integer}, {"version", integer}, {"text"}, {"written_by_name"}, {"written_at", time}},
         "SELECT team_id, version, text, written_by_name, written_at FROM plan_vision_versions WHERE team_id "
         "IN " TEAMS_OF " ORDER BY team_id, version"},
        {"plan_goals",
         false,
         {{"id", integer}, {"team_id", integer}, {"title"}, {"description"}, {"lcap_priorities", json}},
         "SELECT id, team_id, title, description, lcap_priorities FROM plan_goals WHERE team_id IN " TEAMS_OF
         " ORDER BY id"},
        {"plan_objectives",
         false,
         {{"id", integer},
          {"goal_id", integer},
          {"description"},
          {"measure_id", integer},
          {"unit"},
          {"direction"},
          {"baseline_value", real},
          {"baseline_date"},
          {"target_value", real},
          {"target_date"}},
         "SELECT id, goal_id, description, measure_id, unit, direction, baseline_value, baseline_date, target_value, "
         "target_date FROM plan_objectives WHERE team_id IN " TEAMS_OF " ORDER BY id"},
        {"plan_activities",
         false,
         {{"id", integer}, {"team_id", integer}, {"area"}, {"description"}},
         "SELECT id, team_id, area, description FROM plan_activities WHERE team_id IN " TEAMS_OF " ORDER BY id"},
        {"plan_barriers",
         false,
         {{"id", integer}, {"team_id", integer}, {"description"}, {"response"}, {"area"}},
         "SELECT id, team_id, description, response, area FROM plan_barriers WHERE team_id IN " TEAMS_OF
         " ORDER BY id"},
    };
}

std::vector<SectionQuery> plan_task_sections() {
    return {
        {"plan_milestones",
         false,
         {{"id", integer}, {"team_id", integer}, {"title"}, {"due_on"}, {"area"}, {"done", flag}},
         "SELECT id, team_id, title, due_on, area, done FROM plan_milestones WHERE team_id IN " TEAMS_OF
         " ORDER BY id"},
        {"plan_tasks",
         false,
         {{"id", integer},
          {"team_id", integer},
          {"title"},
          {"notes"},
          {"owner_member_id", integer},
          {"due_on"},
          {"status"},
          {"area"},
          {"objective_id", integer},
          {"milestone_id", integer},
          {"action_item_id", integer},
          {"updated_by_name"},
          {"updated_at", time}},
         "SELECT id, team_id, title, notes, owner_member_id, due_on, status, area, objective_id, milestone_id, "
         "action_item_id, updated_by_name, updated_at FROM plan_tasks WHERE team_id IN " TEAMS_OF " ORDER BY id"},
        {"plan_task_dependencies",
         false,
         {{"task_id", integer}, {"depends_on_id", integer}},
         "SELECT task_id, depends_on_id FROM plan_task_dependencies WHERE task_id IN " TASKS_OF
         " ORDER BY task_id, depends_on_id"},
    };
}

std::vector<SectionQuery> assessment_sections() {
    return {
        {"self_assessments",
         false,
         {{"id", integer}, {"team_id", integer}, {"term"}, {"taken_on"}, {"created_by_name"}, {"created_at", time}},
         "SELECT id, team_id, term, taken_on, created_by_name, created_at FROM self_assessments WHERE team_id "
         "IN " TEAMS_OF " ORDER BY id"},
        {"assessment_ratings",
         false,
         {{"assessment_id", integer}, {"area"}, {"rating", integer}, {"evidence"}},
         "SELECT assessment_id, area, rating, evidence FROM assessment_ratings WHERE assessment_id IN " ASSESSMENTS_OF
         " ORDER BY assessment_id, id"},
        {"assessment_observations",
         false,
         {{"assessment_id", integer}, {"criterion_id", integer}, {"value", real}},
         "SELECT assessment_id, criterion_id, value FROM assessment_observations WHERE assessment_id IN " ASSESSMENTS_OF
         " ORDER BY assessment_id, criterion_id"},
        {"assessment_criteria",
         false,
         {{"team_id", integer},
          {"version", integer},
          {"criterion_id", integer},
          {"description"},
          {"threshold", real},
          {"unit"},
          {"direction"},
          {"measure_id", integer},
          {"declared_by_name"},
          {"declared_at", time}},
         "SELECT v.team_id, v.version, c.criterion_id, c.description, c.threshold, c.unit, c.direction, c.measure_id, "
         "v.created_by_name, v.created_at FROM assessment_criteria c JOIN assessment_criteria_versions v "
         "ON v.id = c.criteria_version_id WHERE v.id IN " CRITERIA_OF " ORDER BY v.team_id, v.version, c.position"},
    };
}

#define EVIDENCE_OF "(SELECT id FROM evidence_entries WHERE team_id IN " TRELLIS_TEAMS_OF ")"

// Discovery evidence (issue 12, item 2): entries, themes, tags, insights and their links.
std::vector<SectionQuery> evidence_sections() {
    return {
        {"evidence_entries",
         false,
         {{"id", integer},
          {"team_id", integer},
          {"kind"},
          {"happened_on"},
          {"participants"},
          {"notes"},
          {"quotes", json},
          {"data_view_id", integer},
          {"written_by_name"},
          {"written_at", time}},
         "SELECT e.id, e.team_id, e.kind, e.happened_on, e.participants, e.notes, e.quotes, e.data_view_id, "
         "COALESCE(u.name, ''), e.written_at FROM evidence_entries e LEFT JOIN users u ON u.id = e.written_by "
         "WHERE e.team_id IN " TEAMS_OF " ORDER BY e.id"},
        {"evidence_themes",
         false,
         {{"id", integer}, {"team_id", integer}, {"name"}},
         "SELECT id, team_id, name FROM evidence_themes WHERE team_id IN " TEAMS_OF " ORDER BY id"},
        {"evidence_theme_tags",
         false,
         {{"evidence_id", integer}, {"theme_id", integer}},
         "SELECT evidence_id, theme_id FROM evidence_theme_tags WHERE evidence_id IN " EVIDENCE_OF
         " ORDER BY evidence_id, theme_id"},
        {"evidence_insights",
         false,
         {{"id", integer}, {"team_id", integer}, {"statement"}, {"written_by_name"}, {"written_at", time}},
         "SELECT i.id, i.team_id, i.statement, COALESCE(u.name, ''), i.written_at FROM evidence_insights i "
         "LEFT JOIN users u ON u.id = i.written_by WHERE i.team_id IN " TEAMS_OF " ORDER BY i.id"},
        {"evidence_insight_links",
         false,
         {{"insight_id", integer}, {"evidence_id", integer}},
         "SELECT insight_id, evidence_id FROM evidence_insight_links WHERE evidence_id IN " EVIDENCE_OF
         " ORDER BY insight_id, evidence_id"},
    };
}

#undef EVIDENCE_OF
// Issue 12, item 1: the problem of practice with its aim, and the driver diagram's nodes.
std::vector<SectionQuery> driver_diagram_sections() {
    return {
        {"team_problems",
         false,
         {{"team_id", integer},
          {"who_is_failed"},
          {"how_we_know"},
          {"aim_what"},
          {"aim_for_whom"},
          {"aim_how_much"},
          {"aim_by_when"},
          {"written_at", time}},
         "SELECT team_id, who_is_failed, how_we_know, aim_what, aim_for_whom, aim_how_much, aim_by_when, written_at "
         "FROM team_problems WHERE team_id IN " TEAMS_OF " ORDER BY team_id"},
        {"driver_nodes",
         false,
         {{"id", integer},
          {"team_id", integer},
          {"parent_id", integer},
          {"kind"},
          {"text"},
          {"measure_id", integer},
          {"position", integer}},
         "SELECT id, team_id, parent_id, kind, body, measure_id, position FROM driver_nodes WHERE team_id IN " TEAMS_OF
         " ORDER BY team_id, id"},
    };
}

#undef TEAMS_OF
#undef MEASURES_OF
#undef TASKS_OF
#undef ASSESSMENTS_OF
#undef CRITERIA_OF

}  // namespace

std::vector<SectionQuery> improvement_sections() {
    std::vector<SectionQuery> all;
    for (auto part : {measure_sections(), plan_goal_sections(), plan_task_sections(), assessment_sections(),
                      driver_diagram_sections(), evidence_sections(), prototype_sections(), feedback_sections()})
        for (auto& section : part) all.push_back(std::move(section));
    return all;
}

}  // namespace trellis::store
