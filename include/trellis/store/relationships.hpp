#pragma once
// Loads what the permission policy needs to know about a user and one resource (auth/policy.hpp).
#include <cstdint>

#include "trellis/auth/policy.hpp"
#include "trellis/store/database.hpp"

namespace trellis::store {

auth::Relationship load_relationship(Connection& db, std::int64_t user_id, auth::ResourceKind kind, std::int64_t id);

}  // namespace trellis::store
