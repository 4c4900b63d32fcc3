#pragma once
#include "api/route.hpp"
#include "trellis/store/accounts.hpp"

namespace trellis::api {

// Creates a session for the user and answers 200 {user, csrf_token} with the session cookie
// (HttpOnly, SameSite=Lax, Secure when served over TLS). Used by sign-in and invitation acceptance.
http::Response start_session(RequestContext& context, const store::User& user);
std::string expired_session_cookie(const Services& services);

// The known-device cookie (HttpOnly, SameSite=Lax, Secure behind TLS; sent to the sign-in route only): a
// browser that signed in to an account before passes that account's sign-in lock with the right password.
inline constexpr const char* kDeviceCookie = "trellis_device";
inline constexpr std::int64_t kDeviceCookieSeconds = 365 * 24 * 3600;
std::string device_cookie(const Services& services, const std::string& token);

}  // namespace trellis::api
