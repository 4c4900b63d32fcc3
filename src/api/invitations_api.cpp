// Invitation links to join an organization or a team, e-mailed; accepting creates the account when needed.
// An invitation is the only way a team seat gets an account, and only the account with the invited address
// takes it (docs/security.md, "Invitations and team seats").
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/outgoing_mail.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "api/session_cookie.hpp"
#include "trellis/actions/invitations.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/notify/account_mail.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

http::Response invite(RequestContext& c, std::int64_t organization_id, std::optional<std::int64_t> team_id) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto email = body->required_string("email", 254);
    const auto role = body->required_string("role", 20);
    if (email) {
        if (auto problem = domain::check_email(*email)) body->add_error("email", *problem, domain::code::kNotAnEmail);
    }
    if (role) {
        const auto problem = team_id ? domain::check_one_of(*role, domain::kTeamRoles)
                                     : domain::check_one_of(*role, domain::kOrganizationRoles);
        if (problem) body->add_error("role", *problem);
    }
    if (!body->ok()) return body->problem();
    const auto issued = actions::issue_invitation(caller(c), {organization_id, team_id, *email, *role});
    if (!issued) return problem_for(issued.error());
    const auto& invitation = issued->invitation;
    const auto url = c.services.public_url + "/invitations/" + issued->token;
    send_after_commit(c, notify::invitation_mail(invitation.email, issued->place, c.principal.name, url));
    // Only the mail proves who holds the address: when mail is delivered, the link goes to the invitee alone
    // (anyone holding it can take the seat). Without a mailer the inviter gets it, to pass on in private.
    const bool mailed = c.services.mailer.delivers();
    json::object out{{"id", invitation.id},
                     {"email", invitation.email},
                     {"role", invitation.role},
                     {"mailed", mailed},
                     {"expires_at", rfc3339(invitation.expires_at)}};
    if (!mailed) out["url"] = url;
    // Where the invitee appears once they accept (the link itself is not a location to hand out).
    return created(out, team_id ? fmt::format("/api/v1/teams/{}", *team_id)
                                : fmt::format("/api/v1/organizations/{}/members", organization_id));
}

http::Response invite_to_organization(RequestContext& c) { return invite(c, c.id(), std::nullopt); }

http::Response invite_to_team(RequestContext& c) {
    const auto team = store::find_team(c.db, c.id());
    return invite(c, team->organization_id, team->id);
}

http::Response show_invitation(RequestContext& c) {
    const auto invitation = actions::usable_invitation(caller(c), c.request.params.at("token"));
    if (!invitation) return problem_for(actions::invalid_invitation_link());
    json::value team = nullptr;
    if (invitation->team_id) team = json::object{{"id", *invitation->team_id}, {"name", *invitation->team_name}};
    return json_response(200, json::object{{"kind", invitation->team_id ? "team" : "organization"},
                                           {"organization", json::object{{"id", invitation->organization_id},
                                                                         {"name", invitation->organization_name}}},
                                           {"team", std::move(team)},
                                           {"email", invitation->email},
                                           {"role", invitation->role},
                                           {"sign_in_by_link_offered", actions::offers_sign_in_by_link(*invitation)},
                                           {"expires_at", rfc3339(invitation->expires_at)}});
}

http::Response accept_invitation(RequestContext& c) {
    auto body = JsonBody::parse(c.request, /*allow_empty=*/true);
    if (!body) return body.error();
    const auto invitation = actions::usable_invitation(caller(c), c.request.params.at("token"));
    if (!invitation) return problem_for(actions::invalid_invitation_link());
    std::optional<actions::NewAccount> account;
    if (!c.principal.authenticated()) {
        const auto name = body->required_string("name", 200);
        // An account without a password signs in by e-mailed link (issue 15); a reset can give it one later.
        const bool by_link = body->optional_bool("sign_in_by_link").value_or(false);
        const auto password =
            by_link ? std::optional<std::string>(std::string()) : body->required_string("password", 1000);
        if (password && !by_link) {
            if (auto problem = domain::check_password(*password)) body->add_error("password", *problem);
        }
        if (!body->ok()) return body->problem();
        account = actions::NewAccount{*name, *password};
    }
    const auto user = actions::accept_invitation(caller(c), *invitation, account);
    if (!user) return problem_for(user.error());
    return start_session(c, *user);
}

}  // namespace

void add_invitation_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"POST", "/api/v1/organizations/{id}/invitations", Guard::manage(ResourceKind::organization),
                      invite_to_organization, access::organization_managers});
    routes.push_back({"POST", "/api/v1/teams/{id}/invitations", Guard::manage(ResourceKind::team), invite_to_team,
                      access::team_managers});
    routes.push_back({"GET", "/api/v1/invitations/{token}", Guard::public_route(), show_invitation, access::everyone});
    routes.push_back(
        {"POST", "/api/v1/invitations/{token}/accept", Guard::public_route(), accept_invitation, access::everyone});
}

}  // namespace trellis::api
