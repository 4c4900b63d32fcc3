#pragma once
// An agreement's coaching log (issue 11): each engagement with its teams served, its coaches and the next steps it
// proposed to each team. Every query on an entry names its agreement too, so an entry id under another agreement's
// path is not found. Writes of an edited entry succeed only at the version read.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/agreements.hpp"
#include "trellis/store/database.hpp"

namespace trellis::store {

struct ServedTeam {
    std::int64_t id = 0;
    std::string name;               // read only
    std::string organization_name;  // read only
};

struct CoachingNextStep {
    std::int64_t id = 0;
    std::int64_t entry_id = 0;
    std::int64_t team_id = 0;
    std::string title;
    std::optional<std::int64_t> owner_member_id;
    std::string owner_name;  // read only
    std::string due_on;
    std::string status = "proposed";  // proposed | accepted | declined
    std::optional<std::int64_t> action_item_id;
};

struct CoachingEntry {
    std::int64_t id = 0;
    std::int64_t agreement_id = 0;
    std::string date;
    std::string kind;
    std::int64_t minutes = 0;
    std::string focus;
    std::string guide_section;
    std::string notes;
    std::string people_served;
    std::optional<std::string> follow_up_on;
    std::vector<ServedTeam> teams;
    std::vector<NamedRef> coaches;  // users
    std::vector<CoachingNextStep> next_steps;
    NamedRef created_by;
    std::int64_t created_at = 0;
    std::int64_t version = 1;
};

// Newest date first, then newest id.
std::vector<CoachingEntry> agreement_entries(Connection& db, std::int64_t agreement_id);
std::optional<CoachingEntry> find_entry(Connection& db, std::int64_t agreement_id, std::int64_t entry_id);
// With its teams, coaches and next steps (created_by is the caller's id and name).
std::int64_t insert_entry(Connection& db, const CoachingEntry& e, std::int64_t now);
// Only at `e.version`: the fields, teams and coaches replaced; the proposed next steps replaced by e's (those a team
// already answered stay). False when another write came first.
bool update_entry(Connection& db, const CoachingEntry& e);
bool delete_entry(Connection& db, std::int64_t agreement_id, std::int64_t entry_id);

// The rules' lookups: a team of one of the agreement's peer organizations; a member row of a team.
bool team_of_peer(Connection& db, std::int64_t agreement_id, std::int64_t team_id);

// The teams a coach may serve under the agreement (those team_of_peer accepts), with their members' names for the
// next steps' owners: by organization, then team name.
struct ServedTeamChoice {
    std::int64_t team_id = 0;
    std::string team_name;
    std::int64_t organization_id = 0;
    std::string organization_name;
    std::vector<std::pair<std::int64_t, std::string>> members;  // member row id, name
};
std::vector<ServedTeamChoice> served_team_choices(Connection& db, std::int64_t agreement_id);
bool is_team_member_row(Connection& db, std::int64_t team_id, std::int64_t member_id);

// The served team's side: the entries that served the team (newest first), one of its next steps (found only with
// the team's id), and the team's answer to it, only while it is proposed (false when it was answered already).
std::vector<CoachingEntry> team_entries(Connection& db, std::int64_t team_id);
std::optional<CoachingNextStep> find_team_next_step(Connection& db, std::int64_t team_id, std::int64_t step_id);
bool answer_next_step(Connection& db, std::int64_t step_id, const std::string& status,
                      std::optional<std::int64_t> action_item_id, const std::string& decline_reason, std::int64_t by,
                      std::int64_t now);

// Who gets the hours warning: the facilitator organization's admins, and the mentor organization's liaison (its
// admins when it has none). Address and name, without duplicates.
std::vector<std::pair<std::string, std::string>> hours_warning_recipients(Connection& db, const Agreement& a);

}  // namespace trellis::store
