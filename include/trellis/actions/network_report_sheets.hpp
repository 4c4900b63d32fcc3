#pragma once
// The network report (network_report.hpp) as the sheets of one workbook: Districts, Teams and, for a caller who reads
// the network in full, Agreement hours. Typed cells; words in the caller's language (domain/report_export_text).
#include <vector>

#include "trellis/actions/network_report.hpp"
#include "trellis/domain/server_text.hpp"
#include "trellis/sheets/sheet.hpp"

namespace trellis::actions {

std::vector<sheets::Sheet> network_report_sheets(const NetworkReport& report, domain::Language language);

}  // namespace trellis::actions
