#include "trellis/analytics/equity.hpp"

#include <algorithm>
#include <map>

namespace trellis::analytics {

namespace {

// a / b as a double with a single rounding (so an exact ratio of 4/5 compares equal to the literal 0.8).
// Callers guarantee b > 0.
double quotient(__int128 a, __int128 b) {
    // Exact in double up to 2^53; the counts of a school system are far below that.
    return static_cast<double>(a) / static_cast<double>(b);
}

GroupAnalysis analyze_group(const GroupCount& g, const GroupCount* all, Direction direction,
                            const AnalysisSettings& settings) {
    GroupAnalysis out;
    out.group = g.group;
    out.denominator = g.denominator;
    out.numerator = g.numerator;
    if (g.denominator > 0) out.rate = quotient(g.numerator, g.denominator);

    const bool is_all = g.group == "ALL";
    if (all != nullptr) {
        if (all->denominator > 0) out.population_share = quotient(g.denominator, all->denominator);
        if (all->numerator > 0) out.numerator_share = quotient(g.numerator, all->numerator);
        if (!is_all) {
            const std::int64_t others_den = all->denominator - g.denominator;
            const std::int64_t others_num = all->numerator - g.numerator;
            // A negative complement means inconsistent counts (a group larger than ALL): undefined.
            if (others_den > 0 && others_num >= 0) {
                out.others_rate = quotient(others_num, others_den);
                // rate / others_rate = (num_g * others_den) / (den_g * others_num), from the counts in one step.
                if (out.rate && others_num > 0) {
                    out.rate_ratio = quotient(static_cast<__int128>(g.numerator) * others_den,
                                              static_cast<__int128>(g.denominator) * others_num);
                }
            }
        }
    }

    if (g.denominator < settings.min_denominator) {
        out.flag = Flag::small_n;
    } else if (out.rate_ratio) {
        if (direction == Direction::higher_is_better && *out.rate_ratio < settings.under_ratio) out.flag = Flag::under;
        if (direction == Direction::lower_is_better && *out.rate_ratio > settings.over_ratio) out.flag = Flag::over;
    }
    return out;
}

}  // namespace

std::string_view to_string(Flag flag) {
    switch (flag) {
        case Flag::none:
            return "none";
        case Flag::under:
            return "under";
        case Flag::over:
            return "over";
        case Flag::small_n:
            return "small_n";
        case Flag::suppressed:
            return "suppressed";
        case Flag::suppressed_by_state:
            return "suppressed_by_state";
    }
    return "none";
}

GroupAnalysis unknown_group_analysis(const UnknownCount& unknown, bool shared) {
    GroupAnalysis out;
    out.group = unknown.group;
    if (!shared) {
        out.denominator = unknown.denominator;
        out.numerator = unknown.numerator;
    }
    out.flag = Flag::suppressed_by_state;
    out.suppressed = shared && (unknown.denominator || unknown.numerator);
    return out;
}

IndicatorAnalysis analyze_indicator(std::string_view indicator, Direction direction,
                                    const std::vector<GroupCount>& groups, const AnalysisSettings& settings) {
    IndicatorAnalysis out;
    out.indicator = std::string(indicator);
    out.direction = direction;
    out.groups.reserve(groups.size());

    const auto all_it =
        std::find_if(groups.begin(), groups.end(), [](const GroupCount& g) { return g.group == "ALL"; });
    const GroupCount* all = all_it == groups.end() ? nullptr : &*all_it;
    if (all != nullptr) out.groups.push_back(analyze_group(*all, all, direction, settings));
    for (const auto& g : groups) {
        if (&g == all) continue;
        out.groups.push_back(analyze_group(g, all, direction, settings));
    }
    return out;
}

std::vector<GroupTrend> trends(const std::vector<YearAnalysis>& years) {
    std::vector<const YearAnalysis*> ordered;
    ordered.reserve(years.size());
    for (const auto& y : years) ordered.push_back(&y);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const YearAnalysis* a, const YearAnalysis* b) { return a->year < b->year; });

    std::vector<GroupTrend> out;
    std::map<std::string, std::size_t, std::less<>> index;  // group -> position in out (first appearance)
    for (const YearAnalysis* y : ordered) {
        for (const auto& g : y->analysis.groups) {
            auto [it, inserted] = index.try_emplace(g.group, out.size());
            if (inserted) out.push_back(GroupTrend{g.group, {}, std::nullopt});
            out[it->second].points.push_back(TrendPoint{y->year, g});
        }
    }
    for (auto& trend : out) {
        if (trend.points.size() < 2) continue;
        const auto& first = trend.points.front().value.rate;
        const auto& last = trend.points.back().value.rate;
        if (first && last) trend.rate_change = *last - *first;
    }
    return out;
}

}  // namespace trellis::analytics
