#pragma once
// Loads what the permission policy needs to know about a user and one resource (auth/policy.hpp).
#include <cstdint>

#include "trellis/auth/policy.hpp"
#include "trellis/store/database.hpp"

namespace trellis::store {

auth::Relationship load_relationship(Connection& db, std::int64_t user_id, auth::ResourceKind kind, std::int64_t id);

// The policy's read decision for one listed item, whose relationship a list query loaded with the item: every
// visible_* list keeps exactly the items this allows (the lists hold no permission rule of their own).
bool readable_by(std::int64_t user_id, bool site_admin, auth::ResourceKind kind, const auth::Relationship& r);

}  // namespace trellis::store
