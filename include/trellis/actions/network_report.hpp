#pragma once
// The network report for leadership and funders (issue 14): the network dashboard's districts, teams and stages, with
// what happened in a date range: meetings held and their rhythm, follow-through on the items due in the range,
// coaching received and hours used against each agreement. Built on the dashboard, so each caller gets exactly the
// dashboard's view: a team that shares nothing with the network is not in it at all, not even counted in its
// district's figures (a district with one team would otherwise give that team's figures away); a team that shares
// something but not its progress is named without figures; a member district's staff see only teams that also share
// with their peers, and no agreements.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/actions/network_dashboard.hpp"
#include "trellis/domain/report_range.hpp"
#include "trellis/store/network_highlights.hpp"

namespace trellis::actions {

// A team's figures for the range, from what it shares as `progress`.
struct RangeFigures {
    int held = 0;  // closed meetings that started in the range
    std::optional<double> median_days_between;
    domain::FollowThrough follow_through;  // the action items due in the range, as they stand today
    std::int64_t coaching_minutes = 0;     // entries dated in the range that served the team, each in full
};

struct NetworkReportTeam {
    store::NetworkTeam team;
    std::optional<GuidePosition> guide;   // today; only with progress shared
    std::optional<RangeFigures> figures;  // only with progress shared
    int outreach_open = 0;
};

struct NetworkReportDistrict {
    std::int64_t organization_id = 0;
    std::string organization_name;
    std::string role;
    int teams_sharing = 0;
    int teams_sharing_progress = 0;
    int meetings_held = 0;
    int items_due = 0;
    int done_on_time = 0;
    int done_late = 0;
    int open = 0;
    std::int64_t coaching_minutes = 0;  // each entry that served its teams once
};

struct NetworkReportAgreement {
    AgreementTotals totals;  // as of today, as on the agreement's page
    std::int64_t used_in_range_minutes = 0;
};

struct NetworkReport {
    std::int64_t network_id = 0;
    std::string network_name;
    domain::ReportRange range;
    std::string today;
    bool in_full = true;
    std::vector<NetworkReportDistrict> districts;
    std::vector<NetworkReportTeam> teams;
    std::vector<NetworkReportAgreement> agreements;   // only in full
    std::vector<store::NetworkHighlight> highlights;  // the facilitator's, dated in the range; only in full
};

// The route's guard asked the policy (network_progress read); a bad range is a validation failure naming the fields.
Result<NetworkReport> network_report(const Caller& caller, std::int64_t network_id, const std::string& from,
                                     const std::string& to, const std::vector<guides::Guide>& guides);

}  // namespace trellis::actions
