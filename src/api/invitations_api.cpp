// Invitation links to join an organization or a team, e-mailed; accepting creates the account when needed.
// An invitation is the only way a team seat gets an account, and only the account with the invited address
// takes it (docs/security.md, "Invitations and team seats").
#include <boost/json.hpp>
#include <fmt/format.h>

#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/outgoing_mail.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "api/session_cookie.hpp"
#include "trellis/auth/secrets.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/notify/account_mail.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/invitations.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::int64_t kInvitationSeconds = 14 * 24 * 3600;

http::Response invalid_link() {
    return http::problem(http::ProblemKind::invalid_invitation,
                         "this invitation link is unknown, already accepted or expired; ask for a new one");
}

// A team invitation names its seat: the team's row for this address when there is one (made with
// "add member"), so that accepting links that row and no other. An address already seated with an account
// has nothing to accept.
std::optional<http::Response> name_the_seat(RequestContext& c, store::Invitation& invitation) {
    const auto seat = store::find_member_by_email(c.db, *invitation.team_id, invitation.email);
    const auto account = store::find_user_by_email(c.db, invitation.email);
    const bool seated = (seat && seat->user_id) ||
                        (account && store::find_member_by_user(c.db, *invitation.team_id, account->id));
    if (seated) {
        return conflict(fmt::format("email: {} is already on this team with an account; change their role on the "
                                    "team page instead of inviting them",
                                    invitation.email));
    }
    if (seat) invitation.member_id = seat->id;
    return std::nullopt;
}

