#include "trellis/domain/run_chart.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace trellis::domain {

namespace {

// Cumulative probabilities are compared with 2.5% with this slack, so that a tail exactly equal to 2.5% (it
// can happen: the probabilities are ratios of integers) is not called a signal by rounding.
constexpr long double kTieSlack = 1e-12L;

// log C(n, k) through lgamma, so that 200 useful points (C(200, 100) ~ 1e59) stay far from overflow and the
// ratios keep full precision; -inf for an impossible choice, which exp turns into probability 0.
long double log_choose(int n, int k) {
    if (k < 0 || n < 0 || k > n) return -std::numeric_limits<long double>::infinity();
    return std::lgamma(static_cast<long double>(n) + 1) - std::lgamma(static_cast<long double>(k) + 1) -
           std::lgamma(static_cast<long double>(n - k) + 1);
}

// P(R = r) for both counts positive (Wald–Wolfowitz): an even r = 2k splits each side into k runs that
// alternate, starting with either side; an odd r = 2k + 1 has k + 1 runs on the side it starts and ends with.
long double runs_probability(int n1, int n2, int r) {
    const long double total = log_choose(n1 + n2, n1);
    const int k = r / 2;
    if (r % 2 == 0) return 2 * std::exp(log_choose(n1 - 1, k - 1) + log_choose(n2 - 1, k - 1) - total);
    return std::exp(log_choose(n1 - 1, k - 1) + log_choose(n2 - 1, k) - total) +
           std::exp(log_choose(n1 - 1, k) + log_choose(n2 - 1, k - 1) - total);
}

void add_signal(std::vector<Signal>& signals, SignalRule rule, const std::vector<RunPoint>& points,
                const std::vector<std::size_t>& indices) {
    Signal signal{rule, {}};
    for (const auto i : indices) signal.dates.push_back(points[i].date);
    signals.push_back(std::move(signal));
}

// A stretch of consecutive equal values: a trend sees it as one value.
struct EqualGroup {
    std::size_t first = 0;
    std::size_t last = 0;
    double value = 0;
};

std::vector<EqualGroup> equal_groups(const std::vector<RunPoint>& points) {
    std::vector<EqualGroup> groups;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!groups.empty() && groups.back().value == points[i].value) {
            groups.back().last = i;
        } else {
            groups.push_back({i, i, points[i].value});
        }
    }
    return groups;
}

// The trend over groups [from, to]: from the last point of the first value to the first point of the last
// value, so the dates cover the movement itself and not a plateau before or after it.
void add_trend(std::vector<Signal>& signals, const std::vector<RunPoint>& points, const std::vector<EqualGroup>& groups,
               std::size_t from, std::size_t to) {
    if (to - from + 1 < kTrendPoints) return;
    std::vector<std::size_t> indices;
    for (std::size_t i = groups[from].last; i <= groups[to].first; ++i) indices.push_back(i);
    add_signal(signals, SignalRule::trend, points, indices);
}

}  // namespace

std::string_view rule_name(SignalRule rule) {
    switch (rule) {
        case SignalRule::shift:
            return "shift";
        case SignalRule::trend:
            return "trend";
        case SignalRule::runs:
            return "runs";
    }
    return "shift";
}

std::optional<double> run_chart_median(const std::vector<RunPoint>& points,
                                       std::optional<std::size_t> baseline_points) {
    if (points.empty()) return std::nullopt;
    std::size_t count = points.size();
    if (baseline_points && *baseline_points > 0) count = std::min(count, *baseline_points);
    std::vector<double> values;
    for (std::size_t i = 0; i < count; ++i) values.push_back(points[i].value);
    std::sort(values.begin(), values.end());
    const auto mid = values.size() / 2;
    if (values.size() % 2 == 1) return values[mid];
    return (values[mid - 1] + values[mid]) / 2;
}

