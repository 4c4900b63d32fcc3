#include "trellis/actions/network_report.hpp"

#include <map>
#include <set>

#include "trellis/actions/team_report.hpp"
#include "trellis/domain/coaching_received.hpp"
#include "trellis/store/network_coaching.hpp"
#include "trellis/store/network_progress.hpp"

namespace trellis::actions {

namespace {

using domain::ReportRange;

// Each listed team's figures for the range, from the network-wide reads (which load only teams sharing progress).
std::map<std::int64_t, RangeFigures> range_figures(const Caller& caller, std::int64_t network_id,
                                                   const std::set<std::int64_t>& teams, const ReportRange& range,
                                                   const std::string& today) {
    std::map<std::int64_t, std::vector<domain::MeetingFacts>> held;
    for (const auto& m : store::network_meetings(caller.db, network_id, "progress")) {
        if (!teams.contains(m.team_id) || m.status != "closed") continue;
        if (m.starts_at && domain::range_contains_time(range, *m.starts_at))
            held[m.team_id].push_back({m.starts_at, m.status});
    }
    std::map<std::int64_t, std::vector<domain::ActionItemFacts>> due;
    for (const auto& a : store::network_action_items(caller.db, network_id)) {
        if (teams.contains(a.team_id) && range.contains(a.due_on))
            due[a.team_id].push_back({a.due_on, a.status, a.done_on, a.carry_overs});
    }
    std::map<std::int64_t, RangeFigures> out;
    for (const auto team : teams) {
        auto& f = out[team];
        f.held = static_cast<int>(held[team].size());
        f.median_days_between = domain::meeting_rhythm(held[team], caller.now).median_days_between;
        f.follow_through = domain::follow_through(due[team], today);
    }
    return out;
}

void add_coaching_in_range(const Caller& caller, std::int64_t network_id, const ReportRange& range,
                           NetworkReport& report, std::map<std::int64_t, RangeFigures>& figures) {
    std::map<std::int64_t, std::int64_t> district_of;
    for (const auto& t : report.teams)
        if (t.figures) district_of[t.team.team_id] = t.team.organization_id;
    std::vector<domain::ServedCoaching> served;
    for (auto& s : store::network_coaching_served(caller.db, network_id))
        if (district_of.contains(s.team_id) && range.contains(s.date)) served.push_back(std::move(s));
    const auto received = domain::coaching_received(served, district_of);
    for (const auto& [team, minutes] : received.team_minutes) figures[team].coaching_minutes = minutes;
    for (auto& d : report.districts) {
        const auto found = received.district_minutes.find(d.organization_id);
        if (found != received.district_minutes.end()) d.coaching_minutes = found->second;
    }
}

std::vector<NetworkReportAgreement> agreements_in(const Caller& caller, std::int64_t network_id,
                                                  std::vector<AgreementTotals> totals, const ReportRange& range) {
    std::map<std::int64_t, std::int64_t> used;
    for (const auto& a : store::network_agreement_hours(caller.db, network_id))
        for (const auto& logged : a.logged)
            if (range.contains(logged.date)) used[a.id] += logged.minutes;
    std::vector<NetworkReportAgreement> out;
    for (auto& t : totals) {
        const auto id = t.id;
        out.push_back({std::move(t), used[id]});
    }
    return out;
}

}  // namespace

Result<NetworkReport> network_report(const Caller& caller, std::int64_t network_id, const std::string& from,
                                     const std::string& to, const std::vector<guides::Guide>& guides) {
    const auto range = report_range(from, to);
    if (!range) return std::unexpected(range.error());
    auto dashboard = network_dashboard(caller, network_id, guides);
    NetworkReport report{.network_id = network_id,
                         .network_name = std::move(dashboard.network_name),
                         .range = *range,
                         .today = dashboard.today,
                         .in_full = dashboard.in_full};
    std::set<std::int64_t> with_progress;
    for (auto& row : dashboard.rows) {
        NetworkReportTeam team{.team = std::move(row.team)};
        if (row.progress) {
            team.guide = row.progress->guide;
            team.outreach_open = row.progress->outreach_open;
            team.figures = RangeFigures{};
            with_progress.insert(team.team.team_id);
        }
        report.teams.push_back(std::move(team));
    }
    auto figures = range_figures(caller, network_id, with_progress, *range, report.today);
    std::map<std::int64_t, std::size_t> district_index;
    for (const auto& d : dashboard.districts) {
        district_index[d.organization_id] = report.districts.size();
        report.districts.push_back({.organization_id = d.organization_id,
                                    .organization_name = d.organization_name,
                                    .role = d.role,
                                    .teams_sharing = d.teams_sharing,
                                    .teams_sharing_progress = d.teams_sharing_progress});
    }
    add_coaching_in_range(caller, network_id, *range, report, figures);
    for (auto& team : report.teams) {
        if (!team.figures) continue;
        team.figures = figures[team.team.team_id];
        auto& d = report.districts[district_index.at(team.team.organization_id)];
        const auto& f = team.figures->follow_through;
        d.meetings_held += team.figures->held;
        d.items_due += f.total;
        d.done_on_time += f.done_on_time;
        d.done_late += f.done_late;
        d.open += f.open;
    }
    if (report.in_full) {
        report.agreements = agreements_in(caller, network_id, std::move(dashboard.agreements), *range);
        // The facilitator writes highlights for leadership and funders; a member district's staff, who see only
        // part of the network, do not get notes written about all of it.
        report.highlights = store::network_highlights(caller.db, network_id, range->from, range->to);
    }
    return report;
}

}  // namespace trellis::actions
