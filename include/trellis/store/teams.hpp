#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct Team {
    std::int64_t id = 0;
    std::int64_t organization_id = 0;
    std::string organization_name;
    std::string name;
    std::string focus;
    std::int64_t version = 1;
    // The zone its meetings are planned in: the one chosen (time_zone_setting), else its organization's
    // (domain::organization_time_zone).
    std::string time_zone = "UTC";
    std::optional<std::string> time_zone_setting;
    // Representation expectations (issue 17): the team's own choice (`peer` or `mentor`), or none to follow its
    // organization's role; `representation_template` is the one in force.
    std::optional<std::string> own_representation_template;
    std::string representation_template = "peer";
};

struct Member {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::optional<std::int64_t> user_id;
    std::string name;
    std::string email;
    std::string role;
    std::vector<std::string> perspectives;  // catalogue order
    std::vector<std::string> content_areas;
    std::vector<std::string> grade_spans;
    std::vector<std::string> skills;
    std::int64_t version = 1;
};

struct Perspective {
    std::string key;
    std::string label_en;
    std::string label_es;
};

struct OutreachItem {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string gap_kind;  // perspective | grade_span
    std::string gap_key;
    std::string title;
    std::optional<std::int64_t> owner_member_id;
    std::optional<std::string> due_on;
    std::string status;  // open | done | closed
    std::int64_t created_at = 0;
    std::int64_t version = 1;
    // Marked done by a person: who and when.
    std::optional<std::int64_t> done_by;
    std::optional<std::int64_t> done_at;
    // Closed: by a person (closed_by, with their note), or by the team itself when a member covering the gap joined
    // or had it recorded (closed_member_id and the member's name then, kept should the seat later be removed).
    std::optional<std::int64_t> closed_by;
    std::optional<std::int64_t> closed_at;
    std::optional<std::string> closed_note;
    std::optional<std::int64_t> closed_member_id;
    std::optional<std::string> closed_member_name;
    // Read only, joined: the names behind the ids, the owner's address, the team's name.
    std::optional<std::string> done_by_name;
    std::optional<std::string> closed_by_name;
    std::optional<std::string> owner_name;
    std::optional<std::string> owner_email;
    std::string team_name;
};

std::optional<Team> find_team(Connection& db, std::int64_t id);
// Teams the user is on, plus every team of organizations where they are admin or viewer; all for site admins.
std::vector<Team> visible_teams(Connection& db, std::int64_t user_id, bool site_admin);
std::vector<Team> organization_teams(Connection& db, std::int64_t organization_id);
std::int64_t insert_team(Connection& db, std::int64_t organization_id, const std::string& name,
                         const std::string& focus, std::int64_t now);
bool update_team(Connection& db, const Team& team);  // false when the version is stale

std::vector<Member> team_members(Connection& db, std::int64_t team_id);
std::optional<Member> find_member(Connection& db, std::int64_t team_id, std::int64_t member_id);
std::optional<Member> find_member_by_email(Connection& db, std::int64_t team_id, const std::string& email);
std::int64_t insert_member(Connection& db, const Member& member, std::int64_t now);
bool update_member(Connection& db, const Member& member);  // false when the version is stale
bool delete_member(Connection& db, std::int64_t team_id, std::int64_t member_id);
std::optional<Member> find_member_by_user(Connection& db, std::int64_t team_id, std::int64_t user_id);
// Gives one seat without an account to the account that accepted the team's invitation for it, with the
// invitation's role. The only way a seat gets an account: nothing links seats by e-mail. False when the seat
// already has an account.
bool link_member_to_user(Connection& db, std::int64_t member_id, std::int64_t user_id, const std::string& role);

std::vector<Perspective> perspective_catalogue(Connection& db);
void insert_perspective(Connection& db, const Perspective& perspective);

std::vector<OutreachItem> outreach_items(Connection& db, std::int64_t team_id);
std::int64_t insert_outreach_item(Connection& db, const OutreachItem& item, std::int64_t created_by, std::int64_t now);
std::optional<OutreachItem> find_outreach_item(Connection& db, std::int64_t team_id, std::int64_t item_id);
// Saves owner, due date, status and the done/closed facts; false when the version is stale.
bool update_outreach_item(Connection& db, const OutreachItem& item);
// Open items owned by the user's seats, across teams: dated ones soonest first (so overdue first), then undated.
std::vector<OutreachItem> user_open_outreach_items(Connection& db, std::int64_t user_id);
// Every open item with a due date and an owner who has an address (the daily digest's outreach).
std::vector<OutreachItem> all_open_dated_outreach_items(Connection& db);

}  // namespace trellis::store
