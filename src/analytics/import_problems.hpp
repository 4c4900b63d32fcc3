#pragma once
// The problem list of a file import: at most kMaxImportProblems, after which reading stops. Each problem carries
// its code and params (domain/problem_code.hpp), so the web app can word it in the reader's language.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "trellis/analytics/csv_reader.hpp"
#include "trellis/domain/problem_code.hpp"

namespace trellis::analytics::detail {

inline constexpr std::size_t kMaxImportProblems = 100;

// Lists a problem unless the list is full; false once it is (the reader's handler then stops reading).
inline bool add_problem(std::vector<CsvProblem>& problems, CsvProblem problem) {
    if (problems.size() < kMaxImportProblems) problems.push_back(std::move(problem));
    return problems.size() < kMaxImportProblems;
}

inline bool add_problem(std::vector<CsvProblem>& problems, std::int64_t line, int column, std::string message,
                        const char* code, domain::ProblemParams params = {}) {
    return add_problem(problems, {line, column, std::move(message), code, std::move(params)});
}

// The problem of a field a row must fill: `required` when it is empty, else `code` with the value as read
// (`value`) before the other params.
inline CsvProblem value_problem(std::int64_t line, int column, std::string_view value, std::string message,
                                const char* code, domain::ProblemParams params = {}) {
    if (value.empty()) return {line, column, std::move(message), domain::code::kRequired, {}};
    params.insert(params.begin(), {"value", domain::problem_value(value)});
    return {line, column, std::move(message), code, std::move(params)};
}

// A row with more or fewer fields than the header.
inline CsvProblem field_count_problem(std::int64_t line, std::size_t fields, std::size_t header_fields) {
    return {line,
            0,
            fmt::format("{} fields where the header has {}", fields, header_fields),
            domain::code::kWrongFieldCount,
            {{"count", static_cast<std::int64_t>(fields)}, {"expected", static_cast<std::int64_t>(header_fields)}}};
}

// A header without a column the file needs, named as the file should name it.
inline CsvProblem missing_column_problem(std::int64_t line, std::string name) {
    std::string message = fmt::format("the header has no \"{}\" column", name);
    return {line, 0, std::move(message), domain::code::kMissingColumns, {{"columns", std::vector{std::move(name)}}}};
}

// The CSV reader's own problem (quoting, an oversized field), which ended the reading, listed after the rows'.
inline void add_read_problem(std::vector<CsvProblem>& problems, const CsvResult& read) {
    if (!read.problems.empty() && problems.size() < kMaxImportProblems) problems.push_back(read.problems.front());
}

}  // namespace trellis::analytics::detail
