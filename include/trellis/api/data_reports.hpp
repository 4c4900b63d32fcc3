#pragma once
// The JSON and CSV shapes of an organization's analysis (actions/data_analysis.hpp), once for the API and
// `trellis data analyze`.
#include <boost/json/value.hpp>

#include <string>
#include <vector>

#include "trellis/actions/data_analysis.hpp"

namespace trellis::api {

boost::json::value group_json(const analytics::GroupAnalysis& group);
boost::json::value report_json(const actions::AnalysisQuery& query,
                               const std::vector<actions::IndicatorReport>& reports);
// One row per indicator and group: org_code, year, indicator, direction, group, denominator, numerator, rate,
// others_rate, rate_ratio, population_share, numerator_share, flag, suppressed. Empty cells for hidden values.
std::string report_csv(const actions::AnalysisQuery& query, const std::vector<actions::IndicatorReport>& reports);

}  // namespace trellis::api
