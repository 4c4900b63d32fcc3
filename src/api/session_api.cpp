// Sign in, who am I, sign out. Failed sign-ins are limited per account and per client address, with waits
// that grow (sign_in_limits.hpp); a browser that signed in before keeps its way in during an account's lock.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/authenticate.hpp"
#include "api/client_address.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "api/session_answer.hpp"
#include "api/session_cookie.hpp"
#include "api/sign_in_limits.hpp"
#include "trellis/auth/password_check.hpp"
#include "trellis/auth/secrets.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/store/accounts.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::int64_t kKeptDevicesPerUser = 20;

http::Response too_many_attempts(std::int64_t wait, const std::string& why) {
    auto response = http::problem(
        http::ProblemKind::rate_limited,
        fmt::format("{}: try again in {} minute(s) ({} seconds), or reset your password", why, (wait + 59) / 60, wait));
    response.set_header("Retry-After", std::to_string(wait));
    return response;
}

// The device cookie's record, when it names a device that has signed in to this account and has not used up
// its own failures.
std::optional<store::KnownDevice> known_device(RequestContext& c, const std::optional<store::User>& user,
                                               std::int64_t now) {
    const auto token = cookie_value(c.request, kDeviceCookie);
    if (!token || !user) return std::nullopt;
    auto device = store::find_known_device(c.db, auth::token_hash(*token), now - kDeviceCookieSeconds);
    if (!device || device->user_id != user->id || device->failures >= kKnownDeviceFailures) return std::nullopt;
    return device;
}

// A known device with the right password passes the account's lock: that lock is there against guessing from
// elsewhere, and must not let whoever guesses lock the owner out. It passes the client address's limit too:
// a district's staff often share one public address, where a student trying accounts would otherwise lock out
// every teacher in the building; the device's own failures stay limited (kKnownDeviceFailures), and its pass
// is for its own account only, so it buys no guesses at anyone else's.
http::Response sign_in(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto email = body->required_string("email", 254);
    const auto password = body->required_string("password", 200);
    if (!body->ok()) return body->problem();
    const auto address = domain::lowercase_ascii(*email);
    const auto client = client_address(c.request, c.services.trusted_proxies);
    const auto now = c.services.now();

    const auto user = store::find_user_by_email(c.db, address);
    const auto device = known_device(c, user, now);
    const auto waits = sign_in_waits(c.db, address, client, now);
    if (!device && (waits.account > 0 || waits.client_address > 0)) {
        record_sign_in_failure(c.db, address, client, now);  // hammering on a lock makes it longer
        return waits.account >= waits.client_address
                   ? too_many_attempts(waits.account, fmt::format("too many failed sign-ins for {}", address))
                   : too_many_attempts(waits.client_address,
                                       fmt::format("too many failed sign-ins from your network address {}", client));
    }
    if (!auth::password_matches(*password, user ? &user->password_hash : nullptr)) {
        record_sign_in_failure(c.db, address, client, now);
        if (device) store::known_device_failed(c.db, device->id);
        return http::problem(http::ProblemKind::invalid_credentials, "the e-mail address or the password is not right");
    }
    // A known device passing a lock leaves the lock in place for everyone else.
    if (waits.account == 0) store::clear_sign_in_failures(c.db, address);
    auto response = start_session(c, *user);
    if (device) {
        store::known_device_signed_in(c.db, device->id, now);
        response.headers.push_back({"set-cookie", device_cookie(c.services, *cookie_value(c.request, kDeviceCookie))});
    } else {
        const auto token = auth::new_token();
        store::insert_known_device(c.db, auth::token_hash(token), user->id, now, kKeptDevicesPerUser);
        response.headers.push_back({"set-cookie", device_cookie(c.services, token)});
    }
    return response;
}

http::Response current_session(RequestContext& c) {
    auto answer = session_answer(c.db, c.principal);
    if (!answer) return not_found("your account");
    return json_response(200, std::move(*answer));
}

http::Response sign_out(RequestContext& c) {
    if (const auto token = cookie_value(c.request, kSessionCookie))
        store::delete_session(c.db, auth::token_hash(*token));
    auto response = no_content();
    response.set_header("Set-Cookie", expired_session_cookie(c.services));
    return response;
}

}  // namespace

std::optional<json::object> session_answer(store::Connection& db, const auth::Principal& principal) {
    const auto user = store::find_user(db, principal.user_id);
    if (!user) return std::nullopt;
    return json::object{
        {"user", to_json(*user)},
        {"csrf_token", principal.via_cookie ? json::value(principal.csrf_token) : json::value(nullptr)}};
}

void add_session_routes(RouteTable& routes) {
    routes.push_back({"POST", "/api/v1/session", Guard::public_route(), sign_in, access::everyone, true});
    routes.push_back({"GET", "/api/v1/session", Guard::signed_in(), current_session, access::signed_in});
    routes.push_back({"DELETE", "/api/v1/session", Guard::signed_in(), sign_out, access::signed_in});
}

}  // namespace trellis::api
