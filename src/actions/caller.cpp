#include "trellis/actions/caller.hpp"

#include "trellis/store/relationships.hpp"

namespace trellis::actions {

bool may(const Caller& caller, auth::ResourceKind kind, auth::Action action, std::int64_t id) {
    const auto relationship = store::load_relationship(caller.db, caller.principal.user_id, kind, id);
    return auth::decide(caller.principal, kind, action, relationship) == auth::Decision::allow;
}

bool may_by_own_role(const Caller& caller, auth::ResourceKind kind, auth::Action action, std::int64_t id) {
    auto own = caller.principal;
    own.site_admin = false;
    const auto relationship = store::load_relationship(caller.db, own.user_id, kind, id);
    return auth::decide(own, kind, action, relationship) == auth::Decision::allow;
}

}  // namespace trellis::actions
