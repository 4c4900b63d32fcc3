#pragma once
// Loading the statewide directory (issue 14): every county office, district and school of the state's public
// directory, with the CALPADS pupil counts and the NCES locale, created or updated by CDS code. What is kept and
// what is skipped:
//   - an open entry (Active or Pending) with a CALPADS count row is created, or updated when it is already there;
//   - a closed entry (Closed or Merged) that Trellis does not hold is skipped ("closed"): a directory for finding
//     peers has no use for the thousands of schools closed since the 1990s; one Trellis holds is kept, marked
//     closed, so its teams and history keep their organization;
//   - an open entry without a count row is skipped ("no counts"): no K-12 pupils were counted on Census Day
//     (adult schools, preschools, ROPs, schools not yet open), so it has no figures to compare; one Trellis holds
//     is still updated with the directory's facts, its own counts left as they were.
// Idempotent: an entry whose stored facts already match is neither written nor counted as updated.
#include <cstdint>
#include <expected>
#include <filesystem>
#include <map>
#include <string>

#include "trellis/store/database.hpp"

namespace trellis::actions {

// The four public files, found in DIR/ca and DIR/nces (or DIR itself) by the names the state and NCES give them.
struct DirectoryFiles {
    std::filesystem::path directory;       // pubschls*.txt
    std::filesystem::path lea_counts;      // cupc*-k12_lea.csv
    std::filesystem::path school_counts;   // cupc*-k12_school.csv
    std::filesystem::path nces_districts;  // nces*districts*.csv
};

// What went wrong, where: the file, and the line and column when one is at fault (0 otherwise).
struct DirectoryLoadProblem {
    std::string file;
    std::int64_t line = 0;
    int column = 0;
    std::string message;
};

std::expected<DirectoryFiles, DirectoryLoadProblem> locate_directory_files(const std::filesystem::path& folder);

struct DirectoryLoadSummary {
    std::int64_t created = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::int64_t skipped = 0;
    std::map<std::string, std::int64_t> skipped_reasons;  // "closed", "no counts"
    std::map<std::string, std::int64_t> created_by_kind;  // county_office, district, school
};

// Reads every file before writing anything: a problem in any file returns it and writes nothing. Runs in the
// caller's transaction.
std::expected<DirectoryLoadSummary, DirectoryLoadProblem> load_directory(store::Connection& db,
                                                                         const DirectoryFiles& files, std::int64_t now);

}  // namespace trellis::actions
