#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

// Issue 15: the World Languages team's participants, a Spanish-speaking family representative (Carmen Delgado)
// and a student representative (Diego Ruiz), invited by the team's lead and accepted through the invitation
// actions, each owning an action item of the team's first meeting; the student's is done.
void add_demo_participants(store::Connection& db, std::int64_t world_languages_team, std::int64_t organization_id,
                           std::int64_t lead_user, std::int64_t now);

}  // namespace trellis::app
