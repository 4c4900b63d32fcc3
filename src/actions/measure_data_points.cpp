#include "trellis/actions/measure_data_points.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "trellis/analytics/equity.hpp"
#include "trellis/analytics/suppression.hpp"
#include "trellis/domain/export_text.hpp"
#include "trellis/store/guide_data_views.hpp"
#include "trellis/store/student_data.hpp"

namespace trellis::actions {

namespace {

// The group's rate in the suppressed view of one year, or nullopt when that view hides it (or has no such group).
std::optional<double> shown_rate(const store::GuideDataView& view, const store::IndicatorYearCounts& year,
                                 const std::string& group, const analytics::AnalysisSettings& settings) {
    const auto full = analytics::analyze_indicator(view.indicator, year.direction, year.groups, settings);
    const auto shared = analytics::suppress_for_sharing(full, settings);
    const auto at = std::ranges::find(shared.groups, group, &analytics::GroupAnalysis::group);
    if (at == shared.groups.end() || !at->rate) return std::nullopt;
    return *at->rate * 100;
}

Result<DataViewPoints> collect_points(const Caller& caller, const store::GuideDataView& view, const std::string& group,
                                      std::vector<store::MeasurePoint>& points) {
    DataViewPoints out;
    const auto settings = store::data_settings(caller.db, view.organization_id).analysis;
    for (const auto& year : store::indicator_counts(caller.db, view.org_code, view.indicator)) {
        const auto rate = shown_rate(view, year, group, settings);
        if (!rate) {
            out.withheld_years.push_back(year.year);
            continue;
        }
        out.added_years.push_back(year.year);
        points.push_back(
            {school_year_point_date(year.year), *rate,
             domain::data_view_point_note(caller.language, view.indicator, year.year, group, view.org_code)});
    }
    if (points.empty())
        return invalid("group", fmt::format("the data view has no year with a rate of group {} that may be shown "
                                            "(none stored, or every one too small to show)",
                                            group));
    return out;
}

}  // namespace

std::string school_year_point_date(int year) { return fmt::format("{:04}-08-15", year); }

Result<DataViewPoints> add_points_from_data_view(const Caller& caller, std::int64_t measure_id, std::int64_t view_id,
                                                 const std::string& group) {
    const auto measure = store::find_measure(caller.db, measure_id);
    if (!measure) return fail(FailureKind::not_found, fmt::format("measure {}", measure_id));
    const auto view = store::find_data_view(caller.db, measure->team_id, view_id);
    if (!view) return fail(FailureKind::not_found, fmt::format("data view {} of team {}", view_id, measure->team_id));
    if (!may(caller, auth::ResourceKind::student_data, auth::Action::read, view->organization_id))
        return fail(FailureKind::forbidden, "copying a data view into a measure takes the district's full counts");
    std::vector<store::MeasurePoint> points;
    auto collected = collect_points(caller, *view, group, points);
    if (!collected) return collected;
    std::vector<std::string> taken;
    for (const auto& p : points)
        if (store::has_point_on(caller.db, measure_id, p.date)) taken.push_back(p.date);
    if (!taken.empty())
        return fail(FailureKind::conflict, fmt::format("date: measure {} already has points for {}; nothing was added",
                                                       measure_id, fmt::join(taken, ", ")));
    for (const auto& p : points)
        store::insert_measure_point(caller.db, measure_id, p, caller.principal.user_id, caller.now);
    auto read = measure_view(caller, measure_id);
    if (!read) return std::unexpected(read.error());
    collected->measure = std::move(*read);
    return collected;
}

}  // namespace trellis::actions
