#pragma once
// The network dashboard as sheets (issue 11), for its CSV and XLSX: the teams (the page's rows and columns, the
// stage column split into guide, stage, section and sections complete), the district totals and each agreement's
// hours by kind, in the caller's language. A team that does not share its progress has its name and district
// only; a team that shares nothing is not in the dashboard at all.
#include <string>
#include <vector>

#include "trellis/actions/network_dashboard.hpp"
#include "trellis/sheets/sheet.hpp"

namespace trellis::actions {

struct DashboardSheets {
    std::string network_name;
    std::string today;
    sheets::Sheet teams;  // the CSV
    sheets::Sheet districts;
    sheets::Sheet agreements;
};

// The caller's right to read it is the route guard's (network_progress), as for the dashboard.
DashboardSheets network_dashboard_sheets(const Caller& caller, std::int64_t network_id,
                                         const std::vector<guides::Guide>& guides);

}  // namespace trellis::actions
