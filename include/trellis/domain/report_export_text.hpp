#pragma once
// The words of the reports' workbooks (issue 14): sheet names and headers in English and Spanish, the same as the
// report pages' (web/src/locales, "reports").
#include <string_view>

#include "trellis/domain/server_text.hpp"

namespace trellis::domain {

struct ReportSheetText {
    std::string_view file;  // "<team> <file> <from> <to>.xlsx"
    std::string_view summary_sheet;
    std::string_view team, from, to, meetings_held, cancelled, cadence, items_due, done_on_time, done_late, open,
        overdue, on_time_share, missing, grade_spans_missing, outreach_open, outreach_resolved, goals, objectives,
        tasks_done, tasks_open, milestones_due, milestones_done, coaching_entries, coaching_hours;
    std::string_view meetings_sheet, meeting, date;
    std::string_view guides_sheet, guide, sections, complete, in_progress, not_started, completed_in_range, current;
    std::string_view measures_sheet, measure, unit, points, first_date, first_value, last_date, last_value;
    std::string_view coaching_sheet, kind, hours;
    std::string_view gaps_sheet, perspective;
    // The network report's sheets.
    std::string_view districts_sheet, district, role, teams_sharing, teams_sharing_progress, mentor, peer;
    std::string_view teams_sheet, stage, section;
    std::string_view agreements_sheet, agreement, status, purchased, used, used_in_range, left;
    std::string_view highlights_sheet, highlight, written_by;
};

const ReportSheetText& report_sheet_text(Language language);

}  // namespace trellis::domain
