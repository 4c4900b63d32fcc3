#include "trellis/domain/run_chart.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <map>
#include <random>

using namespace trellis::domain;

namespace {

// Dates d01, d02, ... : only their order and identity matter to the rules.
std::string date_of(std::size_t i) { return (i < 9 ? "d0" : "d") + std::to_string(i + 1); }

std::vector<RunPoint> series(const std::vector<double>& values) {
    std::vector<RunPoint> points;
    for (std::size_t i = 0; i < values.size(); ++i) points.push_back({date_of(i), values[i]});
    return points;
}

std::vector<std::string> dates(std::initializer_list<std::size_t> indices) {
    std::vector<std::string> out;
    for (const auto i : indices) out.push_back(date_of(i));
    return out;
}

// The runs distribution by brute force: every arrangement of n1 "above" and n2 "below" points, equally likely,
// counted exactly. counts[r] = arrangements with r runs.
std::vector<std::uint64_t> brute_force_run_counts(int n1, int n2) {
    const int n = n1 + n2;
    std::vector<std::uint64_t> counts(static_cast<std::size_t>(n) + 1, 0);
    for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
        if (__builtin_popcount(mask) != n1) continue;
        int runs = 1;
        for (int i = 1; i < n; ++i) runs += ((mask >> i) & 1u) != ((mask >> (i - 1)) & 1u);
        counts[static_cast<std::size_t>(runs)] += 1;
    }
    return counts;
}

// The limits from exact integer counts: a tail is "under 2.5%" when 40 * tail count < total, no rounding.
RunsLimits brute_force_limits(int n1, int n2) {
    const auto counts = brute_force_run_counts(n1, n2);
    std::uint64_t total = 0;
    for (const auto c : counts) total += c;
    RunsLimits limits{-1, -1};
    std::uint64_t tail = 0;
    for (std::size_t r = 0; r < counts.size() && limits.lower < 0; ++r) {
        tail += counts[r];
        if (40 * tail >= total) limits.lower = static_cast<int>(r);
    }
    tail = 0;
    for (std::size_t r = counts.size(); r-- > 0 && limits.upper < 0;) {
        tail += counts[r];
        if (40 * tail >= total) limits.upper = static_cast<int>(r);
    }
    return limits;
}

}  // namespace

TEST(RunChart, RuleNamesAreTheApiWords) {
    EXPECT_EQ(rule_name(SignalRule::shift), "shift");
    EXPECT_EQ(rule_name(SignalRule::trend), "trend");
    EXPECT_EQ(rule_name(SignalRule::runs), "runs");
}

TEST(RunChart, MedianOfAllPointsOrOfAFrozenBaseline) {
    const auto points = series({1, 2, 3, 10, 11, 12});
    EXPECT_EQ(run_chart_median(points, std::nullopt), 6.5);
    EXPECT_EQ(run_chart_median(points, 3), 2.0);
    EXPECT_EQ(run_chart_median(points, 4), 2.5);
    EXPECT_EQ(run_chart_median(points, 0), 6.5);                        // no baseline: all points
    EXPECT_EQ(run_chart_median(points, 100), 6.5);                      // longer than the series: all points
    EXPECT_EQ(run_chart_median(series({5, 1, 3}), std::nullopt), 3.0);  // sorted for the median, not by date
    // The frozen median is what the later points are judged against: all six after the baseline are above it.
    const auto frozen = analyse_run_chart(series({4, 5, 6, 9, 9, 9, 9, 9, 9}), 3);
    EXPECT_EQ(frozen.median, 5.0);
    ASSERT_EQ(frozen.signals.size(), 1u);
    EXPECT_EQ(frozen.signals[0].rule, SignalRule::shift);
    EXPECT_EQ(frozen.signals[0].dates, dates({2, 3, 4, 5, 6, 7, 8}));
    EXPECT_TRUE(analyse_run_chart(series({4, 5, 6, 9, 9, 9, 9, 9, 9})).signals.empty());  // median 9
}

