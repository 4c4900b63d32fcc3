#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

// The World Languages team has adopted Module 0 of the World Languages guide, finished section A (forming the
// team) and recorded who is missing; section B is in progress.
void add_demo_guide_progress(store::Connection& db, std::int64_t world_languages_team, std::int64_t lead_user,
                             std::int64_t now);

}  // namespace trellis::app
