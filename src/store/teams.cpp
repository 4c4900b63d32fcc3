#include "trellis/store/teams.hpp"

#include <map>

#include "store/string_list.hpp"
#include "trellis/domain/zoned_time.hpp"
#include "trellis/store/relationships.hpp"
#include "trellis/store/team_page.hpp"

namespace trellis::store {

namespace {

// The team's zone (column 6, with the organization's codes in 7 and 8 for its default) and its representation
// template (issue 17): its own choice (9), else `mentor` when its organization is an active mentor in any network,
// else `peer` (10).
#define TRELLIS_TEAM_COLUMNS                                                                                   \
    "SELECT t.id, t.organization_id, o.name, t.name, t.focus, t.version, t.time_zone, o.cds_code, o.nces_id, " \
    "t.representation_template, "                                                                              \
    "CASE WHEN EXISTS (SELECT 1 FROM network_members nm WHERE nm.organization_id = t.organization_id AND "     \
    "nm.role = 'mentor' AND nm.status = 'active') THEN 'mentor' ELSE 'peer' END"
#define TRELLIS_TEAM_FROM " FROM teams t JOIN organizations o ON o.id = t.organization_id "
constexpr const char* kTeamSelect = TRELLIS_TEAM_COLUMNS TRELLIS_TEAM_FROM;
// The same teams with the caller's relationship to each (columns 11 and 12: the team role, the organization role).
constexpr const char* kTeamWithRelationshipSelect = TRELLIS_TEAM_COLUMNS
    ", tm.role, om.role" TRELLIS_TEAM_FROM
    "LEFT JOIN team_members tm ON tm.team_id = t.id AND tm.user_id = ? "
    "LEFT JOIN organization_members om ON om.organization_id = t.organization_id AND om.user_id = ? ";
constexpr const char* kTeamWithGradeSpansSelect = TRELLIS_TEAM_COLUMNS ", o.grade_spans" TRELLIS_TEAM_FROM;
#undef TRELLIS_TEAM_COLUMNS
#undef TRELLIS_TEAM_FROM

Team read_team(const Row& row) {
    Team team{row.integer(0), row.integer(1), row.text(2), row.text(3), row.text(4), row.integer(5)};
    team.time_zone_setting = row.optional_text(6);
    team.time_zone =
        team.time_zone_setting.value_or(domain::organization_time_zone(row.optional_text(7), row.optional_text(8)));
    team.own_representation_template = row.optional_text(9);
    team.representation_template = team.own_representation_template.value_or(row.text(10));
    return team;
}

std::vector<Team> read_teams(const Rows& rows) {
    std::vector<Team> out;
    for (const auto& row : rows) out.push_back(read_team(row));
    return out;
}

constexpr const char* kMemberSelect =
    "SELECT id, team_id, user_id, name, email, role, content_areas, grade_spans, skills, version "
    "FROM team_members ";

Member read_member(const Row& row) {
    Member m;
    m.id = row.integer(0);
    m.team_id = row.integer(1);
    m.user_id = row.optional_integer(2);
    m.name = row.text(3);
    m.email = row.text(4);
    m.role = row.text(5);
    m.content_areas = decode_string_list(row.text(6));
    m.grade_spans = decode_string_list(row.text(7));
    m.skills = decode_string_list(row.text(8));
    m.version = row.integer(9);
    return m;
}

// Fills each member's perspectives in catalogue order with one query.
void attach_perspectives(Connection& db, std::vector<Member>& members, std::int64_t team_id) {
    std::map<std::int64_t, Member*> by_id;
    for (auto& m : members) by_id[m.id] = &m;
    for (const auto& row : db.query("SELECT mp.member_id, mp.perspective_key FROM member_perspectives mp "
                                    "JOIN team_members tm ON tm.id = mp.member_id "
                                    "JOIN perspectives p ON p.perspective_key = mp.perspective_key "
                                    "WHERE tm.team_id = ? ORDER BY p.position",
                                    {team_id})) {
        if (auto it = by_id.find(row.integer(0)); it != by_id.end()) it->second->perspectives.push_back(row.text(1));
    }
}

void write_perspectives(Connection& db, const Member& member) {
    db.execute("DELETE FROM member_perspectives WHERE member_id = ?", {member.id});
    for (const auto& key : member.perspectives) {
        db.execute("INSERT INTO member_perspectives (member_id, perspective_key) VALUES (?, ?)", {member.id, key});
    }
}

}  // namespace

std::optional<Team> find_team(Connection& db, std::int64_t id) {
    const auto row = db.query_one(std::string(kTeamSelect) + "WHERE t.id = ?", {id});
    if (!row) return std::nullopt;
    return read_team(*row);
}

std::optional<TeamWithGradeSpans> find_team_with_grade_spans(Connection& db, std::int64_t team_id) {
    // The team's columns first, as read_team expects them; the organization's grade spans after them (column 11).
    const auto row = db.query_one(std::string(kTeamWithGradeSpansSelect) + "WHERE t.id = ?", {team_id});
    if (!row) return std::nullopt;
    return TeamWithGradeSpans{read_team(*row), decode_string_list(row->text(11))};
}

std::vector<Team> visible_teams(Connection& db, std::int64_t user_id, bool site_admin) {
    // The candidates are every team the person has any tie to (a seat, or any role in its organization), each
    // with the relationship the policy reads; the policy, not this query, decides which of them are readable.
    const auto rows = db.query(std::string(kTeamWithRelationshipSelect) +
                                   "WHERE ? = 1 OR tm.role IS NOT NULL OR om.role IS NOT NULL "
                                   "ORDER BY o.name, t.name, t.id",
                               {user_id, user_id, site_admin ? 1 : 0});
    std::vector<Team> out;
    for (const auto& row : rows) {
        auth::Relationship r{
            .exists = true, .organization_role = row.optional_text(12), .team_role = row.optional_text(11)};
        if (readable_by(user_id, site_admin, auth::ResourceKind::team, r)) out.push_back(read_team(row));
    }
    return out;
}

std::vector<Team> organization_teams(Connection& db, std::int64_t organization_id) {
    return read_teams(
        db.query(std::string(kTeamSelect) + "WHERE t.organization_id = ? ORDER BY t.name, t.id", {organization_id}));
}

std::int64_t insert_team(Connection& db, std::int64_t organization_id, const std::string& name,
                         const std::string& focus, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO teams (organization_id, name, focus, created_at) VALUES (?, ?, ?, ?) RETURNING id",
        {organization_id, name, focus, now});
}