TEST(RunChart, EmptyAndSinglePointSeries) {
    const auto empty = analyse_run_chart({});
    EXPECT_FALSE(empty.median);
    EXPECT_TRUE(empty.signals.empty());
    EXPECT_EQ(empty.useful_points, 0);
    EXPECT_EQ(empty.runs.verdict, RunsVerdict::not_enough_points);
    const auto one = analyse_run_chart(series({42}));
    EXPECT_EQ(one.median, 42.0);
    EXPECT_TRUE(one.signals.empty());
    EXPECT_EQ(one.useful_points, 0);  // the only point is the median
    EXPECT_EQ(one.runs.verdict, RunsVerdict::not_enough_points);
    EXPECT_FALSE(one.runs.limits);
}

TEST(RunChart, ShiftOfSixFoundFiveNot) {
    const auto six = find_shifts(series({1, 9, 9, 9, 9, 9, 9, 1}), 5);
    ASSERT_EQ(six.size(), 1u);
    EXPECT_EQ(six[0].rule, SignalRule::shift);
    EXPECT_EQ(six[0].dates, dates({1, 2, 3, 4, 5, 6}));
    EXPECT_TRUE(find_shifts(series({1, 9, 9, 9, 9, 9, 1, 9}), 5).empty());
    // Below the median too, and each maximal shift once (not every window of six inside it).
    const auto two = find_shifts(series({1, 1, 1, 1, 1, 1, 1, 9, 9, 9, 9, 9, 9}), 5);
    ASSERT_EQ(two.size(), 2u);
    EXPECT_EQ(two[0].dates, dates({0, 1, 2, 3, 4, 5, 6}));
    EXPECT_EQ(two[1].dates, dates({7, 8, 9, 10, 11, 12}));
}

TEST(RunChart, PointsOnTheMedianAreSkippedWithoutBreakingAShift) {
    // Five above, two on the median, one more above: six above, the on-median points not among the dates.
    const auto shifts = find_shifts(series({9, 9, 5, 9, 9, 5, 9, 9}), 5);
    ASSERT_EQ(shifts.size(), 1u);
    EXPECT_EQ(shifts[0].dates, dates({0, 1, 3, 4, 6, 7}));
    // Nor do they count: five above with three on the median is no shift.
    EXPECT_TRUE(find_shifts(series({9, 5, 9, 5, 9, 5, 9, 9}), 5).empty());
}

TEST(RunChart, TrendOfFiveFoundFourNot) {
    const auto up = find_trends(series({3, 1, 2, 3, 4, 5, 2}));
    ASSERT_EQ(up.size(), 1u);
    EXPECT_EQ(up[0].rule, SignalRule::trend);
    EXPECT_EQ(up[0].dates, dates({1, 2, 3, 4, 5}));
    EXPECT_TRUE(find_trends(series({3, 1, 2, 3, 4, 2, 3})).empty());
}

TEST(RunChart, UpAndDownTrendsShareTheirTurningPoint) {
    const auto trends = find_trends(series({1, 2, 3, 4, 5, 4, 3, 2, 1}));
    ASSERT_EQ(trends.size(), 2u);
    EXPECT_EQ(trends[0].dates, dates({0, 1, 2, 3, 4}));
    EXPECT_EQ(trends[1].dates, dates({4, 5, 6, 7, 8}));
    const auto down = find_trends(series({9, 8, 7, 6, 5, 4, 7}));
    ASSERT_EQ(down.size(), 1u);
    EXPECT_EQ(down[0].dates, dates({0, 1, 2, 3, 4, 5}));
}

TEST(RunChart, EqualValuesCountOnceNeitherExtendingNorBreaking) {
    // 1,2,2,3,4,5 is a trend of five values; the repeated 2 is inside, so among the dates.
    const auto trend = find_trends(series({1, 2, 2, 3, 4, 5}));
    ASSERT_EQ(trend.size(), 1u);
    EXPECT_EQ(trend[0].dates, dates({0, 1, 2, 3, 4, 5}));
    // Repeats do not extend: 1,2,2,3,3,4 is four values, no trend.
    EXPECT_TRUE(find_trends(series({1, 2, 2, 3, 3, 4})).empty());
    // A plateau at either end gives only the point next to the movement.
    const auto ends = find_trends(series({1, 1, 2, 3, 4, 5, 5}));
    ASSERT_EQ(ends.size(), 1u);
    EXPECT_EQ(ends[0].dates, dates({1, 2, 3, 4, 5}));
    EXPECT_TRUE(find_trends(series({4, 4, 4, 4, 4, 4})).empty());
}

