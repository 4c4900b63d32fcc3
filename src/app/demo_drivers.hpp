#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

// Monterey's MTSS team states its problem of practice (foster and homeless youth who enroll mid-year go
// unnoticed), an aim for June 2027 and a driver diagram: two primary drivers, their secondary drivers and change
// ideas, the welcome and check-in meeting among them, linked to the team's chronic absence measure (which
// add_demo_measures must have made first).
void add_demo_drivers(store::Connection& db, std::int64_t mtss_team, std::int64_t lead_user, std::int64_t now);

}  // namespace trellis::app
