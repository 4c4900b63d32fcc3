#pragma once
// Data imports, shared by the HTTP API, `trellis data import` and the demo: read the file with the right reader, check
// that every count belongs to the importing district, and store it all in the caller's transaction, or
// nothing (the problems by line and column).
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/analytics/column_mapping.hpp"
#include "trellis/analytics/csv_reader.hpp"
#include "trellis/store/database.hpp"
#include "trellis/store/student_data.hpp"

namespace trellis::actions {

enum class ImportKind { students, aggregate, profiles, teachers, dashboard };
std::optional<ImportKind> parse_import_kind(std::string_view text);
std::string_view to_string(ImportKind kind);
// From a file's first line: the aggregate header, the CALPADS profile header, the staff header or a California
// School Dashboard indicator file's (cds, rtype, studentgroup). nullopt
// when the header is none of them (a student-level file must be named as such).
std::optional<ImportKind> detect_import_kind(std::string_view first_line);

struct ImportRequest {
    ImportKind kind = ImportKind::aggregate;
    std::optional<int> year;  // required for students and dashboard (the file's reporting year)
    // dashboard: suspension | chronic_absence; nullopt: from the file name (`filename`).
    std::optional<std::string> indicator;
    analytics::ColumnMapping mapping;  // students
    // The importing organization: its district code bounds what the file may hold (nullopt: an operator's
    // import from the command line, which may load any district).
    std::optional<std::int64_t> organization_id;
    // dashboard: required, the district whose rows (rtype D, cds = this code) are taken.
    std::optional<std::string> district_code;
    std::string filename;
    std::int64_t by = 0;  // user id, 0 from the command line
    std::string by_name;
    std::int64_t now = 0;
};

struct ImportOutcome {
    std::int64_t import_id = 0;
    store::ImportSummary summary;  // as stored with the import's record
};

// `file_path` set: the file is read from disk (students: with both cores); else from `source`. A refusal is an
// import_rejected failure: one sentence, and the problems by line and column when the file has them.
Result<ImportOutcome> import_data(store::Connection& db, const ImportRequest& request,
                                  const analytics::ByteSource& source,
                                  const std::optional<std::string>& file_path = std::nullopt);

// The same on a file on disk (an upload the server streamed to a file), read a buffer at a time; an empty
// file is a failure.
Result<ImportOutcome> import_data_file(store::Connection& db, const ImportRequest& request, const std::string& path);

// Records counts a district typed in (one indicator, year and school, already checked by the caller's parser)
// in place of the ones it held for them, as an import of kind "manual" by the caller; the import's id.
std::int64_t record_manual_counts(const Caller& caller, std::int64_t organization_id,
                                  const std::vector<analytics::IndicatorCount>& counts);

// Reads an in-memory text (a request body) as a byte source.
analytics::ByteSource text_source(std::string_view text);
}  // namespace trellis::actions
