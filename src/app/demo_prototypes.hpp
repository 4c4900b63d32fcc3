#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

// Monterey's MTSS team (issue 12, item 7) tests "a welcome and check-in meeting within 3 days of enrollment for
// foster and homeless youth" in two versions, with a PDSA cycle on each: version 1's Act is adapt, which started
// version 2. Both cycles name the team's chronic absence measure (add_demo_measures runs first), so its run chart
// shows where they ran.
void add_demo_prototypes(store::Connection& db, std::int64_t mtss_team, std::int64_t now);

}  // namespace trellis::app
