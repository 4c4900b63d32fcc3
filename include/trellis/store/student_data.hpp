#pragma once
// Stored indicator counts (no student identifiers: only counts), imports, saved column mappings, analysis
// settings and what a district has shared with its networks. See migration 5.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "trellis/analytics/equity.hpp"
#include "trellis/analytics/indicators.hpp"
#include "trellis/store/database.hpp"

namespace trellis::store {

// The 14-digit district code a count belongs to: the first 7 digits of its org code, then 7 zeros.
std::string district_of(const std::string& org_code);

struct ImportRecord {
    std::int64_t id = 0;
    std::optional<std::int64_t> organization_id;
    std::string kind;  // students | aggregate | manual | profiles | teachers
    std::optional<std::int64_t> year;
    std::string filename;
    std::int64_t rows_read = 0;
    std::int64_t counts_stored = 0;
    std::string summary;  // JSON text (encode_import_summary for a file's import)
    std::string created_by_name;
    std::int64_t created_at = 0;
};

// What a file's import brought, kept with its record and answered to whoever imported it. Parts by kind.
struct ImportSummary {
    std::string kind;
    std::int64_t rows = 0;
    struct Counts {
        std::int64_t counts = 0, districts = 0, organizations = 0;
        std::vector<std::string> indicators;
        std::vector<int> years;
    };
    std::optional<Counts> counts;  // students, aggregate
    struct Students {
        std::int64_t schools = 0;
        std::vector<std::string> programs, ignored_columns;
    };
    std::optional<Students> students;
    struct Dashboard {
        std::string indicator;
        std::int64_t rows_taken = 0, suppressed_cells = 0, unknown_counts = 0;
        std::vector<std::string> ignored_groups;
    };
    std::optional<Dashboard> dashboard;                 // a Dashboard file (rows: the file's data rows)
    std::optional<std::int64_t> organizations_updated;  // profiles
    std::optional<std::int64_t> teachers;               // teachers
};
// The summary as JSON text: {schools, programs, ignored_columns}? {counts, districts, organizations,
// indicators, years}? {indicator, rows_taken, suppressed_cells, unknown_counts, ignored_groups}? kind, rows,
// organizations_updated?, teachers?
std::string encode_import_summary(const ImportSummary& summary);
// The summary of counts typed in by hand: one indicator and school (`first`), `counts` groups.
std::string encode_manual_entry_summary(const analytics::IndicatorCount& first, std::size_t counts);

// What an import replaces. A student-level file describes the whole district, so it replaces each
// (district, year, indicator) it brings, schools that no longer appear included; an aggregate file or a
// manual entry replaces only the (org code, year, indicator) rows it brings.
enum class ReplaceScope { org_code, district };

// Replaces the stored counts in `scope` with these (and the unknown counts, migration 21, of the same org
// codes, years and indicators with `unknown`) and records the import. Run inside the caller's transaction: the
// old counts stay until it commits.
std::int64_t replace_counts(Connection& db, const std::vector<analytics::IndicatorCount>& counts, ImportRecord record,
                            std::int64_t by, ReplaceScope scope = ReplaceScope::org_code,
                            const std::vector<analytics::UnknownCount>& unknown = {});

// A student-level file's counts stored as they are made, so that a statewide file's ~1.8 million are never all
// in memory: the constructor records the import (`counts` stored) and removes the counts it replaces (scope
// district: each district with each indicator it brings, for `year`); add() then takes a district's counts at a
// time and finish() ends the bulk insert. Inside the caller's transaction, like replace_counts.
class StreamedCounts {
public:
    StreamedCounts(Connection& db, ImportRecord record, std::int64_t by, std::int64_t counts, int year,
                   const std::vector<std::pair<std::string, std::vector<std::string>>>& district_indicators);
    void add(std::span<const analytics::IndicatorCount> counts);
    void finish();
    std::int64_t import_id() const { return import_id_; }

private:
    std::int64_t import_id_ = 0;
    std::unique_ptr<BulkInsert> insert_;
    std::vector<Param> row_;  // reused: its strings keep their capacity from row to row
};

std::vector<ImportRecord> list_imports(Connection& db, std::int64_t organization_id);

struct IndicatorSummary {
    std::string indicator;
    analytics::Direction direction = analytics::Direction::higher_is_better;
    std::vector<int> years;  // newest first
};
// The indicators stored for a district (its own and its schools' counts, known or unknown).
std::vector<IndicatorSummary> district_indicators(Connection& db, const std::string& district_code);
// The org codes (district and schools) with counts for an indicator, district first.
std::vector<std::string> indicator_org_codes(Connection& db, const std::string& district_code,
                                             const std::string& indicator);

struct IndicatorYearCounts {
    int year = 0;
    analytics::Direction direction = analytics::Direction::higher_is_better;
    std::vector<analytics::GroupCount> groups;     // in analytics::group_rank order (ALL first), then by code
    std::vector<analytics::UnknownCount> unknown;  // groups whose count the publisher suppressed, same order
};
// Every year of one indicator for one org code, oldest first (a year of unknown counts only included).
std::vector<IndicatorYearCounts> indicator_counts(Connection& db, const std::string& org_code,
                                                  const std::string& indicator);

// Settings: defaults (AnalysisSettings{}) until the district saves its own.
struct LanguageOfferSetting {
    std::string language;
    std::vector<std::string> program_types;
};
struct DataSettings {
    analytics::AnalysisSettings analysis;
    std::vector<LanguageOfferSetting> offered_languages;
    std::int64_t version = 0;  // 0: never saved
};
DataSettings data_settings(Connection& db, std::int64_t organization_id);
// False when `expected_version` is not current (a stale edit); writes nothing then.
bool save_data_settings(Connection& db, std::int64_t organization_id, const DataSettings& settings,
                        std::int64_t expected_version);

struct DataShare {
    std::string indicator;
    int year = 0;
    std::string shared_by_name;
    std::int64_t shared_at = 0;
};
std::vector<DataShare> data_shares(Connection& db, std::int64_t organization_id);
// What every active participant of a network has shared (the suppressed views its partners may open), by
// organization name, indicator, latest year first.
struct NetworkShare {
    std::int64_t organization_id = 0;
    std::string organization_name;
    DataShare share;
};
std::vector<NetworkShare> network_data_shares(Connection& db, std::int64_t network_id);
bool is_shared(Connection& db, std::int64_t organization_id, const std::string& indicator, int year);
void share_view(Connection& db, std::int64_t organization_id, const std::string& indicator, int year, std::int64_t by,
                const std::string& by_name, std::int64_t now);
bool unshare_view(Connection& db, std::int64_t organization_id, const std::string& indicator, int year);

struct SavedMapping {
    std::int64_t id = 0;
    std::int64_t organization_id = 0;
    std::string name;
    std::string mapping;  // JSON text (analytics::parse_column_mapping)
    std::int64_t version = 1;
    std::int64_t updated_at = 0;
};
std::vector<SavedMapping> list_mappings(Connection& db, std::int64_t organization_id);
std::optional<SavedMapping> find_mapping(Connection& db, std::int64_t organization_id, std::int64_t id);
std::int64_t insert_mapping(Connection& db, const SavedMapping& mapping, std::int64_t now);
bool update_mapping(Connection& db, const SavedMapping& mapping, std::int64_t now);  // false on a stale version
bool delete_mapping(Connection& db, std::int64_t organization_id, std::int64_t id);

}  // namespace trellis::store
