#include "trellis/store/student_data.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "store/string_list.hpp"
#include "trellis/store/networks.hpp"

namespace trellis::store {

namespace json = boost::json;

namespace {

constexpr std::string_view kCountColumns[] = {"district_code", "org_code",    "year",      "indicator", "direction",
                                              "group_code",    "denominator", "numerator", "import_id"};

analytics::Direction direction_of(const std::string& text) {
    return analytics::parse_direction(text).value_or(analytics::Direction::higher_is_better);
}

std::int64_t insert_import_record(Connection& db, const ImportRecord& record, std::int64_t by,
                                  std::int64_t counts_stored) {
    return db.insert_returning_id(
        "INSERT INTO data_imports (organization_id, kind, year, filename, rows_read, counts_stored, summary, "
        "created_by, created_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {param_or_null(record.organization_id), record.kind, param_or_null(record.year), record.filename,
         record.rows_read, counts_stored, record.summary, by ? Param(by) : Param(nullptr), record.created_by_name,
         record.created_at});
}

// A count known now replaces an unknown one of before, and the other way round.
void delete_replaced(Connection& db, const std::set<std::tuple<std::string, int, std::string>>& replaced,
                     bool whole_district) {
    for (const auto& [code, year, indicator] : replaced) {
        for (const char* table : {"indicator_counts", "indicator_unknown_counts"}) {
            db.execute(std::string("DELETE FROM ") + table +
                           (whole_district ? " WHERE district_code = ? AND year = ? AND indicator = ?"
                                           : " WHERE org_code = ? AND year = ? AND indicator = ?"),
                       {code, static_cast<std::int64_t>(year), indicator});
        }
    }
}

std::string& text_at(std::vector<Param>& row, std::size_t at) { return std::get<std::string>(row[at]); }

// One count as the bulk insert's row (kCountColumns' order), reusing the row's strings.
void fill_row(std::vector<Param>& row, const analytics::IndicatorCount& c, std::int64_t import_id) {
    if (row.empty()) {
        row = {std::string(), std::string(),   std::int64_t{0}, std::string(), std::string(),
               std::string(), std::int64_t{0}, std::int64_t{0}, import_id};
    }
    std::string& district = text_at(row, 0);  // district_of without a new string
    if (c.org_code.size() >= 7) district.assign(c.org_code, 0, 7).append("0000000");
    else district = c.org_code;
    text_at(row, 1) = c.org_code;
    row[2] = static_cast<std::int64_t>(c.year);
    text_at(row, 3) = c.indicator;
    text_at(row, 4) = analytics::to_string(c.direction);
    text_at(row, 5) = c.group;
    row[6] = c.denominator;
    row[7] = c.numerator;
    row[8] = import_id;
}

}  // namespace

std::string district_of(const std::string& org_code) {
    return org_code.size() >= 7 ? org_code.substr(0, 7) + "0000000" : org_code;
}

std::int64_t replace_counts(Connection& db, const std::vector<analytics::IndicatorCount>& counts, ImportRecord record,
                            std::int64_t by, ReplaceScope scope, const std::vector<analytics::UnknownCount>& unknown) {
    const auto import_id = insert_import_record(db, record, by, static_cast<std::int64_t>(counts.size()));
    std::set<std::tuple<std::string, int, std::string>> replaced;
    const bool whole_district = scope == ReplaceScope::district;
    for (const auto& c : counts)
        replaced.emplace(whole_district ? district_of(c.org_code) : c.org_code, c.year, c.indicator);
    for (const auto& c : unknown)
        replaced.emplace(whole_district ? district_of(c.org_code) : c.org_code, c.year, c.indicator);
    delete_replaced(db, replaced, whole_district);
    // Few rows (a district's suppressed groups): one statement each.
    for (const auto& c : unknown) {
        db.execute(
            "INSERT INTO indicator_unknown_counts (district_code, org_code, year, indicator, direction, group_code, "
            "denominator, numerator, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {district_of(c.org_code), c.org_code, static_cast<std::int64_t>(c.year), c.indicator,
             std::string(analytics::to_string(c.direction)), c.group, param_or_null(c.denominator),
             param_or_null(c.numerator), import_id});
    }
    if (counts.empty()) return import_id;
    const auto insert = db.bulk_insert("indicator_counts", kCountColumns);
    std::vector<Param> row;
    for (const auto& c : counts) {
        fill_row(row, c, import_id);
        insert->add(row);
    }
    insert->finish();
    return import_id;
}

