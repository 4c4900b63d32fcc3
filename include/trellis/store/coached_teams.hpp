#pragma once
// A mentor coach's peer teams (issue 11, the coach's home page): the teams of the peer organizations of every
// agreement that names the coach and has not ended, with the coach's own last engagement with each, and what
// changed in each team since a moment. The changes are read only for a team that shares its progress with the
// network (the action decides; these queries read what they are asked).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct CoachedTeam {
    std::int64_t team_id = 0;
    std::string team_name;
    std::int64_t organization_id = 0;
    std::string organization_name;
    std::int64_t network_id = 0;
    std::int64_t agreement_id = 0;  // the newest agreement (by start) that covers the team
    std::string agreement_title;
    std::string agreement_starts_on;
    std::optional<std::string> last_engagement_on;  // the coach's latest entry serving the team, any agreement
    std::string last_engagement_kind;
    bool shares_progress = false;
};
// By district name, then team name.
std::vector<CoachedTeam> coached_teams(Connection& db, std::int64_t coach_user_id);

struct TeamChanges {
    int meetings_held = 0;  // closed since
    int action_items_added = 0;
    int action_items_done = 0;
    int sections_completed = 0;  // guide sections marked complete since
    int open_overdue = 0;        // now, not since: what needs attention
};
// Since `since` (Unix seconds); overdue against `today` (YYYY-MM-DD).
TeamChanges team_changes_since(Connection& db, std::int64_t team_id, std::int64_t since, const std::string& today);

struct NextStepAnswers {
    int accepted = 0;  // answered since
    int declined = 0;
    int waiting = 0;  // still proposed, whenever proposed
};
NextStepAnswers next_step_answers_since(Connection& db, std::int64_t team_id, std::int64_t since);

}  // namespace trellis::store