bool update_team(Connection& db, const Team& team) {
    const Param zone = team.time_zone_setting ? Param{*team.time_zone_setting} : Param{nullptr};
    const Param own = team.own_representation_template ? Param{*team.own_representation_template} : Param{nullptr};
    return db.execute(
               "UPDATE teams SET name = ?, focus = ?, time_zone = ?, representation_template = ?, version = version + "
               "1 "
               "WHERE id = ? AND version = ?",
               {team.name, team.focus, zone, own, team.id, team.version}) == 1;
}

std::vector<Member> team_members(Connection& db, std::int64_t team_id) {
    // The members and their perspectives in one statement (the team page asks this on every load, and on
    // PostgreSQL each statement is a round trip): a member comes once per perspective, in catalogue order, or once
    // with no key. A key no longer in the catalogue reads as NULL and is skipped, as before.
    std::vector<Member> members;
    for (const auto& row : db.query(
             "SELECT tm.id, tm.team_id, tm.user_id, tm.name, tm.email, tm.role, tm.content_areas, tm.grade_spans, "
             "tm.skills, tm.version, p.perspective_key FROM team_members tm "
             "LEFT JOIN member_perspectives mp ON mp.member_id = tm.id "
             "LEFT JOIN perspectives p ON p.perspective_key = mp.perspective_key "
             "WHERE tm.team_id = ? ORDER BY CASE tm.role WHEN 'lead' THEN 0 ELSE 1 END, tm.name, tm.id, p.position",
             {team_id})) {
        if (members.empty() || members.back().id != row.integer(0)) members.push_back(read_member(row));
        if (auto key = row.optional_text(10)) members.back().perspectives.push_back(std::move(*key));
    }
    return members;
}

