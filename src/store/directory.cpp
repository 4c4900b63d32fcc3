#include "trellis/store/directory.hpp"

#include "store/string_list.hpp"

namespace trellis::store {

namespace {

constexpr const char* kColumns =
    "id, version, name, kind, cds_code, nces_id, county, charter, status, parent_cds, grades, grade_spans, "
    "enrollment, low_income, english_learners, foster, homeless, locale, profile_source, directory_source, latitude, "
    "longitude";

DirectoryRecord read_record(const Row& row) {
    DirectoryRecord r;
    r.id = row.integer(0);
    r.version = row.integer(1);
    r.name = row.text(2);
    r.kind = row.text(3);
    r.cds_code = row.text(4);
    r.nces_id = row.optional_text(5);
    r.county = row.optional_text(6);
    r.charter = row.integer(7) == 1;
    r.status = row.text(8);
    r.parent_cds = row.optional_text(9);
    r.grades = row.optional_text(10);
    r.grade_spans = decode_string_list(row.text(11));
    r.profile = {row.optional_integer(12), row.optional_integer(13), row.optional_integer(14), row.optional_integer(15),
                 row.optional_integer(16), row.optional_text(17),    row.optional_text(18)};
    r.directory_source = row.optional_text(19);
    if (!row.is_null(20)) r.latitude = row.real(20);
    if (!row.is_null(21)) r.longitude = row.real(21);
    return r;
}

std::vector<Param> field_params(const DirectoryRecord& r) {
    return {r.name,
            r.kind,
            r.cds_code,
            param_or_null(r.nces_id),
            param_or_null(r.county),
            std::int64_t{r.charter ? 1 : 0},
            r.status,
            param_or_null(r.parent_cds),
            param_or_null(r.grades),
            encode_string_list(r.grade_spans),
            param_or_null(r.profile.enrollment),
            param_or_null(r.profile.low_income),
            param_or_null(r.profile.english_learners),
            param_or_null(r.profile.foster),
            param_or_null(r.profile.homeless),
            param_or_null(r.profile.locale),
            param_or_null(r.profile.source),
            param_or_null(r.directory_source),
            r.latitude ? Param{*r.latitude} : Param{nullptr},
            r.longitude ? Param{*r.longitude} : Param{nullptr}};
}

// Escapes LIKE's wildcards so a search for "50%" finds the text, not everything.
std::string like_pattern(const std::string& text) {
    std::string out = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

std::vector<DirectoryRecord> read_all(const Rows& rows) {
    std::vector<DirectoryRecord> out;
    out.reserve(rows.size());
    for (const auto& row : rows) out.push_back(read_record(row));
    return out;
}

}  // namespace

std::unordered_map<std::string, DirectoryRecord> directory_records_by_cds(Connection& db) {
    std::unordered_map<std::string, DirectoryRecord> out;
    for (const auto& row :
         db.query(std::string("SELECT ") + kColumns + " FROM organizations WHERE cds_code IS NOT NULL")) {
        auto record = read_record(row);
        auto code = record.cds_code;
        out.emplace(std::move(code), std::move(record));
    }
    return out;
}

std::int64_t insert_directory_record(Connection& db, const DirectoryRecord& record, std::int64_t now) {
    auto params = field_params(record);
    params.emplace_back(now);
    return db.insert_returning_id(
        "INSERT INTO organizations (name, kind, cds_code, nces_id, county, charter, status, parent_cds, grades, "
        "grade_spans, enrollment, low_income, english_learners, foster, homeless, locale, profile_source, "
        "directory_source, latitude, longitude, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, "
        "?, ?, ?) RETURNING id",
        params);
}

void update_directory_record(Connection& db, const DirectoryRecord& record) {
    auto params = field_params(record);
    params.emplace_back(record.id);
    db.execute(
        "UPDATE organizations SET name = ?, kind = ?, cds_code = ?, nces_id = ?, county = ?, charter = ?, status = ?, "
        "parent_cds = ?, grades = ?, grade_spans = ?, enrollment = ?, low_income = ?, english_learners = ?, "
        "foster = ?, homeless = ?, locale = ?, profile_source = ?, directory_source = ?, latitude = ?, longitude = ?, "
        "version = version + 1 "
        "WHERE id = ?",
        params);
}

DirectoryPage search_directory(Connection& db, const DirectoryQuery& query) {
    std::string where = " FROM organizations WHERE directory_source IS NOT NULL";
    std::vector<Param> params;
    if (!query.text.empty()) {
        // LOWER() on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's only for ASCII.
        where += " AND (LOWER(name) LIKE LOWER(?) ESCAPE '\\' OR cds_code LIKE ? ESCAPE '\\')";
        params.emplace_back(like_pattern(query.text));
        params.emplace_back(like_pattern(query.text));
    }
    if (!query.county.empty()) {
        where += " AND county = ?";
        params.emplace_back(query.county);
    }
    if (!query.kind.empty()) {
        where += " AND kind = ?";
        params.emplace_back(query.kind);
    }
    if (!query.status.empty()) {
        where += " AND status = ?";
        params.emplace_back(query.status);
    }
    DirectoryPage page;
    page.total = db.query_one("SELECT COUNT(*)" + where, params)->integer(0);
    params.emplace_back(query.limit);
    params.emplace_back(query.offset);
    page.records = read_all(
        db.query(std::string("SELECT ") + kColumns + where + " ORDER BY name, cds_code LIMIT ? OFFSET ?", params));
    return page;
}

std::optional<DirectoryRecord> find_directory_record(Connection& db, std::int64_t id) {
    const auto row = db.query_one(std::string("SELECT ") + kColumns + " FROM organizations WHERE id = ?", {id});
    if (!row) return std::nullopt;
    return read_record(*row);
}

std::optional<DirectoryRecord> find_directory_record_by_cds(Connection& db, const std::string& cds_code) {
    const auto row = db.query_one(
        std::string("SELECT ") + kColumns + " FROM organizations WHERE cds_code = ? AND directory_source IS NOT NULL",
        {cds_code});
    if (!row) return std::nullopt;
    return read_record(*row);
}

std::vector<DirectoryRecord> directory_schools_of(Connection& db, const std::string& parent_cds) {
    return read_all(db.query(std::string("SELECT ") + kColumns +
                                 " FROM organizations WHERE parent_cds = ? AND directory_source IS NOT NULL "
                                 "ORDER BY name, cds_code",
                             {parent_cds}));
}

void set_organization_location(Connection& db, std::int64_t id, double latitude, double longitude) {
    db.execute("UPDATE organizations SET latitude = ?, longitude = ?, version = version + 1 WHERE id = ?",
               {latitude, longitude, id});
}

std::vector<std::string> directory_counties(Connection& db) {
    std::vector<std::string> out;
    for (const auto& row : db.query("SELECT DISTINCT county FROM organizations WHERE directory_source IS NOT NULL "
                                    "AND county IS NOT NULL ORDER BY county"))
        out.push_back(row.text(0));
    return out;
}

}  // namespace trellis::store
