#pragma once
// A team's measures of improvement (issue 13): starting a measure, adding its dated points, and reading it with
// its run chart (median, shifts, trends, runs) computed from the points at that moment.
#include <optional>
#include <string>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/domain/run_chart.hpp"
#include "trellis/store/measures.hpp"

namespace trellis::actions {

struct MeasureView {
    store::Measure measure;
    std::vector<store::MeasurePoint> points;  // in date order
    domain::RunChartAnalysis chart;
};

struct MeasureSummary {
    store::Measure measure;
    std::size_t point_count = 0;
    std::optional<store::MeasurePoint> latest;
    std::vector<domain::SignalRule> signals;  // each rule the chart breaks, once
};

inline constexpr std::int64_t kMaxBaselinePoints = 1000;

// `draft` comes checked for types and lengths by the caller's parser; this checks the rules (a known direction,
// a non-empty name, a baseline of 1 to 1000 points) and records who started it.
Result<MeasureView> create_measure(const Caller& caller, store::Measure draft);

// not_found when there is no such measure.
Result<MeasureView> measure_view(const Caller& caller, std::int64_t measure_id);

// A point on a valid calendar date with a finite value; a second point for a date is a conflict (the team
// corrects a point, it does not add two for one day).
Result<MeasureView> add_measure_point(const Caller& caller, std::int64_t measure_id, const store::MeasurePoint& point);

// Corrects the point of point.date (its value, note and whether the team judges it astronomical); not_found when
// the measure has no point that day.
Result<MeasureView> correct_measure_point(const Caller& caller, std::int64_t measure_id,
                                          const store::MeasurePoint& point);
Result<MeasureView> remove_measure_point(const Caller& caller, std::int64_t measure_id, const std::string& date);

// Freezes the median on the first `baseline_points` points (nullopt: the median of all points again). A change
// since `version` was read is a stale_edit failure.
Result<MeasureView> set_measure_baseline(const Caller& caller, std::int64_t measure_id,
                                         std::optional<std::int64_t> baseline_points, std::int64_t version);

std::vector<MeasureSummary> team_measure_summaries(const Caller& caller, std::int64_t team_id);

}  // namespace trellis::actions