std::vector<Signal> find_shifts(const std::vector<RunPoint>& points, double median) {
    std::vector<Signal> signals;
    std::vector<std::size_t> run;
    int side = 0;
    const auto close_run = [&] {
        if (run.size() >= kShiftPoints) add_signal(signals, SignalRule::shift, points, run);
        run.clear();
    };
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i].value == median) continue;  // on the median: neither counts nor ends the run
        const int here = points[i].value > median ? 1 : -1;
        if (here != side) close_run();
        side = here;
        run.push_back(i);
    }
    close_run();
    return signals;
}

std::vector<Signal> find_trends(const std::vector<RunPoint>& points) {
    std::vector<Signal> signals;
    const auto groups = equal_groups(points);
    if (groups.empty()) return signals;
    // Consecutive groups always differ, so each step goes up or down; a trend is a maximal stretch of steps
    // in one direction, and the next one starts at its turning point.
    std::size_t start = 0;
    for (std::size_t i = 1; i < groups.size(); ++i) {
        const bool up = groups[i].value > groups[i - 1].value;
        const bool continues = i - 1 > start && up == (groups[i - 1].value > groups[i - 2].value);
        if (!continues) {
            add_trend(signals, points, groups, start, i - 1);
            start = i - 1;
        }
    }
    add_trend(signals, points, groups, start, groups.size() - 1);
    return signals;
}

std::vector<long double> runs_distribution(int above, int below) {
    const int n = above + below;
    std::vector<long double> p(static_cast<std::size_t>(n) + 1, 0.0L);
    if (n == 0) {
        p[0] = 1;
    } else if (above == 0 || below == 0) {
        p[1] = 1;
    } else {
        for (int r = 2; r <= n; ++r) p[static_cast<std::size_t>(r)] = runs_probability(above, below, r);
    }
    return p;
}

RunsLimits runs_limits(int above, int below) {
    const auto p = runs_distribution(above, below);
    const int n = static_cast<int>(p.size()) - 1;
    RunsLimits limits{0, n};
    long double tail = 0;
    for (int r = 0; r <= n; ++r) {
        tail += p[static_cast<std::size_t>(r)];
        if (tail >= kRunsTailRisk - kTieSlack) {
            limits.lower = r;
            break;
        }
    }
    tail = 0;
    for (int r = n; r >= 0; --r) {
        tail += p[static_cast<std::size_t>(r)];
        if (tail >= kRunsTailRisk - kTieSlack) {
            limits.upper = r;
            break;
        }
    }
    return limits;
}

RunsTest runs_test(const std::vector<RunPoint>& points, double median) {
    RunsTest test;
    int side = 0;
    for (const auto& point : points) {
        if (point.value == median) continue;
        const int here = point.value > median ? 1 : -1;
        (here > 0 ? test.above : test.below) += 1;
        if (here != side) test.observed += 1;
        side = here;
    }
    if (test.above + test.below < kRunsMinUsefulPoints) return test;
    // The cumulative probabilities grow with r, so "P(R <= observed) < 2.5%" is "observed below the lower
    // limit", and the same on the upper side.
    test.limits = runs_limits(test.above, test.below);
    test.verdict = test.observed < test.limits->lower   ? RunsVerdict::too_few
                   : test.observed > test.limits->upper ? RunsVerdict::too_many
                                                        : RunsVerdict::expected;
    return test;
}

RunChartAnalysis analyse_run_chart(const std::vector<RunPoint>& points, std::optional<std::size_t> baseline_points) {
    RunChartAnalysis analysis;
    analysis.median = run_chart_median(points, baseline_points);
    if (!analysis.median) return analysis;
    const double median = *analysis.median;
    analysis.signals = find_shifts(points, median);
    for (auto& trend : find_trends(points)) analysis.signals.push_back(std::move(trend));
    analysis.runs = runs_test(points, median);
    analysis.useful_points = analysis.runs.above + analysis.runs.below;
    if (analysis.runs.verdict == RunsVerdict::too_few || analysis.runs.verdict == RunsVerdict::too_many) {
        std::vector<std::size_t> useful;
        for (std::size_t i = 0; i < points.size(); ++i) {
            if (points[i].value != median) useful.push_back(i);
        }
        add_signal(analysis.signals, SignalRule::runs, points, useful);
    }
    return analysis;
}

}  // namespace trellis::domain
