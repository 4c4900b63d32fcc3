#pragma once
// The caller's relationship to a resource, loaded once per request. A read asks it up to three times (the
// route's guard, the contact-details rule, the `may` member), and on PostgreSQL each load is a round trip.
// The memo lives in the request's context, so no answer reaches another caller or outlives the request; a write
// request never uses it, because its handler may change the very roles the relationship holds (a lead changing a
// seat, then answering with the team's new `may`).
#include <cstdint>
#include <vector>

#include "trellis/auth/policy.hpp"

namespace trellis::api {

struct RelationshipMemo {
    struct Entry {
        auth::ResourceKind kind;
        std::int64_t id;
        auth::Relationship relationship;
    };
    std::vector<Entry> entries;  // a handful at most: a linear search is the fastest
};

}  // namespace trellis::api