std::optional<Member> find_member(Connection& db, std::int64_t team_id, std::int64_t member_id) {
    const auto row = db.query_one(std::string(kMemberSelect) + "WHERE team_id = ? AND id = ?", {team_id, member_id});
    if (!row) return std::nullopt;
    std::vector<Member> one{read_member(*row)};
    attach_perspectives(db, one, team_id);
    return one.front();
}

std::optional<Member> find_member_by_email(Connection& db, std::int64_t team_id, const std::string& email) {
    const auto row = db.query_one(std::string(kMemberSelect) + "WHERE team_id = ? AND email = ?", {team_id, email});
    if (!row) return std::nullopt;
    return find_member(db, team_id, row->integer(0));
}

std::int64_t insert_member(Connection& db, const Member& member, std::int64_t now) {
    Member stored = member;
    stored.id = db.insert_returning_id(
        "INSERT INTO team_members (team_id, user_id, name, email, role, content_areas, grade_spans, skills, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {member.team_id, param_or_null(member.user_id), member.name, member.email, member.role,
         encode_string_list(member.content_areas), encode_string_list(member.grade_spans),
         encode_string_list(member.skills), now});
    write_perspectives(db, stored);
    return stored.id;
}

bool update_member(Connection& db, const Member& member) {
    const auto changed = db.execute(
        "UPDATE team_members SET name = ?, email = ?, role = ?, content_areas = ?, grade_spans = ?, skills = ?, "
        "version = version + 1 WHERE id = ? AND team_id = ? AND version = ?",
        {member.name, member.email, member.role, encode_string_list(member.content_areas),
         encode_string_list(member.grade_spans), encode_string_list(member.skills), member.id, member.team_id,
         member.version});
    if (changed != 1) return false;
    write_perspectives(db, member);
    return true;
}

bool delete_member(Connection& db, std::int64_t team_id, std::int64_t member_id) {
    return db.execute("DELETE FROM team_members WHERE team_id = ? AND id = ?", {team_id, member_id}) > 0;
}

std::optional<Member> find_member_by_user(Connection& db, std::int64_t team_id, std::int64_t user_id) {
    const auto row =
        db.query_one("SELECT id FROM team_members WHERE team_id = ? AND user_id = ? ORDER BY id", {team_id, user_id});
    if (!row) return std::nullopt;
    return find_member(db, team_id, row->integer(0));
}

bool link_member_to_user(Connection& db, std::int64_t member_id, std::int64_t user_id, const std::string& role) {
    return db.execute(
               "UPDATE team_members SET user_id = ?, role = ?, version = version + 1 "
               "WHERE id = ? AND user_id IS NULL",
               {user_id, role, member_id}) == 1;
}

std::vector<Perspective> perspective_catalogue(Connection& db) {
    std::vector<Perspective> out;
    for (const auto& row : db.query("SELECT perspective_key, label_en, label_es FROM perspectives ORDER BY position")) {
        out.push_back({row.text(0), row.text(1), row.text(2)});
    }
    return out;
}

void insert_perspective(Connection& db, const Perspective& perspective) {
    db.execute(
        "INSERT INTO perspectives (perspective_key, label_en, label_es, position) "
        "VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM perspectives))",
        {perspective.key, perspective.label_en, perspective.label_es});
}

