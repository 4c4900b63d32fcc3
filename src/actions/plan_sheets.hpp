#pragma once
// The plan's group of a team's export: "goals" (one row per objective under its goal, with the LCAP priorities, so
// it pastes into a district's LCAP goal/metric tables), "tasks" (owner, due date, status, dependencies by title)
// and "plan" (the vision, the activities by area, the milestones and the barriers with the team's response).
#include <cstdint>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/sheets/sheet.hpp"

namespace trellis::actions {

std::vector<sheets::Sheet> plan_sheets(const Caller& caller, std::int64_t team_id);

}  // namespace trellis::actions
