#pragma once
// The statewide directory's rows of `organizations`: the public facts the state's files give (migration 20), read
// and written apart from store/organizations.hpp so the directory load and search never touch members or teams.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "trellis/store/database.hpp"
#include "trellis/store/organizations.hpp"

namespace trellis::store {

struct DirectoryRecord {
    std::int64_t id = 0;
    std::int64_t version = 1;
    std::string name;
    std::string kind;  // county_office | district | school (or a Trellis kind for a row only Trellis knows)
    std::string cds_code;
    std::optional<std::string> nces_id;
    std::optional<std::string> county;
    bool charter = false;
    std::string status = "open";  // open | closed
    std::optional<std::string> parent_cds;
    std::optional<std::string> grades;  // "K-5"
    std::vector<std::string> grade_spans;
    std::optional<double> latitude, longitude;  // degrees, as the state's directory places it
    OrganizationProfile profile;
    std::optional<std::string> directory_source;  // NULL: not (yet) matched by the state's directory

    bool operator==(const DirectoryRecord&) const = default;
};

// Every organization with a CDS code, by code: what the directory load compares each row with.
std::unordered_map<std::string, DirectoryRecord> directory_records_by_cds(Connection& db);
std::int64_t insert_directory_record(Connection& db, const DirectoryRecord& record, std::int64_t now);
// Writes the directory's facts and bumps the version (so an edit in flight elsewhere sees a newer row).
void update_directory_record(Connection& db, const DirectoryRecord& record);

struct DirectoryQuery {
    std::string text;    // part of the name or the CDS code; empty: any
    std::string county;  // exact county name; empty: any
    std::string kind;    // county_office | district | school; empty: any
    std::string status;  // open | closed; empty: any
    std::int64_t limit = 50;
    std::int64_t offset = 0;
};
struct DirectoryPage {
    std::int64_t total = 0;
    std::vector<DirectoryRecord> records;  // by name, then CDS code
};
// Only rows the state's directory gave (directory_source set).
DirectoryPage search_directory(Connection& db, const DirectoryQuery& query);
// Any organization's public facts, in the directory or not (directory_source tells which; the caller decides who
// may see one the directory does not list).
std::optional<DirectoryRecord> find_directory_record(Connection& db, std::int64_t id);
std::optional<DirectoryRecord> find_directory_record_by_cds(Connection& db, const std::string& cds_code);
// A district's or county office's schools in the directory, by name.
std::vector<DirectoryRecord> directory_schools_of(Connection& db, const std::string& parent_cds);
// Places an organization (degrees): what the directory load does for its rows, for one the demo makes by hand.
void set_organization_location(Connection& db, std::int64_t id, double latitude, double longitude);
// The counties the directory holds, sorted (the search's filter choices).
std::vector<std::string> directory_counties(Connection& db);

}  // namespace trellis::store
