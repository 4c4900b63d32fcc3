#pragma once
// The equity analysis of docs/analysis.md, a pure function. For one organization, year and indicator:
//   rate = numerator / denominator
//   others_rate = (numerator_ALL - numerator_g) / (denominator_ALL - denominator_g)
//   rate_ratio = rate / others_rate                    (nullopt where undefined)
//   population_share = denominator_g / denominator_ALL, numerator_share = numerator_g / numerator_ALL
//   flag: small_n below min_denominator; else under (higher_is_better, ratio < under_ratio),
//         over (lower_is_better, ratio > over_ratio), else none.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trellis/analytics/indicators.hpp"

namespace trellis::analytics {

struct AnalysisSettings {
    std::int64_t min_denominator = 30;
    double under_ratio = 0.8;
    double over_ratio = 1.25;
    std::int64_t suppress_at_most = 10;  // shared views hide counts 1..suppress_at_most
};

// suppressed: hidden in a shared view by our own suppression; suppressed_by_state: a count the publisher
// suppressed (stored as unknown), so no rate exists for the group.
enum class Flag { none, under, over, small_n, suppressed, suppressed_by_state };
std::string_view to_string(Flag flag);

struct GroupCount {
    std::string group;
    std::int64_t denominator = 0;
    std::int64_t numerator = 0;
};

struct GroupAnalysis {
    std::string group;
    std::optional<std::int64_t> denominator, numerator;  // nullopt when suppressed
    std::optional<double> rate, others_rate, rate_ratio, population_share, numerator_share;
    Flag flag = Flag::none;
    bool suppressed = false;  // some value of this group is hidden in a shared view
};

struct IndicatorAnalysis {
    std::string indicator;
    Direction direction = Direction::higher_is_better;
    std::vector<GroupAnalysis> groups;  // ALL first, then the input order
};

// `groups` should contain ALL; without it every share and others_rate is nullopt.
IndicatorAnalysis analyze_indicator(std::string_view indicator, Direction direction,
                                    const std::vector<GroupCount>& groups, const AnalysisSettings& settings);

// A group whose count the publisher suppressed: listed with what was published of it, no rate, the flag
// suppressed_by_state. In a shared view (`shared`) its published denominator is withheld too.
GroupAnalysis unknown_group_analysis(const UnknownCount& unknown, bool shared);

// Trends: the same indicator and group across years, oldest first.
struct TrendPoint {
    int year = 0;
    GroupAnalysis value;
};
struct GroupTrend {
    std::string group;
    std::vector<TrendPoint> points;
    std::optional<double> rate_change;  // last rate - first rate, when both are known (two points or more)
};
struct YearAnalysis {
    int year = 0;
    IndicatorAnalysis analysis;
};
std::vector<GroupTrend> trends(const std::vector<YearAnalysis>& years);

}  // namespace trellis::analytics
