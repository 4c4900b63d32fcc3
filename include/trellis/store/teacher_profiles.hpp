#pragma once
// Teacher profiles for guide section D: imported from a staff file (source "import", replaced whole by the
// next import) or filled in by the teacher (source "self", linked to their account and never replaced).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/analytics/teacher_capacity.hpp"
#include "trellis/store/database.hpp"

namespace trellis::store {

struct StoredTeacherProfile {
    std::int64_t id = 0;
    std::int64_t organization_id = 0;
    std::optional<std::int64_t> user_id;
    std::string source;  // import | self
    analytics::TeacherProfile profile;
    std::int64_t version = 1;
    std::int64_t updated_at = 0;
};

std::vector<StoredTeacherProfile> teacher_profiles(Connection& db, std::int64_t organization_id);
std::optional<StoredTeacherProfile> own_teacher_profile(Connection& db, std::int64_t organization_id,
                                                        std::int64_t user_id);
// Replaces every imported profile of the organization (self-entered ones stay). Returns how many were written.
std::int64_t replace_imported_teachers(Connection& db, std::int64_t organization_id,
                                       const std::vector<analytics::TeacherProfile>& profiles, std::int64_t now);
// Creates (expected_version 0) or updates the caller's own profile; false on a stale version.
bool save_own_teacher_profile(Connection& db, std::int64_t organization_id, std::int64_t user_id,
                              const analytics::TeacherProfile& profile, std::int64_t expected_version,
                              std::int64_t now);

}  // namespace trellis::store
