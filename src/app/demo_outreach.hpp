#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

// Monterey's World Languages team closes its outreach (issue 15): for the elementary grades nobody on the team
// taught, asking the principals for names was marked done by the lead, Elena Martínez, and inviting a teacher
// closed on its own when Marisol Vega, an elementary dual immersion teacher, joined the team. Through the same
// actions as the API. Called right after the team's first members are seated, while elementary is still its gap;
// the perspectives (families, students, special education) are left to other parts of the demo.
void add_demo_outreach(store::Connection& db, std::int64_t world_languages_team, std::int64_t lead_user,
                       std::int64_t now);

}  // namespace trellis::app
