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

// The sign-in link's browser nonce (issue 15): a random value set in answer to a request for a link (HttpOnly,
// SameSite=Lax, sent to the sign-in link routes only, 15 minutes); its hash is stored with the link, and a
// browser that carries another nonce when the link is redeemed is refused (docs/security.md says why one that
// carries none is not).
inline constexpr const char* kLinkNonceCookie = "trellis_link_nonce";
inline constexpr std::int64_t kSignInLinkSeconds = 15 * 60;
std::string link_nonce_cookie(const Services& services, const std::string& nonce);

}  // namespace trellis::api
