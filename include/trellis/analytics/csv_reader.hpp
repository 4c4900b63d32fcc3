#pragma once
// The streaming CSV/TSV reader (RFC 4180 quoting, UTF-8 with or without BOM, CRLF or LF). Written here rather
// than taken from a library because it is the hot loop of the statewide import: it hands out fields as views
// into its buffer with no allocation per row. Memory is bounded by the chunk size, whatever the file size.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "trellis/domain/problem_code.hpp"

namespace trellis::analytics {

struct CsvProblem {
    std::int64_t line = 0;  // 1-based physical line where the record starts
    int column = 0;         // 1-based field number, 0 when the whole record is concerned
    std::string message;
    std::string code;  // domain/problem_code.hpp, set where the problem is found; empty: read from the message
    domain::ProblemParams params;  // what the code's sentence needs (the value as read, the other line, a limit)
};

struct CsvOptions {
    // 0: detect from the header line (tab if it holds a tab and no comma outside quotes, else comma).
    char delimiter = 0;
    std::size_t max_field_bytes = 64 * 1024;  // a longer field is a problem, not an allocation
    std::size_t max_fields = 512;
    std::size_t max_record_bytes = 4 * 1024 * 1024;  // bounds the buffer: one record must fit in it
};

// One record: fields are valid only during the callback. `line` is the physical line the record starts on.
// Blank lines (nothing between two line ends) are skipped; a quote inside an unquoted field is kept as text.
struct CsvRecord {
    std::span<const std::string_view> fields;
    std::int64_t line = 0;
};

// Return false from the callback to stop reading.
using CsvRecordHandler = std::function<bool(const CsvRecord&)>;

// Pulls bytes from `read` (returns bytes written into the buffer, 0 at the end, throws on I/O error).
using ByteSource = std::function<std::size_t(char* buffer, std::size_t capacity)>;

struct CsvResult {
    std::int64_t records = 0;  // including the header
    std::int64_t bytes = 0;
    std::int64_t lines = 0;            // physical lines consumed (line terminators, blank lines included)
    std::vector<CsvProblem> problems;  // malformed quoting, oversized field, ...; reading stops at the first
};

// The delimiter rule of CsvOptions::delimiter == 0, applied to the first line (BOM already skipped).
char detect_delimiter(std::string_view first_line);

CsvResult read_csv(const ByteSource& source, const CsvOptions& options, const CsvRecordHandler& on_record);
CsvResult read_csv(std::string_view text, const CsvOptions& options, const CsvRecordHandler& on_record);

}  // namespace trellis::analytics
