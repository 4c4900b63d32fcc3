#pragma once
// Who runs an action: the signed-in person (or the CLI and the demo acting as one) and the connection, inside
// the transaction of the request or command, that every read and write of the action goes through.
#include <cstdint>

#include "trellis/auth/policy.hpp"
#include "trellis/domain/server_text.hpp"
#include "trellis/store/database.hpp"

namespace trellis::actions {

struct Caller {
    store::Connection& db;
    const auth::Principal& principal;
    std::int64_t now = 0;  // Unix seconds: the time the action records
    // The language of the person acting: text the server writes into the team's records for them (carried-over
    // agenda items, default outreach titles) is in it. The web app sends its language as Accept-Language.
    domain::Language language = domain::Language::en;
};

// The policy's answer for the caller and one resource (store/relationships + auth::decide).
bool may(const Caller& caller, auth::ResourceKind kind, auth::Action action, std::int64_t id);

// The same, for the caller's own standing in the resource: a site administrator's override left out. For rules
// that follow a person's role rather than guard access (the organization's admin who becomes a new team's lead).
bool may_by_own_role(const Caller& caller, auth::ResourceKind kind, auth::Action action, std::int64_t id);

}  // namespace trellis::actions
