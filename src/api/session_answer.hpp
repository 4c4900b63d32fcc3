#pragma once
// The body of GET /api/v1/session ({"user": …, "csrf_token": …}) for a signed-in caller; nullopt when the account
// is gone. Shared by the route and by the page the server sends (api/page_shell.hpp).
#include <boost/json.hpp>

#include <optional>

#include "trellis/auth/policy.hpp"
#include "trellis/store/database.hpp"

namespace trellis::api {

std::optional<boost::json::object> session_answer(store::Connection& db, const auth::Principal& principal);

}  // namespace trellis::api
