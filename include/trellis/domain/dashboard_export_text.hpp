#pragma once
// The words of the network dashboard's export (issue 11): sheet names and headers, in English and Spanish, the
// same as the page's columns (web/src/locales, "dashboard").
#include <string_view>

#include "trellis/domain/server_text.hpp"

namespace trellis::domain {

struct DashboardSheetText {
    std::string_view file;  // the file name's word: "<network> <file> <date>.csv"
    std::string_view teams_sheet;
    std::string_view team, district, guide, stage, section, sections_complete, held, last, next, cadence, on_time, late,
        carried, overdue, outreach, hours_received;
    std::string_view districts_sheet;
    std::string_view role, teams_sharing, teams_sharing_progress;
    std::string_view agreements_sheet;
    std::string_view agreement, status, kind, purchased, used, left, used_share, warning, all_kinds;
    std::string_view mentor, peer, draft, active, ended;
};

const DashboardSheetText& dashboard_sheet_text(Language language);

}  // namespace trellis::domain