StreamedCounts::StreamedCounts(Connection& db, ImportRecord record, std::int64_t by, std::int64_t counts, int year,
                               const std::vector<std::pair<std::string, std::vector<std::string>>>& district_indicators)
    : import_id_(insert_import_record(db, record, by, counts)) {
    std::set<std::tuple<std::string, int, std::string>> replaced;
    for (const auto& [district, indicators] : district_indicators) {
        for (const auto& indicator : indicators) replaced.emplace(district, year, indicator);
    }
    delete_replaced(db, replaced, true);
    insert_ = db.bulk_insert("indicator_counts", kCountColumns);
}

void StreamedCounts::add(std::span<const analytics::IndicatorCount> counts) {
    for (const auto& c : counts) {
        fill_row(row_, c, import_id_);
        insert_->add(row_);
    }
}

void StreamedCounts::finish() { insert_->finish(); }

std::vector<ImportRecord> list_imports(Connection& db, std::int64_t organization_id) {
    std::vector<ImportRecord> out;
    for (const auto& row :
         db.query("SELECT id, organization_id, kind, year, filename, rows_read, counts_stored, summary, "
                  "created_by_name, created_at FROM data_imports WHERE organization_id = ? "
                  "ORDER BY id DESC LIMIT 100",
                  {organization_id})) {
        out.push_back({row.integer(0), row.optional_integer(1), row.text(2), row.optional_integer(3), row.text(4),
                       row.integer(5), row.integer(6), row.text(7), row.text(8), row.integer(9)});
    }
    return out;
}

std::vector<IndicatorSummary> district_indicators(Connection& db, const std::string& district_code) {
    std::vector<IndicatorSummary> out;
    for (const auto& row : db.query("SELECT indicator, direction, year FROM indicator_counts WHERE district_code = ? "
                                    "UNION SELECT indicator, direction, year FROM indicator_unknown_counts "
                                    "WHERE district_code = ? ORDER BY indicator, year DESC",
                                    {district_code, district_code})) {
        if (out.empty() || out.back().indicator != row.text(0))
            out.push_back({row.text(0), direction_of(row.text(1)), {}});
        const int year = static_cast<int>(row.integer(2));
        if (std::find(out.back().years.begin(), out.back().years.end(), year) == out.back().years.end()) {
            out.back().years.push_back(year);
        }
    }
    return out;
}

std::vector<std::string> indicator_org_codes(Connection& db, const std::string& district_code,
                                             const std::string& indicator) {
    std::vector<std::string> out;
    for (const auto& row : db.query("SELECT org_code FROM indicator_counts WHERE district_code = ? AND indicator = ? "
                                    "UNION SELECT org_code FROM indicator_unknown_counts WHERE district_code = ? AND "
                                    "indicator = ? ORDER BY org_code",
                                    {district_code, indicator, district_code, indicator})) {
        out.push_back(row.text(0));
    }
    // The district itself first, then its schools in code order.
    std::stable_partition(out.begin(), out.end(), [&](const std::string& code) { return code == district_code; });
    return out;
}

std::vector<IndicatorYearCounts> indicator_counts(Connection& db, const std::string& org_code,
                                                  const std::string& indicator) {
    std::vector<IndicatorYearCounts> out;
    for (const auto& row : db.query("SELECT year, direction, group_code, denominator, numerator FROM indicator_counts "
                                    "WHERE org_code = ? AND indicator = ? "
                                    "ORDER BY year, CASE WHEN group_code = 'ALL' THEN 0 ELSE 1 END, group_code",
                                    {org_code, indicator})) {
        const int year = static_cast<int>(row.integer(0));
        if (out.empty() || out.back().year != year) out.push_back({year, direction_of(row.text(1)), {}, {}});
        out.back().groups.push_back({row.text(2), row.integer(3), row.integer(4)});
    }
    for (const auto& row :
         db.query("SELECT year, direction, group_code, denominator, numerator FROM indicator_unknown_counts "
                  "WHERE org_code = ? AND indicator = ? ORDER BY year, group_code",
                  {org_code, indicator})) {
        const int year = static_cast<int>(row.integer(0));
        auto at = std::find_if(out.begin(), out.end(), [&](const auto& y) { return y.year >= year; });
        if (at == out.end() || at->year != year) at = out.insert(at, {year, direction_of(row.text(1)), {}, {}});
        at->unknown.push_back({org_code, year, indicator, direction_of(row.text(1)), row.text(2),
                               row.optional_integer(3), row.optional_integer(4)});
    }
    const auto by_rank = [](const auto& a, const auto& b) {
        return analytics::group_rank(a.group) < analytics::group_rank(b.group);
    };
    for (auto& year : out) {
        std::stable_sort(year.groups.begin(), year.groups.end(), by_rank);
        std::stable_sort(year.unknown.begin(), year.unknown.end(), by_rank);
    }
    return out;
}