TEST(RunChart, FewerThanTenUsefulPointsIsNotEnough) {
    // Eleven points, two on the median (5): nine useful.
    const auto a = analyse_run_chart(series({1, 9, 1, 9, 5, 5, 1, 9, 1, 9, 9}), std::nullopt);
    EXPECT_EQ(a.median, 5.0);
    EXPECT_EQ(a.useful_points, 9);
    EXPECT_EQ(a.runs.verdict, RunsVerdict::not_enough_points);
    EXPECT_EQ(a.runs.observed, 8);
    EXPECT_FALSE(a.runs.limits);
}

TEST(RunChart, TooFewAndTooManyRunsForTenUsefulPoints) {
    // Five below then five above: two runs, fewer than the lower limit of 3.
    const auto few = analyse_run_chart(series({1, 1, 1, 1, 1, 9, 9, 9, 9, 9}));
    EXPECT_EQ(few.runs.verdict, RunsVerdict::too_few);
    EXPECT_EQ(few.runs.observed, 2);
    ASSERT_EQ(few.signals.size(), 1u);  // five on each side: no shift
    EXPECT_EQ(few.signals[0].rule, SignalRule::runs);
    EXPECT_EQ(few.signals[0].dates.size(), 10u);
    // Alternating: ten runs, more than the upper limit of 9.
    const auto many = analyse_run_chart(series({1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 5}));
    EXPECT_EQ(many.median, 5.0);
    EXPECT_EQ(many.runs.verdict, RunsVerdict::too_many);
    ASSERT_EQ(many.signals.size(), 1u);
    EXPECT_EQ(many.signals[0].dates, dates({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));  // useful points only
    const auto fine = analyse_run_chart(series({1, 1, 9, 9, 1, 9, 1, 1, 9, 9}));
    EXPECT_EQ(fine.runs.verdict, RunsVerdict::expected);
    EXPECT_EQ(fine.runs.observed, 6);
    EXPECT_TRUE(fine.signals.empty());
}

TEST(RunChart, RunsDistributionMatchesBruteForceEnumeration) {
    for (const auto& [n1, n2] : {std::pair{5, 5}, {6, 4}, {4, 6}, {7, 3}, {8, 8}, {10, 10}, {12, 8}}) {
        const auto counts = brute_force_run_counts(n1, n2);
        std::uint64_t total = 0;
        for (const auto c : counts) total += c;
        const auto p = runs_distribution(n1, n2);
        ASSERT_EQ(p.size(), counts.size());
        for (std::size_t r = 0; r < p.size(); ++r) {
            EXPECT_NEAR(static_cast<double>(p[r]), static_cast<double>(counts[r]) / static_cast<double>(total), 1e-12)
                << n1 << "/" << n2 << " r=" << r;
        }
        const auto limits = runs_limits(n1, n2);
        const auto expected = brute_force_limits(n1, n2);
        EXPECT_EQ(limits.lower, expected.lower) << n1 << "/" << n2;
        EXPECT_EQ(limits.upper, expected.upper) << n1 << "/" << n2;
    }
}

TEST(RunChart, PublishedLimitsCheckedByBruteForce) {
    // 10 useful points, 5/5: P(R <= 2) = 2/252 and P(R <= 3) = 10/252, so 3 is the fewest runs that is not
    // too few; by symmetry 9 the most that is not too many. The commonly cited 3 and 9 hold.
    EXPECT_EQ(brute_force_limits(5, 5).lower, 3);
    EXPECT_EQ(brute_force_limits(5, 5).upper, 9);
    EXPECT_EQ(runs_limits(5, 5).lower, 3);
    EXPECT_EQ(runs_limits(5, 5).upper, 9);
    // 20 useful points, 10/10: the commonly cited 6 and 16 do not hold as "expected between" limits.
    // P(R <= 6) = 0.0185 and P(R >= 16) = 0.0185 are both under 2.5%, so 6 runs is too few and 16 too many;
    // P(R <= 7) = P(R >= 15) = 0.0513. 6 and 16 are the critical values (the signals themselves), not limits.
    const auto b = brute_force_limits(10, 10);
    EXPECT_EQ(runs_limits(10, 10).lower, b.lower);
    EXPECT_EQ(runs_limits(10, 10).upper, b.upper);
    EXPECT_EQ(b.lower, 7);
    EXPECT_EQ(b.upper, 15);
}

TEST(RunChart, PropertyDistributionSumsToOneAndLimitsAreOrdered) {
    std::mt19937 rng(20261204);
    std::uniform_int_distribution<int> count(0, 100);
    for (int i = 0; i < 300; ++i) {
        const int n1 = count(rng), n2 = count(rng);
        const auto p = runs_distribution(n1, n2);
        long double sum = 0;
        for (const auto x : p) sum += x;
        EXPECT_NEAR(static_cast<double>(sum), 1.0, 1e-9) << n1 << "/" << n2;
        const auto limits = runs_limits(n1, n2);
        EXPECT_LE(limits.lower, limits.upper) << n1 << "/" << n2;
    }
    long double sum = 0;  // the largest case the page will see
    for (const auto x : runs_distribution(100, 100)) sum += x;
    EXPECT_NEAR(static_cast<double>(sum), 1.0, 1e-9);
}

TEST(RunChart, PropertyShiftsAndTrendsOnRandomSeries) {
    std::mt19937 rng(13);
    std::uniform_int_distribution<int> length(1, 40), value(0, 9);
    std::map<SignalRule, int> seen;  // the properties must have been tried on real signals
    for (int s = 0; s < 400; ++s) {
        std::vector<double> values(static_cast<std::size_t>(length(rng)));
        for (auto& v : values) v = value(rng);
        const auto points = series(values);
        std::map<std::string, double> by_date;
        for (const auto& p : points) by_date[p.date] = p.value;
        const auto a = analyse_run_chart(points);
        ASSERT_TRUE(a.median);
        for (const auto& signal : a.signals) {
            seen[signal.rule] += 1;
            if (signal.rule == SignalRule::shift) {
                ASSERT_GE(signal.dates.size(), kShiftPoints);
                const bool above = by_date[signal.dates[0]] > *a.median;
                for (const auto& d : signal.dates) {
                    EXPECT_NE(by_date[d], *a.median);
                    EXPECT_EQ(by_date[d] > *a.median, above);
                }
            } else if (signal.rule == SignalRule::trend) {
                std::vector<double> distinct;
                for (const auto& d : signal.dates) {
                    if (distinct.empty() || distinct.back() != by_date[d]) distinct.push_back(by_date[d]);
                }
                ASSERT_GE(distinct.size(), kTrendPoints);
                const bool up = distinct[1] > distinct[0];
                for (std::size_t i = 1; i < distinct.size(); ++i) EXPECT_EQ(distinct[i] > distinct[i - 1], up);
            }
        }
    }
    EXPECT_GT(seen[SignalRule::shift], 10);
    EXPECT_GT(seen[SignalRule::trend], 10);
}

TEST(RunChart, PropertyAPointOnTheMedianChangesNoShift) {
    std::mt19937 rng(2026);
    std::uniform_int_distribution<int> length(1, 40), value(0, 9);
    std::size_t shifts = 0;
    for (int s = 0; s < 300; ++s) {
        std::vector<double> values(static_cast<std::size_t>(length(rng)));
        for (auto& v : values) v = value(rng);
        auto points = series(values);
        const double median = *run_chart_median(points, std::nullopt);
        const auto before = find_shifts(points, median);
        shifts += before.size();
        std::uniform_int_distribution<std::size_t> where(0, points.size());
        points.insert(points.begin() + static_cast<std::ptrdiff_t>(where(rng)), RunPoint{"on-median", median});
        EXPECT_EQ(run_chart_median(points, std::nullopt), median);  // adding the median keeps it
        const auto after = find_shifts(points, median);
        ASSERT_EQ(after.size(), before.size());
        for (std::size_t i = 0; i < after.size(); ++i) EXPECT_EQ(after[i].dates, before[i].dates);
    }
    EXPECT_GT(shifts, 10u);
}
