#pragma once
// The measures group of a team's export: "measures" (one row per measure with its median, latest point and
// signals in words), "points" (every point of every measure) and "signals" (one row per signal).
#include <cstdint>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/sheets/sheet.hpp"

namespace trellis::actions {

std::vector<sheets::Sheet> measure_sheets(const Caller& caller, std::int64_t team_id);

}  // namespace trellis::actions