DataSettings data_settings(Connection& db, std::int64_t organization_id) {
    DataSettings s;
    const auto row = db.query_one(
        "SELECT min_denominator, under_ratio, over_ratio, suppress_at_most, offered_languages, "
        "version FROM data_settings WHERE organization_id = ?",
        {organization_id});
    if (!row) return s;
    s.analysis.min_denominator = row->integer(0);
    s.analysis.under_ratio = row->real(1);
    s.analysis.over_ratio = row->real(2);
    s.analysis.suppress_at_most = row->integer(3);
    try {
        const auto offers = json::parse(row->text(4));
        for (const auto& offer : offers.as_array()) {
            LanguageOfferSetting o;
            o.language = std::string(offer.at("language").as_string());
            for (const auto& p : offer.at("program_types").as_array()) o.program_types.emplace_back(p.as_string());
            s.offered_languages.push_back(std::move(o));
        }
    } catch (const std::exception&) {
        // Written only by save_data_settings; an unreadable list reads as none offered rather than failing reads.
    }
    s.version = row->integer(5);
    return s;
}

bool save_data_settings(Connection& db, std::int64_t organization_id, const DataSettings& settings,
                        std::int64_t expected_version) {
    json::array offers;
    for (const auto& o : settings.offered_languages) {
        json::array programs;
        for (const auto& p : o.program_types) programs.emplace_back(p);
        offers.push_back(json::object{{"language", o.language}, {"program_types", std::move(programs)}});
    }
    const std::vector<Param> values = {settings.analysis.min_denominator, settings.analysis.under_ratio,
                                       settings.analysis.over_ratio, settings.analysis.suppress_at_most,
                                       json::serialize(offers)};
    if (expected_version == 0) {
        if (db.query_one("SELECT 1 FROM data_settings WHERE organization_id = ?", {organization_id})) return false;
        auto params = values;
        params.insert(params.begin(), organization_id);
        db.execute(
            "INSERT INTO data_settings (organization_id, min_denominator, under_ratio, over_ratio, "
            "suppress_at_most, offered_languages, version) VALUES (?, ?, ?, ?, ?, ?, 1)",
            params);
        return true;
    }
    auto params = values;
    params.emplace_back(organization_id);
    params.emplace_back(expected_version);
    return db.execute(
               "UPDATE data_settings SET min_denominator = ?, under_ratio = ?, over_ratio = ?, "
               "suppress_at_most = ?, offered_languages = ?, version = version + 1 "
               "WHERE organization_id = ? AND version = ?",
               params) == 1;
}

std::vector<DataShare> data_shares(Connection& db, std::int64_t organization_id) {
    std::vector<DataShare> out;
    for (const auto& row : db.query("SELECT indicator, year, shared_by_name, shared_at FROM data_shares "
                                    "WHERE organization_id = ? ORDER BY indicator, year DESC",
                                    {organization_id})) {
        out.push_back({row.text(0), static_cast<int>(row.integer(1)), row.text(2), row.integer(3)});
    }
    return out;
}

std::string encode_import_summary(const ImportSummary& s) {
    boost::json::object out;
    const auto strings = [](const std::vector<std::string>& values) {
        boost::json::array array;
        for (const auto& v : values) array.emplace_back(v);
        return array;
    };
    if (s.students) {
        out["schools"] = s.students->schools;
        out["programs"] = strings(s.students->programs);
        out["ignored_columns"] = strings(s.students->ignored_columns);
    }
    if (s.counts) {
        out["counts"] = s.counts->counts;
        out["districts"] = s.counts->districts;
        out["organizations"] = s.counts->organizations;
        out["indicators"] = strings(s.counts->indicators);
        boost::json::array years;
        for (const auto y : s.counts->years) years.emplace_back(y);
        out["years"] = std::move(years);
    }
    if (s.dashboard) {
        out["indicator"] = s.dashboard->indicator;
        out["rows_taken"] = s.dashboard->rows_taken;
        out["suppressed_cells"] = s.dashboard->suppressed_cells;
        out["unknown_counts"] = s.dashboard->unknown_counts;
        out["ignored_groups"] = strings(s.dashboard->ignored_groups);
    }
    out["kind"] = s.kind;
    out["rows"] = s.rows;
    if (s.organizations_updated) out["organizations_updated"] = *s.organizations_updated;
    if (s.teachers) out["teachers"] = *s.teachers;
    return boost::json::serialize(out);
}

