#pragma once
// Everything Trellis holds for one organization, read for the district's request to have its records
// (California's student-privacy law makes them the district's), and the deletion of its student data.
// Secrets (password and token hashes), other organizations' things and the outgoing mail queue are not
// among the records.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

// How a column's text is to be read (values arrive as text from both engines).
enum class ColumnKind { text, integer, real, flag, time, json };

struct RecordColumn {
    std::string_view name;
    ColumnKind kind = ColumnKind::text;
};

struct RecordSection {
    std::string_view name;  // "teams", "indicator_counts", ...
    bool single = false;    // one object (the organization, its settings) rather than a list
    std::vector<RecordColumn> columns;
    Rows rows;  // values in the order of `columns`
};

// Every section, in a fixed order: the organization's profile, people, teams and their work, its networks,
// its student data and its audit trail.
std::vector<RecordSection> organization_records(Connection& db, std::int64_t organization_id);

// What a deletion removed.
struct DeletedStudentData {
    std::int64_t indicator_counts = 0;
    std::int64_t data_imports = 0;
    std::int64_t data_shares = 0;
    std::int64_t guide_data_views = 0;  // pointers of the district's teams at the deleted counts
};
// Deletes the district's counts (its own and its schools', `district_code`), the records of its imports, what
// it shared of them and the data views attached to them. Kept: the column mappings and analysis settings (no
// student data: a file layout and thresholds), teacher profiles (staff, managed on their own page) and the
// audit trail. Run in the caller's transaction.
DeletedStudentData delete_student_data(Connection& db, std::int64_t organization_id, const std::string& district_code);

}  // namespace trellis::store
