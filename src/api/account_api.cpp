// Password resets by e-mailed one-time link, personal API tokens, and "me" (what the caller belongs to).
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/outgoing_mail.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/auth/secrets.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/notify/account_mail.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/networks.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::int64_t kResetSeconds = 3600;

http::Response request_reset(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto email = body->required_string("email", 254);
    if (email) {
        if (auto problem = domain::check_email(*email)) body->add_error("email", *problem, domain::code::kNotAnEmail);
    }
    if (!body->ok()) return body->problem();
    // The answer is the same whether or not the account exists, so nobody can probe for addresses.
    if (const auto user = store::find_user_by_email(c.db, domain::lowercase_ascii(*email))) {
        const auto token = auth::new_token();
        const auto now = c.services.now();
        store::insert_password_reset(c.db, auth::token_hash(token), user->id, now, now + kResetSeconds);
        const auto link = c.services.public_url + "/reset-password?token=" + token;
        send_to_person(c, user->email, domain::MailKind::transactional, [&](const std::string& lang) {
            return notify::password_reset_mail(user->email, user->name, link, lang);
        });
    }
    return json_response(202, json::object{{"status", "if an account exists for this address, a link is on its way"}});
}

http::Response confirm_reset(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto token = body->required_string("token", 100);
    const auto password = body->required_string("password", 1000);
    if (password) {
        if (auto problem = domain::check_password(*password)) body->add_error("password", *problem);
    }
    if (!body->ok()) return body->problem();
    const auto user_id = store::spend_password_reset(c.db, auth::token_hash(*token), c.services.now());
    if (!user_id) {
        return http::problem(http::ProblemKind::invalid_link,
                             "this password reset link is unknown, already used or expired; ask for a new one");
    }
    store::set_password(c.db, *user_id, auth::hash_password(*password));
    // Whoever knew the old password, or read an older reset mail, may hold any of these: they all end.
    store::revoke_credentials_after_reset(c.db, *user_id);
    // The mail proved the address: the account's sign-in lock ends too (known devices are kept; they pass
    // a lock only with the new password).
    if (const auto user = store::find_user(c.db, *user_id)) store::clear_sign_in_failures(c.db, user->email);
    return no_content();
}

http::Response list_tokens(RequestContext& c) {
    json::array tokens;
    for (const auto& t : store::list_api_tokens(c.db, c.principal.user_id)) {
        tokens.push_back(
            json::object{{"id", t.id},
                         {"name", t.name},
                         {"created_at", rfc3339(t.created_at)},
                         {"last_used_at", t.last_used_at ? json::value(rfc3339(*t.last_used_at)) : nullptr}});
    }
    return json_response(200, json::object{{"tokens", std::move(tokens)}});
}

http::Response create_token(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto name = body->required_string("name", 80);
    if (!body->ok()) return body->problem();
    const auto token = auth::new_token();
    const auto id =
        store::insert_api_token(c.db, auth::token_hash(token), c.principal.user_id, *name, c.services.now());
    return created(json::object{{"id", id}, {"name", *name}, {"token", token}}, fmt::format("/api/v1/tokens/{}", id));
}

http::Response delete_token(RequestContext& c) {
    if (!store::delete_api_token(c.db, c.principal.user_id, c.id())) return not_found(fmt::format("token {}", c.id()));
    return no_content();
}

http::Response me(RequestContext& c) {
    const auto user = store::find_user(c.db, c.principal.user_id);
    if (!user) return not_found("your account");
    json::array organizations;
    for (const auto& m : store::user_memberships(c.db, user->id)) {
        organizations.push_back(
            json::object{{"id", m.organization_id}, {"name", m.name}, {"kind", m.kind}, {"role", m.role}});
    }
    json::array teams;
    for (const auto& t : store::visible_teams(c.db, user->id, false)) {
        const auto seat = store::find_member_by_user(c.db, t.id, user->id);
        auto entry = team_summary_json(t).as_object();
        entry["organization_id"] = t.organization_id;
        entry["role"] = seat ? json::value(seat->role) : json::value(nullptr);
        teams.push_back(std::move(entry));
    }
    json::array networks;
    for (const auto& n : store::visible_networks(c.db, user->id, false)) {
        networks.push_back(json::object{{"id", n.id}, {"name", n.name}, {"focus", n.focus}});
    }
    return json_response(200, json::object{{"user", to_json(*user)},
                                           {"organizations", std::move(organizations)},
                                           {"teams", std::move(teams)},
                                           {"networks", std::move(networks)}});
}

}  // namespace

void add_account_routes(RouteTable& routes) {
    routes.push_back({"POST", "/api/v1/password-resets", Guard::public_route(), request_reset, access::everyone});
    routes.push_back(
        {"POST", "/api/v1/password-resets/confirm", Guard::public_route(), confirm_reset, access::everyone});
    routes.push_back({"GET", "/api/v1/me", Guard::signed_in(), me, access::signed_in});
    routes.push_back({"GET", "/api/v1/tokens", Guard::signed_in(), list_tokens, access::signed_in});
    routes.push_back({"POST", "/api/v1/tokens", Guard::signed_in(), create_token, access::signed_in});
    // A token is its owner's alone: anyone else's id answers as an unknown one.
    routes.push_back({"DELETE", "/api/v1/tokens/{id}", Guard::signed_in(), delete_token,
                      Access::parse("anonymous:401 stranger:404 other_lead:404 partner:404 participant:404 member:404 "
                                    "lead:404 data_lead:404 admin:allowed facilitator:404 mentor:404 reviewer:404")});
}

}  // namespace trellis::api
