#pragma once
// Student-level imports reduced to counts as the rows stream in: no student identifier is kept, not even in
// memory past the row being read. For each program the result has the indicator `program:<name>` (higher is
// better) per district and per school and per student group: the denominator is the students of the group in
// the grades where the program is offered (the grades it enrolls, or the mapping's program_grades), the
// numerator those enrolled.
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "trellis/analytics/column_mapping.hpp"
#include "trellis/analytics/csv_reader.hpp"
#include "trellis/analytics/indicators.hpp"

namespace trellis::analytics {

struct StudentImportSummary {
    std::int64_t rows = 0;  // data rows read (header excluded)
    std::int64_t districts = 0;
    std::int64_t schools = 0;
    std::vector<std::string> programs;         // sorted
    std::vector<std::string> ignored_columns;  // source headers that were not used (never stored)
};

struct StudentImportResult {
    // Empty `problems` means success; otherwise nothing of `counts` may be kept. Problems carry line and
    // column; at most 100 are collected, then reading stops.
    std::vector<CsvProblem> problems;
    std::vector<IndicatorCount> counts;  // every (org_code, program, group) with denominator > 0
    StudentImportSummary summary;
};

// What a streamed import will hand over, known once the file is counted and before its first count.
struct StudentCountsPlan {
    StudentImportSummary summary;
    std::int64_t counts = 0;
    std::int64_t organizations = 0;  // districts and schools with at least one count
    // Each district (14-digit code, in code order) with the indicators it has counts of: what an import of the
    // file replaces.
    std::vector<std::pair<std::string, std::vector<std::string>>> district_indicators;
    std::vector<std::string> indicators;  // sorted
};

// Streaming the counts: `plan` is called once (return false to take no counts), then `counts` with each
// district's counts in turn (the district's own, then its schools'), so that a statewide file's ~1.8 million
// counts are never all in memory at once. Neither is called when the file has problems.
struct StudentCountsSink {
    std::function<bool(const StudentCountsPlan&)> plan;
    std::function<void(std::span<const IndicatorCount>)> counts;
};

// `year` is stored on every count. `progress` (optional) is called about every 1 MiB with bytes read so far.
StudentImportResult import_students(const ByteSource& source, const ColumnMapping& mapping, int year,
                                    const std::function<void(std::int64_t bytes)>& progress = {});

// The same on a file path, using both cores (the file is read in independent ranges); memory stays bounded.
StudentImportResult import_students_file(const std::string& path, const ColumnMapping& mapping, int year,
                                         const std::function<void(std::int64_t bytes)>& progress = {});
// The same with the counts streamed to `sink` (the result's `counts` stays empty).
StudentImportResult import_students_file(const std::string& path, const ColumnMapping& mapping, int year,
                                         const StudentCountsSink& sink,
                                         const std::function<void(std::int64_t bytes)>& progress = {});

}  // namespace trellis::analytics
