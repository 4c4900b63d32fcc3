#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

// Monterey's World Languages team has done the guide's section E: a vision in two versions, two goals (LCAP
// priorities tagged), objectives with baselines and targets (one on a measure of the team), activities and tasks
// across the plan areas with owners, due dates and statuses (one blocked, one overdue, a chain of dependencies),
// a task promoted from its first meeting's action item, a milestone coming up, and a barrier with its response.
// Called after add_demo_meetings, whose action items it promotes from.
void add_demo_plan(store::Connection& db, std::int64_t world_languages_team, std::int64_t lead_user, std::int64_t now);

}  // namespace trellis::app
