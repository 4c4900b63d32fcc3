#include "trellis/store/teacher_profiles.hpp"

#include "store/string_list.hpp"

namespace trellis::store {

namespace {

constexpr const char* kColumns =
    "id, organization_id, user_id, source, name, credentials, years_experience, languages, grade_spans, "
    "program_types, learning_needs, professional_organizations, version, updated_at";

StoredTeacherProfile read_profile(const Row& row) {
    StoredTeacherProfile s;
    s.id = row.integer(0);
    s.organization_id = row.integer(1);
    s.user_id = row.optional_integer(2);
    s.source = row.text(3);
    s.profile.name = row.text(4);
    s.profile.credentials = decode_string_list(row.text(5));
    if (const auto years = row.optional_integer(6)) s.profile.years_experience = static_cast<int>(*years);
    s.profile.languages = decode_string_list(row.text(7));
    s.profile.grade_spans = decode_string_list(row.text(8));
    s.profile.program_types = decode_string_list(row.text(9));
    s.profile.learning_needs = decode_string_list(row.text(10));
    s.profile.professional_organizations = decode_string_list(row.text(11));
    s.version = row.integer(12);
    s.updated_at = row.integer(13);
    return s;
}

std::vector<Param> profile_params(const analytics::TeacherProfile& p) {
    return {p.name,
            encode_string_list(p.credentials),
            p.years_experience ? Param(static_cast<std::int64_t>(*p.years_experience)) : Param(nullptr),
            encode_string_list(p.languages),
            encode_string_list(p.grade_spans),
            encode_string_list(p.program_types),
            encode_string_list(p.learning_needs),
            encode_string_list(p.professional_organizations)};
}

constexpr const char* kInsert =
    "INSERT INTO teacher_profiles (name, credentials, years_experience, languages, grade_spans, program_types, "
    "learning_needs, professional_organizations, organization_id, user_id, source, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

}  // namespace

std::vector<StoredTeacherProfile> teacher_profiles(Connection& db, std::int64_t organization_id) {
    std::vector<StoredTeacherProfile> out;
    for (const auto& row : db.query(
             std::string("SELECT ") + kColumns + " FROM teacher_profiles WHERE organization_id = ? ORDER BY name, id",
             {organization_id})) {
        out.push_back(read_profile(row));
    }
    return out;
}

std::optional<StoredTeacherProfile> own_teacher_profile(Connection& db, std::int64_t organization_id,
                                                        std::int64_t user_id) {
    const auto row =
        db.query_one(std::string("SELECT ") + kColumns +
                         " FROM teacher_profiles WHERE organization_id = ? AND user_id = ? AND source = 'self'",
                     {organization_id, user_id});
    if (!row) return std::nullopt;
    return read_profile(*row);
}

std::int64_t replace_imported_teachers(Connection& db, std::int64_t organization_id,
                                       const std::vector<analytics::TeacherProfile>& profiles, std::int64_t now) {
    db.execute("DELETE FROM teacher_profiles WHERE organization_id = ? AND source = 'import'", {organization_id});
    for (const auto& p : profiles) {
        auto params = profile_params(p);
        params.insert(params.end(), {organization_id, nullptr, std::string("import"), now});
        db.execute(kInsert, params);
    }
    return static_cast<std::int64_t>(profiles.size());
}

bool save_own_teacher_profile(Connection& db, std::int64_t organization_id, std::int64_t user_id,
                              const analytics::TeacherProfile& profile, std::int64_t expected_version,
                              std::int64_t now) {
    const auto current = own_teacher_profile(db, organization_id, user_id);
    if ((current ? current->version : 0) != expected_version) return false;
    auto params = profile_params(profile);
    if (!current) {
        params.insert(params.end(), {organization_id, user_id, std::string("self"), now});
        db.execute(kInsert, params);
        return true;
    }
    params.insert(params.end(), {now, current->id, expected_version});
    return db.execute(
               "UPDATE teacher_profiles SET name = ?, credentials = ?, years_experience = ?, languages = ?, "
               "grade_spans = ?, program_types = ?, learning_needs = ?, professional_organizations = ?, "
               "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
               params) == 1;
}

}  // namespace trellis::store
