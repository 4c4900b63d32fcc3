#pragma once
#include <cstdint>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::app {

// The World Languages team's first meeting (forming the team), closed with minutes and action items (one
// overdue, one done), and its next meeting opening with the open items; a scheduled meeting for each MTSS team.
void add_demo_meetings(store::Connection& db, std::int64_t world_languages_team,
                       const std::vector<std::int64_t>& mtss_teams, std::int64_t lead_user, std::int64_t now);

}  // namespace trellis::app
