#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

// Monterey's MTSS team tracks the monthly chronic absence of its foster and homeless students as a run chart:
// eight months before its first prototype (a weekly check-in with the liaison) and six after, which the chart
// flags as a shift below the median.
void add_demo_measures(store::Connection& db, std::int64_t mtss_team, std::int64_t lead_user, std::int64_t now);

}  // namespace trellis::app
