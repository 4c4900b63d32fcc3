#pragma once
// The problem list of a file import: at most kMaxImportProblems, after which reading stops.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "trellis/analytics/csv_reader.hpp"

namespace trellis::analytics::detail {

inline constexpr std::size_t kMaxImportProblems = 100;

// Lists a problem unless the list is full; false once it is (the reader's handler then stops reading).
inline bool add_problem(std::vector<CsvProblem>& problems, std::int64_t line, int column, std::string message) {
    if (problems.size() < kMaxImportProblems) problems.push_back({line, column, std::move(message)});
    return problems.size() < kMaxImportProblems;
}

// The CSV reader's own problem (quoting, an oversized field), which ended the reading, listed after the rows'.
inline void add_read_problem(std::vector<CsvProblem>& problems, const CsvResult& read) {
    if (!read.problems.empty() && problems.size() < kMaxImportProblems) problems.push_back(read.problems.front());
}

}  // namespace trellis::analytics::detail
