#pragma once
#include <optional>
#include <string>

#include "trellis/auth/policy.hpp"
#include "trellis/http/message.hpp"
#include "trellis/store/database.hpp"

namespace trellis::api {

inline constexpr const char* kSessionCookie = "trellis_session";

// Who is calling: a bearer token (scripts) or the session cookie (web app); anonymous otherwise.
// A bearer token that is unknown or revoked is an error, not anonymity: scripts must learn their token is bad.
struct Authentication {
    auth::Principal principal;
    bool invalid_bearer = false;
};
Authentication authenticate(const http::Request& request, store::Connection& db, std::int64_t now);

std::optional<std::string> cookie_value(const http::Request& request, std::string_view name);

}  // namespace trellis::api