std::string encode_manual_entry_summary(const analytics::IndicatorCount& first, std::size_t counts) {
    return boost::json::serialize(boost::json::object{
        {"kind", "manual"}, {"indicator", first.indicator}, {"org_code", first.org_code}, {"counts", counts}});
}

std::vector<NetworkShare> network_data_shares(Connection& db, std::int64_t network_id) {
    std::vector<NetworkShare> out;
    for (const auto& row : db.query(
             "SELECT s.organization_id, o.name, s.indicator, s.year, s.shared_by_name, s.shared_at FROM data_shares s "
             "JOIN organizations o ON o.id = s.organization_id WHERE s.organization_id IN (SELECT organization_id "
             "FROM " +
                 std::string(kActiveNetworkParticipants) +
                 " p WHERE p.network_id = ?) ORDER BY o.name, s.indicator, s.year DESC",
             {network_id})) {
        out.push_back({row.integer(0),
                       row.text(1),
                       {row.text(2), static_cast<int>(row.integer(3)), row.text(4), row.integer(5)}});
    }
    return out;
}

bool is_shared(Connection& db, std::int64_t organization_id, const std::string& indicator, int year) {
    return db
        .query_one("SELECT 1 FROM data_shares WHERE organization_id = ? AND indicator = ? AND year = ?",
                   {organization_id, indicator, static_cast<std::int64_t>(year)})
        .has_value();
}

void share_view(Connection& db, std::int64_t organization_id, const std::string& indicator, int year, std::int64_t by,
                const std::string& by_name, std::int64_t now) {
    if (is_shared(db, organization_id, indicator, year)) return;
    db.execute(
        "INSERT INTO data_shares (organization_id, indicator, year, shared_by, shared_by_name, shared_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {organization_id, indicator, static_cast<std::int64_t>(year), by, by_name, now});
}

bool unshare_view(Connection& db, std::int64_t organization_id, const std::string& indicator, int year) {
    return db.execute("DELETE FROM data_shares WHERE organization_id = ? AND indicator = ? AND year = ?",
                      {organization_id, indicator, static_cast<std::int64_t>(year)}) == 1;
}

std::vector<SavedMapping> list_mappings(Connection& db, std::int64_t organization_id) {
    std::vector<SavedMapping> out;
    for (const auto& row :
         db.query("SELECT id, organization_id, name, mapping, version, updated_at FROM column_mappings "
                  "WHERE organization_id = ? ORDER BY name",
                  {organization_id})) {
        out.push_back({row.integer(0), row.integer(1), row.text(2), row.text(3), row.integer(4), row.integer(5)});
    }
    return out;
}

std::optional<SavedMapping> find_mapping(Connection& db, std::int64_t organization_id, std::int64_t id) {
    const auto row = db.query_one(
        "SELECT id, organization_id, name, mapping, version, updated_at FROM column_mappings "
        "WHERE organization_id = ? AND id = ?",
        {organization_id, id});
    if (!row) return std::nullopt;
    return SavedMapping{row->integer(0), row->integer(1), row->text(2), row->text(3), row->integer(4), row->integer(5)};
}

std::int64_t insert_mapping(Connection& db, const SavedMapping& m, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO column_mappings (organization_id, name, mapping, updated_at) VALUES (?, ?, ?, ?) RETURNING id",
        {m.organization_id, m.name, m.mapping, now});
}

bool update_mapping(Connection& db, const SavedMapping& m, std::int64_t now) {
    return db.execute(
               "UPDATE column_mappings SET name = ?, mapping = ?, updated_at = ?, version = version + 1 "
               "WHERE organization_id = ? AND id = ? AND version = ?",
               {m.name, m.mapping, now, m.organization_id, m.id, m.version}) == 1;
}

bool delete_mapping(Connection& db, std::int64_t organization_id, std::int64_t id) {
    return db.execute("DELETE FROM column_mappings WHERE organization_id = ? AND id = ?", {organization_id, id}) == 1;
}

}  // namespace trellis::store
