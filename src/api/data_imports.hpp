#pragma once
// Data imports, shared by the HTTP API and `trellis data import`: read the file with the right reader, check
// that every count belongs to the importing district, and store it all in the caller's transaction, or
// nothing (the problems by line and column).
#include <boost/json/object.hpp>

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "trellis/analytics/column_mapping.hpp"
#include "trellis/analytics/csv_reader.hpp"
#include "trellis/store/database.hpp"

namespace trellis::api {

enum class ImportKind { students, aggregate, profiles, teachers };
std::optional<ImportKind> parse_import_kind(std::string_view text);
std::string_view to_string(ImportKind kind);
// From a file's first line: the aggregate header, the CALPADS profile header or the staff header. nullopt
// when the header is none of them (a student-level file must be named as such).
std::optional<ImportKind> detect_import_kind(std::string_view first_line);

struct ImportRequest {
    ImportKind kind = ImportKind::aggregate;
    std::optional<int> year;                      // required for students
    analytics::ColumnMapping mapping;             // students
    // The importing organization: its district code bounds what the file may hold (nullopt: an operator's
    // import from the command line, which may load any district).
    std::optional<std::int64_t> organization_id;
    std::optional<std::string> district_code;
    std::string filename;
    std::int64_t by = 0;  // user id, 0 from the command line
    std::string by_name;
    std::int64_t now = 0;
};

struct ImportFailure {
    std::string detail;                        // one sentence for the person
    std::vector<analytics::CsvProblem> problems;
};

struct ImportOutcome {
    std::int64_t import_id = 0;
    boost::json::object summary;  // kind, rows, counts, districts, schools, programs, ignored_columns, ...
};

// `file_path` set: the file is read from disk (students: with both cores); else from `source`.
std::expected<ImportOutcome, ImportFailure> import_data(store::Connection& db, const ImportRequest& request,
                                                        const analytics::ByteSource& source,
                                                        const std::optional<std::string>& file_path = std::nullopt);

// The same on a file on disk (an upload the server streamed to a file), read a buffer at a time; an empty
// file is a failure.
std::expected<ImportOutcome, ImportFailure> import_data_file(store::Connection& db, const ImportRequest& request,
                                                             const std::string& path);

boost::json::array problems_json(const std::vector<analytics::CsvProblem>& problems);

}  // namespace trellis::api

namespace trellis::api {
// Reads an in-memory text (a request body) as a byte source.
analytics::ByteSource text_source(std::string_view text);
}  // namespace trellis::api
