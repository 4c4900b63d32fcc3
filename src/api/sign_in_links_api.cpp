// Sign-in without a password, by a one-time link sent by e-mail (issue 15; docs/security.md, "Sign-in links").
// Asking answers the same 202 whatever the address, and mails a link only to an account's address; redeeming a
// link (a POST from the page the link opens, never the GET a mail scanner may fetch) starts a session like
// password sign-in. Requests are limited per address and per client address (sign_in_limits.hpp).
#include <cctype>

#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/authenticate.hpp"
#include "api/client_address.hpp"
#include "api/json_body.hpp"
#include "api/outgoing_mail.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "api/session_cookie.hpp"
#include "api/sign_in_limits.hpp"
#include "trellis/auth/secrets.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/notify/account_mail.hpp"
#include "trellis/store/accounts.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

// The browser's nonce, when its cookie holds one of ours (43 URL-safe characters); anything else counts as none.
std::optional<std::string> browser_nonce(const http::Request& request) {
    auto nonce = cookie_value(request, kLinkNonceCookie);
    if (!nonce || nonce->size() != 43) return std::nullopt;
    for (const char ch : *nonce) {
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_')) return std::nullopt;
    }
    return nonce;
}

http::Response request_link(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto email = body->required_string("email", 254);
    if (email) {
        if (auto problem = domain::check_email(*email)) body->add_error("email", *problem, domain::code::kNotAnEmail);
    }
    if (!body->ok()) return body->problem();
    const auto address = domain::lowercase_ascii(*email);
    const auto client = client_address(c.request, c.services.trusted_proxies);
    const auto now = c.services.now();

    // The client address's limit answers 429 whatever the address asked about, so it tells nothing about it.
    const auto waits = sign_in_link_waits(c.db, address, client, now);
    if (waits.client_address > 0) {
        auto response = http::problem(
            http::ProblemKind::rate_limited,
            fmt::format("too many sign-in links asked from your network address {}: try again in {} minute(s) ({} "
                        "seconds), or sign in with your password",
                        client, (waits.client_address + 59) / 60, waits.client_address));
        response.set_header("Retry-After", std::to_string(waits.client_address));
        return response;
    }
    // The same steps for every address up to here, and the same answer after: nobody can probe for accounts.
    record_sign_in_link_request(c.db, address, client, now);
    // A browser that asked before keeps its nonce, so each link it asked for stays valid in it.
    const auto nonce = browser_nonce(c.request).value_or(auth::new_token());
    if (waits.account == 0) {
        if (const auto user = store::find_user_by_email(c.db, address)) {
            const auto token = auth::new_token();
            store::insert_sign_in_link(c.db, auth::token_hash(token), user->id, auth::token_hash(nonce), now,
                                       now + kSignInLinkSeconds);
            const auto link = c.services.public_url + "/sign-in/link/" + token;
            send_to_person(c, user->email, domain::MailKind::transactional, [&](const std::string& lang) {
                return notify::sign_in_link_mail(user->email, user->name, link, lang);
            });
        }
    }
    auto response =
        json_response(202, json::object{{"status", "if an account exists for this address, a link is on its way"}});
    response.headers.push_back({"set-cookie", link_nonce_cookie(c.services, nonce)});
    return response;
}

http::Response redeem_link(RequestContext& c) {
    const auto& token = c.request.params.at("token");
    const auto nonce = browser_nonce(c.request);
    const auto user_id = token.size() > 100
                             ? std::nullopt
                             : store::spend_sign_in_link(c.db, auth::token_hash(token),
                                                         nonce ? auth::token_hash(*nonce) : "", c.services.now());
    const auto user = user_id ? store::find_user(c.db, *user_id) : std::nullopt;
    if (!user) {
        // One answer for an unknown, used or expired link and for one asked from another browser.
        return http::problem(http::ProblemKind::sign_in_link_invalid,
                             "this sign-in link is unknown, already used, expired or was asked for in another "
                             "browser; ask for a new one");
    }
    return start_session(c, *user);
}

}  // namespace

void add_sign_in_link_routes(RouteTable& routes) {
    routes.push_back({"POST", "/api/v1/sign-in-links", Guard::public_route(), request_link, access::everyone});
    routes.push_back({"POST", "/api/v1/sign-in-links/{token}", Guard::public_route(), redeem_link, access::everyone});
}

}  // namespace trellis::api
