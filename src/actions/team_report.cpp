#include "trellis/actions/team_report.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "trellis/actions/teams.hpp"
#include "trellis/domain/plan.hpp"
#include "trellis/store/coaching_log.hpp"
#include "trellis/store/guide_progress.hpp"
#include "trellis/store/measures.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/plan.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {

namespace {

using domain::ReportRange;

bool in_range(const ReportRange& range, const std::optional<std::string>& date) {
    return date && range.contains(*date);
}

bool time_in_range(const ReportRange& range, const std::optional<std::int64_t>& time) {
    return time && domain::range_contains_time(range, *time);
}

std::vector<ReportGuide> guide_progress(const Caller& caller, std::int64_t team_id, const ReportRange& range,
                                        const std::vector<guides::Guide>& loaded) {
    std::vector<ReportGuide> out;
    for (const auto& adopted : store::team_guides(caller.db, team_id)) {
        const auto guide = std::ranges::find(loaded, adopted.guide_id, &guides::Guide::id);
        if (guide == loaded.end()) continue;  // no longer shipped: nothing to name it by
        ReportGuide report{.guide = &*guide};
        std::map<std::string, guides::SectionStatus> statuses;
        for (const auto& s : store::guide_section_states(caller.db, team_id, guide->id)) {
            const auto status = guides::parse_section_status(s.status);
            if (!status) continue;
            statuses[guides::section_key(s.module_id, s.section_id)] = *status;
            if (*status == guides::SectionStatus::complete && domain::range_contains_time(range, s.changed_at))
                ++report.completed_in_range;
        }
        report.summary = guides::summarize(*guide, statuses);
        out.push_back(std::move(report));
    }
    return out;
}

ReportMeetings meetings_held(const Caller& caller, std::int64_t team_id, const ReportRange& range) {
    ReportMeetings out;
    std::vector<domain::MeetingFacts> held;
    for (const auto& m : store::team_meetings(caller.db, team_id)) {
        if (!time_in_range(range, m.starts_at)) continue;
        if (m.status == "cancelled") ++out.cancelled;
        if (m.status != "closed") continue;
        out.held.push_back({m.id, m.title, *m.starts_at});
        held.push_back({m.starts_at, m.status});
    }
    std::ranges::sort(out.held, {}, &ReportMeeting::starts_at);
    // The network dashboard's cadence rule, over the range's meetings only.
    out.median_days_between = domain::meeting_rhythm(held, caller.now).median_days_between;
    return out;
}

domain::FollowThrough follow_through_in(const Caller& caller, std::int64_t team_id, const ReportRange& range,
                                        const std::string& today) {
    std::vector<domain::ActionItemFacts> due;
    for (const auto& a : store::team_action_items(caller.db, team_id)) {
        if (range.contains(a.due_on)) due.push_back({a.due_on, a.status, a.done_on, a.carry_overs});
    }
    return domain::follow_through(due, today);
}

ReportOutreach outreach_in(const TeamView& view, const ReportRange& range) {
    ReportOutreach out{.grade_spans_missing = view.representation.grade_spans_missing};
    for (const auto& key : view.representation.missing) {
        const auto known = std::ranges::find(view.catalogue, key, &store::Perspective::key);
        out.missing.push_back(known != view.catalogue.end() ? *known : store::Perspective{key, key, key});
    }
    for (const auto& item : view.outreach) {
        if (item.status == "open") ++out.open;
        if (domain::range_contains_time(range, item.created_at)) ++out.opened_in_range;
        const auto resolved_at = item.status == "done" ? item.done_at : item.closed_at;
        if (item.status != "open" && time_in_range(range, resolved_at)) ++out.resolved_in_range;
    }
    return out;
}

ReportPlan plan_in(const Caller& caller, std::int64_t team_id, const ReportRange& range) {
    ReportPlan out;
    out.goals = static_cast<int>(store::team_goals(caller.db, team_id).size());
    out.objectives = static_cast<int>(store::team_objectives(caller.db, team_id).size());
    for (const auto status : domain::kTaskStatuses) out.tasks_by_status[std::string(status)] = 0;
    for (const auto& task : store::team_tasks(caller.db, team_id)) {
        ++out.tasks_by_status[task.status];
        if (in_range(range, task.due_on)) ++out.tasks_due_in_range;
    }
    for (const auto& milestone : store::team_milestones(caller.db, team_id)) {
        if (!range.contains(milestone.due_on)) continue;
        ++out.milestones_due_in_range;
        if (milestone.done) ++out.milestones_done_due_in_range;
    }
    return out;
}

std::vector<ReportMeasure> measures_in(const Caller& caller, std::int64_t team_id, const ReportRange& range) {
    std::vector<ReportMeasure> out;
    for (const auto& m : store::team_measures(caller.db, team_id)) {
        ReportMeasure report{.id = m.id, .name = m.name, .unit = m.unit, .direction = m.direction};
        for (const auto& p : store::measure_points(caller.db, m.id)) {  // in date order
            if (!range.contains(p.date)) continue;
            if (!report.first_date) report.first_date = p.date, report.first_value = p.value;
            report.last_date = p.date;
            report.last_value = p.value;
            ++report.points_in_range;
        }
        out.push_back(std::move(report));
    }
    return out;
}

ReportCoaching coaching_in(const Caller& caller, std::int64_t team_id, const ReportRange& range) {
    ReportCoaching out;
    for (const auto& e : store::team_entries(caller.db, team_id)) {
        if (!range.contains(e.date)) continue;
        ++out.entries;
        out.minutes += e.minutes;  // each entry's full time, as the network dashboard counts coaching received
        out.minutes_by_kind[e.kind] += e.minutes;
    }
    return out;
}

}  // namespace

Result<domain::ReportRange> report_range(const std::string& from, const std::string& to) {
    const auto checked = domain::check_report_range(from, to);
    if (checked.range) return *checked.range;
    FieldProblems problems;
    for (const auto& p : checked.problems) problems.add(p.field, p.message);
    return std::unexpected(problems.outcome().error());
}

Result<TeamReport> team_report(const Caller& caller, std::int64_t team_id, const std::string& from,
                               const std::string& to, const std::vector<guides::Guide>& guides) {
    const auto team = store::find_team(caller.db, team_id);
    if (!team || !may(caller, auth::ResourceKind::team, auth::Action::read, team_id))
        return fail(FailureKind::not_found, fmt::format("team {}", team_id));
    const auto range = report_range(from, to);
    if (!range) return std::unexpected(range.error());
    TeamReport report{.team_id = team_id,
                      .team_name = team->name,
                      .organization_name = team->organization_name,
                      .range = *range,
                      .today = domain::utc_date(caller.now)};
    report.guides = guide_progress(caller, team_id, *range, guides);
    report.meetings = meetings_held(caller, team_id, *range);
    report.follow_through = follow_through_in(caller, team_id, *range, report.today);
    report.outreach = outreach_in(team_view(caller, team_id), *range);
    report.plan = plan_in(caller, team_id, *range);
    report.measures = measures_in(caller, team_id, *range);
    report.coaching = coaching_in(caller, team_id, *range);
    return report;
}

}  // namespace trellis::actions
