#pragma once
// A team's progress report (team_report.hpp) as the sheets of one workbook: a summary row of every figure, then the
// meetings held, the guides, who is missing, the measures and the coaching received, with typed cells. Words in
// the caller's language (domain/report_export_text).
#include <vector>

#include "trellis/actions/team_report.hpp"
#include "trellis/domain/server_text.hpp"
#include "trellis/sheets/sheet.hpp"

namespace trellis::actions {

std::vector<sheets::Sheet> team_report_sheets(const TeamReport& report, domain::Language language);

}  // namespace trellis::actions