http::Response invite(RequestContext& c, std::int64_t organization_id, std::optional<std::int64_t> team_id) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto email = body->required_string("email", 254);
    const auto role = body->required_string("role", 20);
    if (email) {
        if (auto problem = domain::check_email(*email)) body->add_error("email", *problem);
    }
    if (role) {
        const auto problem = team_id ? domain::check_one_of(*role, domain::kTeamRoles)
                                     : domain::check_one_of(*role, domain::kOrganizationRoles);
        if (problem) body->add_error("role", *problem);
    }
    if (!body->ok()) return body->problem();

    store::Invitation invitation;
    invitation.organization_id = organization_id;
    invitation.team_id = team_id;
    invitation.email = domain::lowercase_ascii(*email);
    invitation.role = *role;
    if (team_id) {
        if (auto problem = name_the_seat(c, invitation)) return *problem;
    }
    const auto now = c.services.now();
    invitation.expires_at = now + kInvitationSeconds;
    const auto token = auth::new_token();
    const auto id = store::insert_invitation(c.db, auth::token_hash(token), invitation, c.principal.user_id, now);

    const auto organization = store::find_organization(c.db, organization_id);
    const auto place = team_id ? store::find_team(c.db, *team_id)->name : organization->name;
    const auto url = c.services.public_url + "/invitations/" + token;
    send_after_commit(c, notify::invitation_mail(invitation.email, place, c.principal.name, url));
    // Only the mail proves who holds the address: when mail is delivered, the link goes to the invitee alone
    // (anyone holding it can take the seat). Without a mailer the inviter gets it, to pass on in private.
    const bool mailed = c.services.mailer.delivers();
    json::object out{{"id", id},
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

std::optional<store::Invitation> usable_invitation(RequestContext& c) {
    auto invitation = store::find_invitation(c.db, auth::token_hash(c.request.params.at("token")));
    if (!invitation || invitation->accepted_at || invitation->expires_at <= c.services.now()) return std::nullopt;
    return invitation;
}

http::Response show_invitation(RequestContext& c) {
    const auto invitation = usable_invitation(c);
    if (!invitation) return invalid_link();
    json::value team = nullptr;
    if (invitation->team_id) team = json::object{{"id", *invitation->team_id}, {"name", *invitation->team_name}};
    return json_response(
        200, json::object{{"kind", invitation->team_id ? "team" : "organization"},
                          {"organization", json::object{{"id", invitation->organization_id},
                                                        {"name", invitation->organization_name}}},
                          {"team", std::move(team)},
                          {"email", invitation->email},
                          {"role", invitation->role},
                          {"expires_at", rfc3339(invitation->expires_at)}});
}

// Seats the user in the invitation's team: the seat it names, or (invited before the team added the address)
// the team's row for the address, or a new seat. Links no row of any other team.
std::optional<http::Response> take_seat(RequestContext& c, const store::Invitation& invitation,
                                        const store::User& user) {
    const auto team_id = *invitation.team_id;
    if (auto held = store::find_member_by_user(c.db, team_id, user.id)) {
        // Seated already (invited twice): the invitation's role is the news.
        held->role = invitation.role;
        store::update_member(c.db, *held);
        return std::nullopt;
    }
    const auto seat = invitation.member_id ? store::find_member(c.db, team_id, *invitation.member_id)
                                           : store::find_member_by_email(c.db, team_id, invitation.email);
    if (seat) {
        if (!store::link_member_to_user(c.db, seat->id, user.id, invitation.role)) {
            return conflict(fmt::format("this seat in {} already belongs to another account; ask the team's lead",
                                        *invitation.team_name));
        }
        return std::nullopt;
    }
    store::Member member;
    member.team_id = team_id;
    member.user_id = user.id;
    member.name = user.name;
    member.email = user.email;
    member.role = invitation.role;
    store::insert_member(c.db, member, c.services.now());
    return std::nullopt;
}

// Gives the user what the invitation offers: the organization role, or a team seat (and a plain organization
// membership so they can see the organization's profile).
std::optional<http::Response> grant(RequestContext& c, const store::Invitation& invitation, const store::User& user) {
    if (!invitation.team_id) {
        store::set_organization_role(c.db, invitation.organization_id, user.id, invitation.role);
        return std::nullopt;
    }
    const auto current_role = c.db.query_one(
        "SELECT role FROM organization_members WHERE organization_id = ? AND user_id = ?",
        {invitation.organization_id, user.id});
    if (!current_role) store::set_organization_role(c.db, invitation.organization_id, user.id, "member");
    return take_seat(c, invitation, user);
}

// Holding the link proves nothing about who follows it: a signed-in account takes only its own invitations.
http::Response addressed_to_someone_else(const store::Invitation& invitation, const store::User& user) {
    return forbidden(fmt::format("this invitation is for {}, and you are signed in as {}; sign out, then open the "
                                 "link again as {}",
                                 invitation.email, user.email, invitation.email));
}

http::Response accept_invitation(RequestContext& c) {
    auto body = JsonBody::parse(c.request, /*allow_empty=*/true);
    if (!body) return body.error();
    const auto invitation = usable_invitation(c);
    if (!invitation) return invalid_link();

    std::optional<store::User> user;
    if (c.principal.authenticated()) {
        user = store::find_user(c.db, c.principal.user_id);
        if (user->email != invitation->email) return addressed_to_someone_else(*invitation, *user);
    } else {
        const auto name = body->required_string("name", 200);
        const auto password = body->required_string("password", 1000);
        if (password) {
            if (auto problem = domain::check_password(*password)) body->add_error("password", *problem);
        }
        if (!body->ok()) return body->problem();
        if (store::find_user_by_email(c.db, invitation->email)) {
            return conflict(fmt::format("email: an account for {} already exists; sign in, then open the link again",
                                        invitation->email));
        }
        const auto id = store::insert_user(c.db, invitation->email, *name, auth::hash_password(*password), false,
                                           c.services.now());
        user = store::find_user(c.db, id);
    }
    if (!store::mark_invitation_accepted(c.db, invitation->id, user->id, c.services.now())) return invalid_link();
    if (auto problem = grant(c, *invitation, *user)) return *problem;
    return start_session(c, *user);
}

}  // namespace

void add_invitation_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"POST", "/api/v1/organizations/{id}/invitations", Guard::manage(ResourceKind::organization),
                      invite_to_organization, access::organization_managers});
    routes.push_back({"POST", "/api/v1/teams/{id}/invitations", Guard::manage(ResourceKind::team), invite_to_team, access::team_managers});
    routes.push_back({"GET", "/api/v1/invitations/{token}", Guard::public_route(), show_invitation, access::everyone});
    routes.push_back({"POST", "/api/v1/invitations/{token}/accept", Guard::public_route(), accept_invitation, access::everyone});
}

}  // namespace trellis::api
