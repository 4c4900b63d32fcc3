#include "api/session_cookie.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/authenticate.hpp"
#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "trellis/auth/secrets.hpp"

namespace trellis::api {

namespace {

constexpr std::int64_t kSessionSeconds = 14 * 24 * 3600;

bool secure(const Services& services) { return services.secure_cookies || services.public_url.starts_with("https://"); }

}  // namespace

http::Response start_session(RequestContext& context, const store::User& user) {
    const auto token = auth::new_token();
    const auto csrf = auth::new_token();
    const auto now = context.services.now();
    store::insert_session(context.db, auth::token_hash(token), user.id, csrf, now, now + kSessionSeconds);
    auto response = json_response(200, boost::json::object{{"user", to_json(user)}, {"csrf_token", csrf}});
    response.set_header("Set-Cookie", fmt::format("{}={}; Path=/; Max-Age={}; HttpOnly; SameSite=Lax{}", kSessionCookie,
                                                  token, kSessionSeconds, secure(context.services) ? "; Secure" : ""));
    return response;
}

std::string expired_session_cookie(const Services& services) {
    return fmt::format("{}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax{}", kSessionCookie,
                       secure(services) ? "; Secure" : "");
}

std::string device_cookie(const Services& services, const std::string& token) {
    return fmt::format("{}={}; Path=/api/v1/session; Max-Age={}; HttpOnly; SameSite=Lax{}", kDeviceCookie, token,
                       kDeviceCookieSeconds, secure(services) ? "; Secure" : "");
}

std::string link_nonce_cookie(const Services& services, const std::string& nonce) {
    return fmt::format("{}={}; Path=/api/v1/sign-in-links; Max-Age={}; HttpOnly; SameSite=Lax{}", kLinkNonceCookie,
                       nonce, kSignInLinkSeconds, secure(services) ? "; Secure" : "");
}

}  // namespace trellis::api
