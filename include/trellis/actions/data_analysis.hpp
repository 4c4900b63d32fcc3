#pragma once
// The analysis of one organization's stored counts, as the API, the CLI and exports give it: per indicator
// the equity analysis of every group (analytics/equity), suppressed for sharing when asked
// (analytics/suppression), with trends across the years stored. Its JSON and CSV shapes: api/data_reports.hpp.
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "trellis/analytics/equity.hpp"
#include "trellis/store/database.hpp"

namespace trellis::actions {

struct AnalysisQuery {
    std::string org_code;                  // district or school CDS code
    std::optional<int> year;               // nullopt: the latest year stored for each indicator
    std::optional<std::string> indicator;  // nullopt: every indicator of the org
    bool shared = false;                   // the suppressed view that may leave the district
    // The shared view holds only the indicator-years the district shared, in its trends too: it never shows a
    // rate of a year the district kept to itself. The district's own people may preview the year they chose
    // as it would look once shared (`preview_unshared`); partners are only ever let in to a shared year.
    std::set<std::pair<std::string, int>> shared_years;  // (indicator, year)
    bool preview_unshared = false;
    analytics::AnalysisSettings settings;
};

struct IndicatorReport {
    int year = 0;
    analytics::IndicatorAnalysis analysis;
    std::vector<analytics::GroupTrend> trends;  // shared: built from suppressed years
};

std::vector<IndicatorReport> analyze_organization(store::Connection& db, const AnalysisQuery& query);

}  // namespace trellis::actions
