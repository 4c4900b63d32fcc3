#include "trellis/actions/data_analysis.hpp"

#include <algorithm>

#include "trellis/analytics/suppression.hpp"
#include "trellis/store/student_data.hpp"

namespace trellis::actions {

namespace {

analytics::IndicatorAnalysis analyze_year(const std::string& indicator, const store::IndicatorYearCounts& counts,
                                          const AnalysisQuery& query) {
    auto full = analytics::analyze_indicator(indicator, counts.direction, counts.groups, query.settings);
    auto out = query.shared ? analytics::suppress_for_sharing(full, query.settings) : full;
    // The groups the state suppressed are listed as such, not left out (nor counted as zero).
    for (const auto& u : counts.unknown) out.groups.push_back(analytics::unknown_group_analysis(u, query.shared));
    std::stable_sort(out.groups.begin(), out.groups.end(), [](const auto& a, const auto& b) {
        return analytics::group_rank(a.group) < analytics::group_rank(b.group);
    });
    return out;
}

}  // namespace

std::vector<IndicatorReport> analyze_organization(store::Connection& db, const AnalysisQuery& query) {
    std::vector<std::string> indicators;
    if (query.indicator) {
        indicators.push_back(*query.indicator);
    } else {
        for (const auto& s : store::district_indicators(db, store::district_of(query.org_code)))
            indicators.push_back(s.indicator);
    }
    std::vector<IndicatorReport> out;
    for (const auto& indicator : indicators) {
        const auto years = store::indicator_counts(db, query.org_code, indicator);
        // The year reported: the one asked for, else the latest stored (the latest shared, in a shared view
        // that previews nothing). A trend ends there.
        const store::IndicatorYearCounts* chosen = nullptr;
        for (const auto& y : years) {
            if (query.year && y.year > *query.year) continue;
            if (query.shared && !query.preview_unshared && !query.shared_years.contains({indicator, y.year})) continue;
            chosen = &y;
        }
        if (chosen == nullptr || (query.year && chosen->year != *query.year)) continue;
        std::vector<analytics::YearAnalysis> history;
        for (const auto& y : years) {
            if (y.year > chosen->year) break;  // oldest first
            const bool in_view = !query.shared || &y == chosen || query.shared_years.contains({indicator, y.year});
            if (in_view) history.push_back({y.year, analyze_year(indicator, y, query)});
        }
        IndicatorReport report;
        report.year = chosen->year;
        report.analysis = history.back().analysis;
        report.trends = analytics::trends(history);
        out.push_back(std::move(report));
    }
    return out;
}

}  // namespace trellis::actions
