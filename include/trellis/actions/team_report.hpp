#pragma once
// A team's progress report for a date range (issue 14): where it stands in its guides, the meetings it held and
// their cadence, follow-through on the action items due in the range, who is still missing from the team and the
// outreach about it, its plan and measures, and the coaching it received. Read by whoever reads the team (the
// route's guard and the action both ask the policy); on screen as JSON, and as a workbook (team_report_sheets).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/network_progress.hpp"
#include "trellis/domain/report_range.hpp"
#include "trellis/guides/guide.hpp"
#include "trellis/guides/progress.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {

struct ReportGuide {
    const guides::Guide* guide = nullptr;
    guides::ProgressSummary summary;  // as of today
    int completed_in_range = 0;       // sections whose status became complete in the range (and still is)
};

struct ReportMeeting {
    std::int64_t id = 0;
    std::string title;
    std::int64_t starts_at = 0;
};

struct ReportMeetings {
    std::vector<ReportMeeting> held;  // closed meetings that started in the range, oldest first
    int cancelled = 0;                // cancelled meetings that were to start in the range
    // Median whole days between consecutive held meetings of the range; null with fewer than two.
    std::optional<double> median_days_between;
};

struct ReportOutreach {
    std::vector<store::Perspective> missing;       // perspectives, as the team page shows them today
    std::vector<std::string> grade_spans_missing;  // today
    int open = 0;                                  // outreach items open today
    int opened_in_range = 0;
    int resolved_in_range = 0;  // marked done or closed in the range
};

struct ReportPlan {
    int goals = 0;
    int objectives = 0;
    std::map<std::string, int> tasks_by_status;  // every domain::kTaskStatuses key, today
    int tasks_due_in_range = 0;
    int milestones_due_in_range = 0;
    int milestones_done_due_in_range = 0;
};

struct ReportMeasure {
    std::int64_t id = 0;
    std::string name;
    std::string unit;
    std::string direction;
    int points_in_range = 0;
    std::optional<std::string> first_date, last_date;  // of the points in the range
    std::optional<double> first_value, last_value;
};

struct ReportCoaching {
    int entries = 0;  // coaching-log entries dated in the range that served the team
    std::int64_t minutes = 0;
    std::map<std::string, std::int64_t> minutes_by_kind;
};

struct TeamReport {
    std::int64_t team_id = 0;
    std::string team_name;
    std::string organization_name;
    domain::ReportRange range;
    std::string today;
    std::vector<ReportGuide> guides;  // adoption order
    ReportMeetings meetings;
    domain::FollowThrough follow_through;  // the action items due in the range, as they stand today
    ReportOutreach outreach;
    ReportPlan plan;
    std::vector<ReportMeasure> measures;  // newest first, as on the measures page
    ReportCoaching coaching;
};

// not_found unless the caller may read the team; validation naming `from` and `to` for a bad range.
Result<TeamReport> team_report(const Caller& caller, std::int64_t team_id, const std::string& from,
                               const std::string& to, const std::vector<guides::Guide>& guides);

// A checked range or the validation failure naming each field at fault (shared with the network report).
Result<domain::ReportRange> report_range(const std::string& from, const std::string& to);

}  // namespace trellis::actions
