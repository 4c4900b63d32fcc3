#pragma once
#include "api/route.hpp"
#include "trellis/store/accounts.hpp"

namespace trellis::api {

// Creates a session for the user and answers 200 {user, csrf_token} with the session cookie
// (HttpOnly, SameSite=Lax, Secure when served over TLS). Used by sign-in and invitation acceptance.
http::Response start_session(RequestContext& context, const store::User& user);
std::string expired_session_cookie(const Services& services);

}  // namespace trellis::api
