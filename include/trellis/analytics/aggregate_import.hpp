#pragma once
// Aggregate indicator files: header `org_code,year,indicator,direction,group,denominator,numerator`, one
// count per row. All rows are checked; any problem rejects the whole file.
#include <vector>

#include "trellis/analytics/csv_reader.hpp"
#include "trellis/analytics/indicators.hpp"

namespace trellis::analytics {

struct AggregateImportResult {
    std::vector<CsvProblem> problems;  // by line and column, at most 100
    std::vector<IndicatorCount> counts;
};

// Checks: the exact header (any order is refused; BOM allowed), 14-digit org_code, year 1990-2100, a valid
// indicator name, direction, a known group code, integers 0 <= numerator <= denominator, no duplicate
// (org_code, year, indicator, group), one direction per indicator.
AggregateImportResult import_aggregate(const ByteSource& source);

}  // namespace trellis::analytics
