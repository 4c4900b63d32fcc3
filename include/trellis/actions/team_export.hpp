#pragma once
// A team's records as spreadsheet sheets (issue 13, "Export"): the XLSX workbook holds every sheet, and each
// sheet is also a CSV download by its key. Sheets come in groups built from one read of the records (the
// measures group: "measures", "points", "signals"); a new group (the plan, the self-assessments) is one
// function added to the table in team_export.cpp. Headers and words follow the caller's language.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/sheets/sheet.hpp"

namespace trellis::actions {

struct TeamExport {
    std::string team_name;
    std::vector<sheets::Sheet> sheets;
};

// The keys of the team's sheets, in workbook order: "measures", "points", "signals".
std::vector<std::string_view> team_export_sheet_keys();

// Every sheet, for the workbook. not_found when there is no such team or the caller may not read it (the
// route's guard already asked the policy; this asks again so no other caller can skip it).
Result<TeamExport> team_export(const Caller& caller, std::int64_t team_id);

// The one sheet of `key` (its rows as the workbook has them); not_found naming the known keys for another key.
Result<TeamExport> team_export_sheet(const Caller& caller, std::int64_t team_id, std::string_view key);

}  // namespace trellis::actions
