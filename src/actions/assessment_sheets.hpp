#pragma once
// The self-assessments' group of a team's export: "assessments" (one row per rated area per self-assessment, the
// rating as a number and in the scale's words, the evidence) and "criteria" (per self-assessment, each "fully
// implemented" criterion with its threshold, what was observed and whether it was met).
#include <cstdint>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/sheets/sheet.hpp"

namespace trellis::actions {

std::vector<sheets::Sheet> assessment_sheets(const Caller& caller, std::int64_t team_id);

}  // namespace trellis::actions
