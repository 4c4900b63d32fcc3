// Sign in, who am I, sign out. Sign-in is limited to 5 failures per e-mail address in 15 minutes.
#include <boost/json.hpp>
#include <fmt/format.h>

#include "api/authenticate.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "api/session_cookie.hpp"
#include "trellis/auth/secrets.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/store/accounts.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::int64_t kFailureWindowSeconds = 15 * 60;
constexpr std::int64_t kMaxFailures = 5;

http::Response sign_in(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto email = body->required_string("email", 254);
    const auto password = body->required_string("password", 200);
    if (!body->ok()) return body->problem();
    const auto address = domain::lowercase_ascii(*email);
    const auto now = c.services.now();

    const auto window = store::sign_in_failures_since(c.db, address, now - kFailureWindowSeconds);
    if (window.count >= kMaxFailures) {
        const auto wait = std::max<std::int64_t>(1, window.oldest + kFailureWindowSeconds - now);
        auto response = http::problem(
            429, "rate-limited", "Too many sign-in attempts",
            fmt::format("too many failed sign-ins for {}: try again in {} minute(s), or reset your password",
                        address, (wait + 59) / 60));
        response.set_header("Retry-After", std::to_string(wait));
        return response;
    }
    const auto user = store::find_user_by_email(c.db, address);
    if (!user || !auth::verify_password(*password, user->password_hash)) {
        store::record_sign_in_failure(c.db, address, now);
        return http::problem(401, "invalid-credentials", "Sign-in failed",
                             "the e-mail address or the password is not right");
    }
    store::clear_sign_in_failures(c.db, address);
    return start_session(c, *user);
}

http::Response current_session(RequestContext& c) {
    const auto user = store::find_user(c.db, c.principal.user_id);
    if (!user) return not_found("your account");
    return json_response(200, json::object{{"user", to_json(*user)},
                                           {"csrf_token", c.principal.via_cookie ? json::value(c.principal.csrf_token)
                                                                                 : json::value(nullptr)}});
}

http::Response sign_out(RequestContext& c) {
    if (const auto token = cookie_value(c.request, kSessionCookie)) store::delete_session(c.db, auth::token_hash(*token));
    auto response = no_content();
    response.set_header("Set-Cookie", expired_session_cookie(c.services));
    return response;
}

}  // namespace

void add_session_routes(RouteTable& routes) {
    routes.push_back({"POST", "/api/v1/session", Guard::public_route(), sign_in, access::everyone, true});
    routes.push_back({"GET", "/api/v1/session", Guard::signed_in(), current_session, access::signed_in});
    routes.push_back({"DELETE", "/api/v1/session", Guard::signed_in(), sign_out, access::signed_in});
}

}  // namespace trellis::api
