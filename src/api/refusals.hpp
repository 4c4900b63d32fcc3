#pragma once
// The answers to a caller the policy refuses, in one place for the API's route guards (app.cpp) and the live
// channel's door (live_api.cpp), so both say the same thing for the same refusal.
#include <cstdint>
#include <optional>

#include "trellis/auth/policy.hpp"
#include "trellis/http/message.hpp"

namespace trellis::api {

// 401: no session and no token.
http::Response sign_in_required();

// 401: a bearer token that is unknown or revoked (scripts must learn their token is bad, not be anonymous).
http::Response invalid_api_token();

// 503 with Retry-After: the database is busy, or no pooled connection came free in time (store::PoolTimeout).
http::Response busy_response();

// The answer to auth::decide() about resource `id` of `kind`: nullopt for allow; 401, 403 (seen but not
// changeable) or 404 (not revealed) otherwise.
std::optional<http::Response> refusal(auth::Decision decision, auth::ResourceKind kind, std::int64_t id);

}  // namespace trellis::api
