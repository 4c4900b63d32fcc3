#pragma once
// The run-chart rules of improvement science as pure functions: the median, shifts, trends and the runs test.
// A team tests changes over time and needs to know whether a series moved for real or is just noise; these
// rules answer that with nothing but the points, no control limits. The runs limits come from the exact
// distribution of the number of runs (Wald–Wolfowitz), computed here, not copied from a table.
// Callers pass the points already sorted by date; dates are carried through to the signals, never parsed.
// Astronomical points are not computed: whether a point is unusual is a judgement the team marks itself.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trellis::domain {

struct RunPoint {
    std::string date;  // YYYY-MM-DD, only reported back
    double value = 0;  // finite
};

enum class SignalRule { shift, trend, runs };

// "shift" | "trend" | "runs", the words the API uses.
std::string_view rule_name(SignalRule rule);

struct Signal {
    SignalRule rule = SignalRule::shift;
    std::vector<std::string> dates;  // the points that make the signal, in series order
};

inline constexpr std::size_t kShiftPoints = 6;        // consecutive points on one side of the median
inline constexpr std::size_t kTrendPoints = 5;        // distinct values all going up or all going down
inline constexpr int kRunsMinUsefulPoints = 10;       // fewer useful points and the runs test says nothing
inline constexpr long double kRunsTailRisk = 0.025L;  // each tail of a 5% two-sided test

// Median of the first `baseline_points` points (the team froze its baseline), or of all points when nullopt,
// 0 or longer than the series. Empty series: nullopt.
std::optional<double> run_chart_median(const std::vector<RunPoint>& points, std::optional<std::size_t> baseline_points);

// Every maximal shift: 6 or more consecutive points above, or below, the median. Points exactly on the
// median are skipped: they neither count nor end the shift, and their dates are not in the signal.
std::vector<Signal> find_shifts(const std::vector<RunPoint>& points, double median);

// Every maximal trend: 5 or more points all going up or all going down. Consecutive equal values count once
// and neither extend nor break a trend. The dates run from the trend's first point to its last, repeated
// values inside included; a repeated value at either end contributes only the point next to the movement
// (for 1,1,2,3,4,5,5 the dates are those of the second 1 up to the first 5). Two trends may share their
// turning point (1..5 up then 5..1 down).
std::vector<Signal> find_trends(const std::vector<RunPoint>& points);

// P(R = r) for r = 0 .. above + below (index r) under random order of `above` points above and `below`
// below the median. Either count 0: R = 1 certainly (R = 0 when both are 0).
std::vector<long double> runs_distribution(int above, int below);

// lower: the smallest number of runs that is not too few, i.e. the smallest r with P(R <= r) >= 2.5%.
// upper: the largest number of runs that is not too many, i.e. the largest r with P(R >= r) >= 2.5%.
// The page says "expected between lower and upper runs".
struct RunsLimits {
    int lower = 0;
    int upper = 0;
};
RunsLimits runs_limits(int above, int below);

enum class RunsVerdict { not_enough_points, expected, too_few, too_many };

struct RunsTest {
    RunsVerdict verdict = RunsVerdict::not_enough_points;
    int observed = 0;  // runs among the useful points
    int above = 0;
    int below = 0;
    std::optional<RunsLimits> limits;  // nullopt when not enough points
};

// Runs among the useful points (those not on the median). Too few: P(R <= observed) < 2.5%; too many:
// P(R >= observed) < 2.5%; under 10 useful points: not enough points.
RunsTest runs_test(const std::vector<RunPoint>& points, double median);

struct RunChartAnalysis {
    std::optional<double> median;  // nullopt for an empty series
    std::vector<Signal> signals;   // shifts, then trends, then the runs signal; each rule in series order
    RunsTest runs;
    int useful_points = 0;  // points not on the median
};

// All of the above for one series. The runs signal, when runs are too few or too many, lists every useful
// point's date.
RunChartAnalysis analyse_run_chart(const std::vector<RunPoint>& points,
                                   std::optional<std::size_t> baseline_points = std::nullopt);

}  // namespace trellis::domain
