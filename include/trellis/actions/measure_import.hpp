#pragma once
// Points of a measure from a spreadsheet: a CSV (or tab-separated) file with a header row naming `date` and
// `value` columns, and optionally `note`. Dates are YYYY-MM-DD or the M/D/YYYY a US spreadsheet writes; values
// may carry a trailing %. The whole file goes in or none of it: every problem is reported by line and column.
#include <string_view>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/actions/measures.hpp"
#include "trellis/analytics/csv_reader.hpp"
#include "trellis/store/measures.hpp"

namespace trellis::actions {

inline constexpr std::size_t kMaxImportedPoints = 5000;

struct ParsedPoints {
    std::vector<store::MeasurePoint> points;
    std::vector<std::int64_t> lines;  // the line each point came from
    std::vector<analytics::CsvProblem> problems;
};

// Reads the file; a date twice in it is a problem on its second line.
ParsedPoints parse_measure_points_csv(std::string_view text);

// Adds every point of the file, or none: a problem in the file, or a date the measure already has a point for,
// is an import_rejected failure naming each line.
Result<MeasureView> import_measure_points(const Caller& caller, std::int64_t measure_id, std::string_view text);

}  // namespace trellis::actions
