#pragma once
// The California School Dashboard's downloadable indicator files (suspension rate, chronic absenteeism), read
// as the state publishes them: tab-delimited with a header row, read by column name (extra and reordered
// columns are fine), one row per school, district or the state (`rtype` S, D, X) and student group. Only the
// rows of one district (`rtype` D, `cds` = its code) are kept, so a statewide file streams through in bounded
// memory. The current columns are the counts of `year`, the prior columns those of `year - 1`; a cell the state
// suppressed (blank or `*`) is an unknown count, never a zero.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trellis/analytics/csv_reader.hpp"
#include "trellis/analytics/indicators.hpp"

namespace trellis::analytics {

// "suspension" or "chronic_absence", from a download's file name as the state names them ("suspdownload2024.txt",
// "chronicdownload2024.txt", "Suspension Rate 2024.txt", "chronicabsenteeism_2024.tsv"); nullopt when it says
// neither.
std::optional<std::string> dashboard_indicator_from_filename(std::string_view filename);

// The indicator names this reader takes, both lower is better.
bool is_dashboard_indicator(std::string_view indicator);

// A Dashboard file's header: it names `cds`, `rtype` and `studentgroup` (the other columns are checked when the
// file is read, so a missing one is named rather than the file going unrecognised).
bool is_dashboard_header(std::string_view first_line);

struct DashboardImportRequest {
    std::string org_code;  // the district's 14-digit CDS code
    int year = 0;          // the reporting school year's first calendar year
    std::string indicator;
};

struct DashboardImportResult {
    std::vector<CsvProblem> problems;  // any problem rejects the whole file
    std::vector<IndicatorCount> counts;
    std::vector<UnknownCount> unknown;        // groups with a suppressed numerator or denominator
    std::int64_t rows_read = 0;               // data rows (the header not counted)
    std::int64_t rows_taken = 0;              // the district's own rows
    std::int64_t suppressed_cells = 0;        // blank or `*` count cells among the rows taken
    std::vector<std::string> ignored_groups;  // student groups of the rows taken that Trellis does not keep
};

DashboardImportResult import_dashboard(const ByteSource& source, const DashboardImportRequest& request);

}  // namespace trellis::analytics
