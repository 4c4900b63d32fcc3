#pragma once
// The state's public school directory (CDE "Public Schools and Districts", pubschls.txt: tab-separated, one row
// per county office, district and school, open or closed) and the NCES district search export (locale by
// district). Both are read by column name, streamed, with the files' real quirks: codes whose leading zeros a
// spreadsheet dropped, text in Windows-1252 rather than UTF-8, "No Data"/"N/A"/"*"/"†"/"–" for missing.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "trellis/analytics/csv_reader.hpp"

namespace trellis::analytics {

struct DirectoryEntry {
    std::int64_t line = 0;
    std::string cds_code;  // 14 digits: county(2) + district(5) + school(7)
    std::string name;      // the school's name for a school, else the district's (or county office's)
    std::string kind;      // county_office | district | school
    std::string county;
    bool charter = false;
    bool open = true;                    // Active or Pending; Closed and Merged are closed
    std::optional<std::string> nces_id;  // district: 7 digits; school: district's 7 + school's 5
    std::string grades;                  // as published, "K-5"; empty when the directory gives none
    std::string parent_cds;              // a school's district or county office (its CDS prefix); empty otherwise
    // Where it is (WGS 84 degrees, the district office's for a district); nullopt when the directory leaves it
    // blank, as it does for most closed entries. Matching's distance band reads them.
    std::optional<double> latitude, longitude;
};

struct DirectoryReadResult {
    std::vector<CsvProblem> problems;  // reading stops at the first; the handler has then seen earlier rows
    std::int64_t rows = 0;
};

// Calls `on_entry` for each row in file order; stops at the first problem (malformed header, a CDS code that
// is not digits, an unknown StatusType, a latitude or longitude that is not a number of degrees in range).
DirectoryReadResult read_state_directory(const ByteSource& source,
                                         const std::function<void(const DirectoryEntry&)>& on_entry);

struct NcesDistrict {
    std::string nces_id;                // 7 digits
    std::optional<std::string> locale;  // "Suburb: Midsize"; nullopt for "†"/"–"/empty
};

struct NcesReadResult {
    std::vector<CsvProblem> problems;
    std::unordered_map<std::string, NcesDistrict> by_district_code;  // key: county(2) + district(5)
};

NcesReadResult read_nces_districts(const ByteSource& source);

// The school-level grade spans ("elementary", "middle", "high") a published range covers: "K-5" -> elementary,
// "7-12" -> middle, high; "P" or "Adult" -> none.
std::vector<std::string> grade_spans_of(std::string_view grades);

// "K-5" and "9-12" -> "K-12": the widest range of the ranges given (P < K < 1 .. 12); empty when none parses.
std::string grade_range_union(const std::vector<std::string>& ranges);

// Text as UTF-8: valid UTF-8 is kept, anything else is read as Windows-1252 (what CDE's .txt downloads use).
std::string text_as_utf8(std::string_view text);

}  // namespace trellis::analytics
