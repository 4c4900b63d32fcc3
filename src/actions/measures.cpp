#include "trellis/actions/measures.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "trellis/domain/follow_through.hpp"

namespace trellis::actions {

namespace {

MeasureView view_of(store::Measure measure, std::vector<store::MeasurePoint> points) {
    std::vector<domain::RunPoint> series;
    series.reserve(points.size());
    for (const auto& p : points) series.push_back({p.date, p.value});
    std::optional<std::size_t> baseline;
    if (measure.baseline_points) baseline = static_cast<std::size_t>(*measure.baseline_points);
    auto chart = domain::analyse_run_chart(series, baseline);
    return {std::move(measure), std::move(points), std::move(chart)};
}

std::vector<domain::SignalRule> rules_broken(const domain::RunChartAnalysis& chart) {
    std::vector<domain::SignalRule> rules;
    for (const auto& s : chart.signals)
        if (std::find(rules.begin(), rules.end(), s.rule) == rules.end()) rules.push_back(s.rule);
    return rules;
}

Outcome check_baseline(std::optional<std::int64_t> baseline_points) {
    if (baseline_points && (*baseline_points < 1 || *baseline_points > kMaxBaselinePoints))
        return invalid("baseline_points", fmt::format("must be from 1 to {} points", kMaxBaselinePoints));
    return {};
}

Outcome check_point(const store::MeasurePoint& point) {
    if (!domain::date_to_days(point.date)) return invalid("date", "must be a calendar date written YYYY-MM-DD");
    if (!std::isfinite(point.value)) return invalid("value", "must be a finite number");
    return {};
}

}  // namespace

Result<MeasureView> create_measure(const Caller& caller, store::Measure draft) {
    if (draft.direction != "higher_is_better" && draft.direction != "lower_is_better")
        return invalid("direction", "must be higher_is_better or lower_is_better");
    if (auto checked = check_baseline(draft.baseline_points); !checked) return std::unexpected(checked.error());
    draft.created_by_name = caller.principal.name;
    draft.created_at = caller.now;
    draft.id = store::insert_measure(caller.db, draft, caller.principal.user_id);
    return view_of(std::move(draft), {});
}

Result<MeasureView> measure_view(const Caller& caller, std::int64_t measure_id) {
    auto measure = store::find_measure(caller.db, measure_id);
    if (!measure) return fail(FailureKind::not_found, fmt::format("measure {}", measure_id));
    return view_of(std::move(*measure), store::measure_points(caller.db, measure_id));
}

Result<MeasureView> add_measure_point(const Caller& caller, std::int64_t measure_id, const store::MeasurePoint& point) {
    if (auto checked = check_point(point); !checked) return std::unexpected(checked.error());
    if (!store::find_measure(caller.db, measure_id))
        return fail(FailureKind::not_found, fmt::format("measure {}", measure_id));
    if (store::has_point_on(caller.db, measure_id, point.date))
        return fail(FailureKind::conflict,
                    fmt::format("date: measure {} already has a point for {}", measure_id, point.date));
    store::insert_measure_point(caller.db, measure_id, point, caller.principal.user_id, caller.now);
    return measure_view(caller, measure_id);
}

Result<MeasureView> correct_measure_point(const Caller& caller, std::int64_t measure_id,
                                          const store::MeasurePoint& point) {
    if (auto checked = check_point(point); !checked) return std::unexpected(checked.error());
    if (!store::update_measure_point(caller.db, measure_id, point))
        return fail(FailureKind::not_found, fmt::format("a point for {} in measure {}", point.date, measure_id));
    return measure_view(caller, measure_id);
}

Result<MeasureView> remove_measure_point(const Caller& caller, std::int64_t measure_id, const std::string& date) {
    if (!store::delete_measure_point(caller.db, measure_id, date))
        return fail(FailureKind::not_found, fmt::format("a point for {} in measure {}", date, measure_id));
    return measure_view(caller, measure_id);
}

Result<MeasureView> set_measure_baseline(const Caller& caller, std::int64_t measure_id,
                                         std::optional<std::int64_t> baseline_points, std::int64_t version) {
    if (auto checked = check_baseline(baseline_points); !checked) return std::unexpected(checked.error());
    if (!store::set_measure_baseline(caller.db, measure_id, baseline_points, version))
        return fail(FailureKind::stale_edit, fmt::format("measure {}", measure_id));
    return measure_view(caller, measure_id);
}

std::vector<MeasureSummary> team_measure_summaries(const Caller& caller, std::int64_t team_id) {
    std::vector<MeasureSummary> out;
    for (auto& measure : store::team_measures(caller.db, team_id)) {
        auto points = store::measure_points(caller.db, measure.id);
        auto view = view_of(std::move(measure), std::move(points));
        MeasureSummary summary{view.measure, view.points.size(), std::nullopt, rules_broken(view.chart)};
        if (!view.points.empty()) summary.latest = view.points.back();
        out.push_back(std::move(summary));
    }
    return out;
}

}  // namespace trellis::actions