namespace {

constexpr const char* kOutreachSelect =
    "SELECT o.id, o.team_id, o.gap_kind, o.gap_key, o.title, o.owner_member_id, o.due_on, o.status, o.created_at, "
    "o.version, o.done_by, o.done_at, o.closed_by, o.closed_at, o.closed_note, o.closed_member_id, "
    "o.closed_member_name, du.name, cu.name, tm.name, tm.email, t.name "
    "FROM outreach_items o JOIN teams t ON t.id = o.team_id "
    "LEFT JOIN team_members tm ON tm.id = o.owner_member_id "
    "LEFT JOIN users du ON du.id = o.done_by LEFT JOIN users cu ON cu.id = o.closed_by ";
// Dated items soonest first, undated last, on both engines (they order NULLs differently).
constexpr const char* kOutreachByDue = "ORDER BY CASE WHEN o.due_on IS NULL THEN 1 ELSE 0 END, o.due_on, t.name, o.id";

std::vector<OutreachItem> read_outreach(const Rows& rows) {
    std::vector<OutreachItem> out;
    for (const auto& row : rows) {
        OutreachItem o;
        o.id = row.integer(0);
        o.team_id = row.integer(1);
        o.gap_kind = row.text(2);
        o.gap_key = row.text(3);
        o.title = row.text(4);
        o.owner_member_id = row.optional_integer(5);
        o.due_on = row.optional_text(6);
        o.status = row.text(7);
        o.created_at = row.integer(8);
        o.version = row.integer(9);
        o.done_by = row.optional_integer(10);
        o.done_at = row.optional_integer(11);
        o.closed_by = row.optional_integer(12);
        o.closed_at = row.optional_integer(13);
        o.closed_note = row.optional_text(14);
        o.closed_member_id = row.optional_integer(15);
        o.closed_member_name = row.optional_text(16);
        o.done_by_name = row.optional_text(17);
        o.closed_by_name = row.optional_text(18);
        o.owner_name = row.optional_text(19);
        o.owner_email = row.optional_text(20);
        o.team_name = row.text(21);
        out.push_back(std::move(o));
    }
    return out;
}

}  // namespace

std::vector<OutreachItem> outreach_items(Connection& db, std::int64_t team_id) {
    return read_outreach(db.query(std::string(kOutreachSelect) + "WHERE o.team_id = ? ORDER BY o.id", {team_id}));
}

std::int64_t insert_outreach_item(Connection& db, const OutreachItem& item, std::int64_t created_by, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO outreach_items (team_id, gap_kind, gap_key, title, owner_member_id, due_on, status, "
        "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id",
        {item.team_id, item.gap_kind, item.gap_key, item.title, param_or_null(item.owner_member_id),
         param_or_null(item.due_on), created_by, now});
}

std::optional<OutreachItem> find_outreach_item(Connection& db, std::int64_t team_id, std::int64_t item_id) {
    auto found =
        read_outreach(db.query(std::string(kOutreachSelect) + "WHERE o.team_id = ? AND o.id = ?", {team_id, item_id}));
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

bool update_outreach_item(Connection& db, const OutreachItem& item) {
    return db.execute(
               "UPDATE outreach_items SET owner_member_id = ?, due_on = ?, status = ?, done_by = ?, done_at = ?, "
               "closed_by = ?, closed_at = ?, closed_note = ?, closed_member_id = ?, closed_member_name = ?, "
               "version = version + 1 WHERE id = ? AND team_id = ? AND version = ?",
               {param_or_null(item.owner_member_id), param_or_null(item.due_on), item.status,
                param_or_null(item.done_by), param_or_null(item.done_at), param_or_null(item.closed_by),
                param_or_null(item.closed_at), param_or_null(item.closed_note), param_or_null(item.closed_member_id),
                param_or_null(item.closed_member_name), item.id, item.team_id, item.version}) == 1;
}

std::vector<OutreachItem> user_open_outreach_items(Connection& db, std::int64_t user_id) {
    return read_outreach(db.query(
        std::string(kOutreachSelect) + "WHERE o.status = 'open' AND tm.user_id = ? " + kOutreachByDue, {user_id}));
}

std::vector<OutreachItem> all_open_dated_outreach_items(Connection& db) {
    return read_outreach(db.query(std::string(kOutreachSelect) +
                                  "WHERE o.status = 'open' AND o.due_on IS NOT NULL AND tm.email IS NOT NULL " +
                                  kOutreachByDue));
}

}  // namespace trellis::store
