#include "trellis/store/organization_records.hpp"

#include <algorithm>
#include <iterator>

#include "store/record_sections.hpp"

namespace trellis::store {

namespace {

using enum ColumnKind;

#define TEAMS_OF TRELLIS_TEAMS_OF
#define MEETINGS_OF TRELLIS_MEETINGS_OF

// The organization itself, its people and its networks.
std::vector<SectionQuery> organization_sections() {
    return {
        {"organization",
         true,
         {{"id", integer},
          {"name"},
          {"kind"},
          {"cds_code"},
          {"nces_id"},
          {"grade_spans", json},
          {"enrollment", integer},
          {"low_income", integer},
          {"english_learners", integer},
          {"foster", integer},
          {"homeless", integer},
          {"locale"},
          {"profile_source"},
          {"created_at", time}},
         "SELECT id, name, kind, cds_code, nces_id, grade_spans, enrollment, low_income, english_learners, foster, "
         "homeless, locale, profile_source, created_at FROM organizations WHERE id = ?"},
        {"members",
         false,
         {{"user_id", integer}, {"name"}, {"email"}, {"role"}},
         "SELECT u.id, u.name, u.email, m.role FROM organization_members m JOIN users u ON u.id = m.user_id "
         "WHERE m.organization_id = ? ORDER BY u.name, u.id"},
        {"invitations",
         false,
         {{"id", integer},
          {"team_id", integer},
          {"email"},
          {"role"},
          {"created_at", time},
          {"expires_at", time},
          {"accepted_at", time}},
         "SELECT id, team_id, email, role, created_at, expires_at, accepted_at FROM invitations "
         "WHERE organization_id = ? ORDER BY id"},
        {"facilitated_networks",
         false,
         {{"id", integer}, {"name"}, {"focus"}, {"starts_on"}, {"ends_on"}, {"created_at", time}},
         "SELECT id, name, focus, starts_on, ends_on, created_at FROM networks WHERE facilitator_organization_id = ? "
         "ORDER BY id"},
        {"network_memberships",
         false,
         {{"network_id", integer}, {"network_name"}, {"role"}, {"status"}},
         "SELECT nm.network_id, n.name, nm.role, nm.status FROM network_members nm "
         "JOIN networks n ON n.id = nm.network_id WHERE nm.organization_id = ? ORDER BY nm.network_id"},
    };
}

// Its teams, their members and their outreach.
std::vector<SectionQuery> team_sections() {
    return {
        {"teams",
         false,
         {{"id", integer}, {"name"}, {"focus"}, {"created_at", time}},
         "SELECT id, name, focus, created_at FROM teams WHERE organization_id = ? ORDER BY id"},
        {"team_members",
         false,
         {{"id", integer},
          {"team_id", integer},
          {"user_id", integer},
          {"name"},
          {"email"},
          {"role"},
          {"content_areas", json},
          {"grade_spans", json},
          {"skills", json},
          {"created_at", time}},
         "SELECT id, team_id, user_id, name, email, role, content_areas, grade_spans, skills, created_at "
         "FROM team_members WHERE team_id IN " TEAMS_OF " ORDER BY team_id, id"},
        {"member_perspectives",
         false,
         {{"member_id", integer}, {"perspective"}},
         "SELECT mp.member_id, mp.perspective_key FROM member_perspectives mp "
         "JOIN team_members tm ON tm.id = mp.member_id WHERE tm.team_id IN " TEAMS_OF
         " ORDER BY mp.member_id, mp.perspective_key"},
        {"outreach_items",
         false,
         {{"id", integer},
          {"team_id", integer},
          {"gap_kind"},
          {"gap_key"},
          {"title"},
          {"owner_member_id", integer},
          {"due_on"},
          {"status"},
          {"created_at", time},
          {"done_by", integer},
          {"done_at", time},
          {"closed_by", integer},
          {"closed_at", time},
          {"closed_note"},
          {"closed_by_member_id", integer},
          {"closed_by_member_name"}},
         "SELECT id, team_id, gap_kind, gap_key, title, owner_member_id, due_on, status, created_at, done_by, done_at, "
         "closed_by, closed_at, closed_note, closed_member_id, closed_member_name "
         "FROM outreach_items WHERE team_id IN " TEAMS_OF " ORDER BY id"},
        {"team_meeting_settings",
         false,
         {{"team_id", integer}, {"discussion_share_percent", integer}},
         "SELECT team_id, discussion_share_percent FROM team_meeting_settings WHERE team_id IN " TEAMS_OF
         " ORDER BY team_id"},
    };
}

// The teams' meetings and what was recorded in them.
std::vector<SectionQuery> meeting_sections() {
    return {
        {"meetings",
         false,
         {{"id", integer},
          {"team_id", integer},
          {"title"},
          {"goal"},
          {"starts_at", time},
          {"time_zone"},
          {"duration_minutes", integer},
          {"mode"},
          {"location"},
          {"objectives", json},
          {"status"},
          {"minutes", json},
          {"created_at", time},
          {"closed_at", time},
          {"cancelled_at", time}},
         "SELECT id, team_id, title, goal, starts_at, time_zone, duration_minutes, mode, location, objectives, "
         "status, minutes_json, created_at, closed_at, cancelled_at FROM meetings WHERE team_id IN " TEAMS_OF
         " ORDER BY id"},
        {"agenda_items",
         false,
         {{"id", integer},
          {"meeting_id", integer},
          {"position", integer},
          {"title"},
          {"minutes", integer},
          {"kind"},
          {"action_item_id", integer},
          {"outreach_item_id", integer}},
         "SELECT id, meeting_id, position, title, minutes, kind, action_item_id, outreach_item_id FROM agenda_items "
         "WHERE meeting_id IN " MEETINGS_OF " ORDER BY meeting_id, position"},
        {"meeting_attendance",
         false,
         {{"meeting_id", integer}, {"member_id", integer}, {"status"}, {"recorded_at", time}},
         "SELECT meeting_id, member_id, status, recorded_at FROM meeting_attendance WHERE meeting_id IN " MEETINGS_OF
         " ORDER BY meeting_id, member_id"},
        {"meeting_notes",
         false,
         {{"id", integer},
          {"meeting_id", integer},
          {"agenda_item_id", integer},
          {"author_name"},
          {"body"},
          {"updated_at", time}},
         "SELECT id, meeting_id, agenda_item_id, author_name, body, updated_at FROM meeting_notes "
         "WHERE meeting_id IN " MEETINGS_OF " ORDER BY id"},
        {"meeting_decisions",
         false,
         {{"id", integer},
          {"meeting_id", integer},
          {"agenda_item_id", integer},
          {"body"},
          {"created_at", time},
          {"updated_at", time}},
         "SELECT id, meeting_id, agenda_item_id, body, created_at, updated_at FROM meeting_decisions "
         "WHERE meeting_id IN " MEETINGS_OF " ORDER BY id"},
        {"action_items",
         false,
         {{"id", integer},
          {"team_id", integer},
          {"meeting_id", integer},
          {"title"},
          {"owner_member_id", integer},
          {"due_on"},
          {"status"},
          {"done_on"},
          {"created_at", time}},
         "SELECT id, team_id, meeting_id, title, owner_member_id, due_on, status, done_on, created_at "
         "FROM action_items WHERE team_id IN " TEAMS_OF " ORDER BY id"},
        {"minutes_amendments",
         false,
         {{"id", integer}, {"meeting_id", integer}, {"body"}, {"author_name"}, {"created_at", time}},
         "SELECT id, meeting_id, body, author_name, created_at FROM minutes_amendments WHERE meeting_id IN " MEETINGS_OF
         " ORDER BY id"},
    };
}

// The teams' work through the guides.
std::vector<SectionQuery> guide_sections() {
    return {
        {"team_guides",
         false,
         {{"id", integer}, {"team_id", integer}, {"guide_id"}, {"adopted_by_name"}, {"adopted_at", time}},
         "SELECT id, team_id, guide_id, adopted_by_name, adopted_at FROM team_guides WHERE team_id IN " TEAMS_OF
         " ORDER BY id"},
        {"guide_section_states",
         false,
         {{"team_id", integer},
          {"guide_id"},
          {"module_id"},
          {"section_id"},
          {"status"},
          {"changed_by_name"},
          {"changed_at", time}},
         "SELECT team_id, guide_id, module_id, section_id, status, changed_by_name, changed_at "
         "FROM guide_section_states WHERE team_id IN " TEAMS_OF " ORDER BY team_id, guide_id, module_id, section_id"},
        {"guide_answers",
         false,
         {{"id", integer},
          {"team_id", integer},
          {"guide_id"},
          {"module_id"},
          {"section_id"},
          {"item_id"},
          {"body"},
          {"version", integer},
          {"author_name"},
          {"updated_at", time}},
         "SELECT id, team_id, guide_id, module_id, section_id, item_id, body, version, author_name, updated_at "
         "FROM guide_answers WHERE team_id IN " TEAMS_OF " ORDER BY id"},
        {"guide_answer_versions",
         false,
         {{"answer_id", integer}, {"version", integer}, {"body"}, {"author_name"}, {"written_at", time}},
         "SELECT v.answer_id, v.version, v.body, v.author_name, v.written_at FROM guide_answer_versions v "
         "JOIN guide_answers a ON a.id = v.answer_id WHERE a.team_id IN " TEAMS_OF " ORDER BY v.answer_id, v.version"},
        {"guide_entry_states",
         false,
         {{"team_id", integer},
          {"guide_id"},
          {"module_id"},
          {"section_id"},
          {"item_id"},
          {"entry_id"},
          {"checked", flag},
          {"note"},
          {"changed_by_name"},
          {"changed_at", time}},
         "SELECT team_id, guide_id, module_id, section_id, item_id, entry_id, checked, note, changed_by_name, "
         "changed_at FROM guide_entry_states WHERE team_id IN " TEAMS_OF
         " ORDER BY team_id, guide_id, module_id, section_id, item_id, entry_id"},
        {"guide_data_views",
         false,
         {{"id", integer},
          {"team_id", integer},
          {"guide_id"},
          {"module_id"},
          {"section_id"},
          {"org_code"},
          {"indicator"},
          {"year", integer},
          {"note"},
          {"attached_by_name"},
          {"attached_at", time}},
         "SELECT id, team_id, guide_id, module_id, section_id, org_code, indicator, year, note, attached_by_name, "
         "attached_at FROM guide_data_views WHERE team_id IN " TEAMS_OF " ORDER BY id"},
    };
}

// Its student data: settings, imports, counts, shares and mappings; and teacher profiles.
std::vector<SectionQuery> data_sections() {
    return {
        {"data_settings",
         true,
         {{"min_denominator", integer},
          {"under_ratio", real},
          {"over_ratio", real},
          {"suppress_at_most", integer},
          {"offered_languages", json},
          {"version", integer}},
         "SELECT min_denominator, under_ratio, over_ratio, suppress_at_most, offered_languages, version "
         "FROM data_settings WHERE organization_id = ?"},
        {"data_imports",
         false,
         {{"id", integer},
          {"kind"},
          {"year", integer},
          {"filename"},
          {"rows_read", integer},
          {"counts_stored", integer},
          {"summary", json},
          {"created_by_name"},
          {"created_at", time}},
         "SELECT id, kind, year, filename, rows_read, counts_stored, summary, created_by_name, created_at "
         "FROM data_imports WHERE organization_id = ? ORDER BY id"},
        {"indicator_counts",
         false,
         {{"org_code"},
          {"year", integer},
          {"indicator"},
          {"direction"},
          {"group"},
          {"denominator", integer},
          {"numerator", integer}},
         "SELECT org_code, year, indicator, direction, group_code, denominator, numerator FROM indicator_counts "
         "WHERE district_code = (SELECT cds_code FROM organizations WHERE id = ?) "
         "ORDER BY indicator, year, org_code, group_code"},
        {"data_shares",
         false,
         {{"indicator"}, {"year", integer}, {"shared_by_name"}, {"shared_at", time}},
         "SELECT indicator, year, shared_by_name, shared_at FROM data_shares WHERE organization_id = ? "
         "ORDER BY indicator, year"},
        {"column_mappings",
         false,
         {{"id", integer}, {"name"}, {"mapping", json}, {"version", integer}, {"updated_at", time}},
         "SELECT id, name, mapping, version, updated_at FROM column_mappings WHERE organization_id = ? ORDER BY id"},
        {"teacher_profiles",
         false,
         {{"id", integer},
          {"user_id", integer},
          {"source"},
          {"name"},
          {"credentials", json},
          {"years_experience", integer},
          {"languages", json},
          {"grade_spans", json},
          {"program_types", json},
          {"learning_needs", json},
          {"professional_organizations", json},
          {"updated_at", time}},
         "SELECT id, user_id, source, name, credentials, years_experience, languages, grade_spans, program_types, "
         "learning_needs, professional_organizations, updated_at FROM teacher_profiles WHERE organization_id = ? "
         "ORDER BY id"},
    };
}

// What was done in it, by whom.
std::vector<SectionQuery> audit_sections() {
    return {
        {"audit_events",
         false,
         {{"id", integer},
          {"user_id", integer},
          {"user_name"},
          {"action"},
          {"detail", json},
          {"client_address"},
          {"created_at", time}},
         "SELECT id, user_id, user_name, action, detail, client_address, created_at FROM audit_events "
         "WHERE organization_id = ? ORDER BY id DESC"},
    };
}

// Every section, in the order the records list them.
const std::vector<SectionQuery>& section_queries() {
    static const std::vector<SectionQuery> queries = [] {
        std::vector<SectionQuery> all;
        for (auto part : {organization_sections(), team_sections(), meeting_sections(), guide_sections(),
                          improvement_sections(), library_sections(), data_sections(), audit_sections()})
            std::ranges::move(part, std::back_inserter(all));
        return all;
    }();
    return queries;
}

#undef TEAMS_OF
#undef MEETINGS_OF

}  // namespace

std::vector<RecordSection> organization_records(Connection& db, std::int64_t organization_id) {
    std::vector<RecordSection> out;
    for (const auto& q : section_queries()) {
        out.push_back({q.name, q.single, q.columns, db.query(q.sql, {organization_id})});
    }
    return out;
}

DeletedStudentData delete_student_data(Connection& db, std::int64_t organization_id, const std::string& district_code) {
    DeletedStudentData deleted;
    deleted.guide_data_views = db.execute("DELETE FROM guide_data_views WHERE organization_id = ?", {organization_id});
    deleted.data_shares = db.execute("DELETE FROM data_shares WHERE organization_id = ?", {organization_id});
    deleted.indicator_counts =
        db.execute("DELETE FROM indicator_counts WHERE district_code = ?", {district_code}) +
        db.execute("DELETE FROM indicator_unknown_counts WHERE district_code = ?", {district_code});
    deleted.data_imports = db.execute("DELETE FROM data_imports WHERE organization_id = ?", {organization_id});
    return deleted;
}

}  // namespace trellis::store
