// Networks (communities of practice): a facilitator organization, mentor and peer member organizations.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/network_memberships_api.hpp"
#include "api/outgoing_mail.hpp"
#include "api/permissions_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/notify/network_mail.hpp"
#include "trellis/store/networks.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/relationships.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

http::Response list_networks(RequestContext& c) {
    json::array list;
    for (const auto& n : store::visible_networks(c.db, c.principal.user_id, c.principal.site_admin)) {
        auto entry = to_json(n).as_object();
        entry.erase("members");
        list.push_back(std::move(entry));
    }
    return json_response(200, json::object{{"networks", std::move(list)}});
}

// The network's dates, each a YYYY-MM-DD or absent (null or "" clears one on an edit); the end not before the start.
void read_dates(JsonBody& body, store::Network& n, bool creating) {
    for (auto [field, value] : {std::pair{"starts_on", &n.starts_on}, std::pair{"ends_on", &n.ends_on}}) {
        if (!creating && !body.object().contains(field)) continue;
        *value = body.optional_string(field, 10);
        if (*value && (*value)->empty()) value->reset();
        if (*value) {
            if (auto problem = domain::check_date(**value)) body.add_error(field, *problem);
        }
    }
    if (body.ok() && n.starts_on && n.ends_on && *n.ends_on < *n.starts_on) {
        body.add_error("ends_on", "must not be before starts_on");
    }
}

http::Response create_network(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Network n;
    const auto name = body->required_string("name", 200);
    const auto focus = body->optional_string("focus", 2000);
    const auto facilitator = body->required_integer("facilitator_organization_id");
    read_dates(*body, n, true);
    if (!body->ok()) return body->problem();
    // Only the facilitator organization's admins may start a network in its name: the policy decides.
    const auto relationship =
        store::load_relationship(c.db, c.principal.user_id, auth::ResourceKind::organization, *facilitator);
    switch (auth::decide(c.principal, auth::ResourceKind::organization, auth::Action::manage, relationship)) {
        case auth::Decision::allow:
            break;
        case auth::Decision::forbidden:
            return forbidden("only an admin of the facilitator organization can create a network for it");
        default:
            return validation_problem("facilitator_organization_id",
                                      fmt::format("organization {} was not found", *facilitator));
    }
    n.name = *name;
    n.focus = focus.value_or("");
    n.facilitator_id = *facilitator;
    const auto id = store::insert_network(c.db, n, c.services.now());
    auto out = to_json(*store::find_network(c.db, id)).as_object();
    out["may"] = may_json(c, auth::ResourceKind::network, id);
    return created(out, fmt::format("/api/v1/networks/{}", id));
}

// What the policy says about the caller and an organization other than the route's own resource.
auth::Decision decide_on_organization(RequestContext& c, auth::Action action, std::int64_t organization_id) {
    return auth::decide(
        c.principal, auth::ResourceKind::organization, action,
        store::load_relationship(c.db, c.principal.user_id, auth::ResourceKind::organization, organization_id));
}

// The name of an organization that has not accepted (or that the caller just added) is shown only when it is
// public record (a CDS code or NCES id: district names are) or when the caller may read the organization anyway:
// an id alone never reveals a private organization's name (docs/security.md, "Networks").
bool may_name(RequestContext& c, const store::NetworkMember& member) {
    return member.public_identifier ||
           decide_on_organization(c, auth::Action::read, member.organization_id) == auth::Decision::allow;
}

http::Response get_network(RequestContext& c) {
    const auto n = store::find_network(c.db, c.id());
    if (!n) return not_found(fmt::format("network {}", c.id()));
    auto out = to_json(*n, [&](const store::NetworkMember& m) { return may_name(c, m); }).as_object();
    out["may"] = may_json(c, auth::ResourceKind::network, n->id);
    return json_response(200, out);
}

// The facilitator's admins rename the network and change its focus and dates; the facilitator stays.
http::Response update_network(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto current = store::find_network(c.db, c.id());
    if (!current) return not_found(fmt::format("network {}", c.id()));
    const auto version = body->required_integer("version");
    auto updated = *current;
    if (body->object().contains("name")) {
        if (auto name = body->required_string("name", 200)) updated.name = *name;
    }
    if (body->object().contains("focus")) updated.focus = body->optional_string("focus", 2000).value_or("");
    read_dates(*body, updated, false);
    if (!body->ok()) return body->problem();
    const auto shown = [&](const store::Network& n) {
        auto out = to_json(n, [&](const store::NetworkMember& m) { return may_name(c, m); }).as_object();
        out["may"] = may_json(c, auth::ResourceKind::network, n.id);
        return out;
    };
    if (*version != current->version || !store::update_network(c.db, updated)) {
        return stale_edit("this network", *version, shown(*store::find_network(c.db, c.id())));
    }
    return json_response(200, shown(*store::find_network(c.db, c.id())));
}

// Asks each admin of the invited organization, by e-mail, to accept or decline on its network page.
void ask_the_admins(RequestContext& c, const store::Network& network, const store::Organization& organization) {
    const notify::NetworkInvitationText text{
        .organization = organization.name,
        .network = network.name,
        .focus = network.focus,
        .facilitator = network.facilitator_name,
        .inviter = c.principal.name,
        .link = fmt::format("{}/organizations/{}/networks", c.services.public_url, organization.id)};
    for (const auto& person : store::organization_members(c.db, organization.id)) {
        if (person.role != "admin") continue;
        send_to_person(c, person.email, domain::MailKind::transactional, [&](const std::string& lang) {
            return notify::network_invitation_mail(person.email, person.name, text, lang);
        });
    }
}

// Adding an organization asks its admins: the membership is pending until one of them accepts, unless the
// person adding it is one of them (their act is the consent). Until then the network sees only the name.
http::Response add_network_member(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto organization_id = body->required_integer("organization_id");
    const auto role = body->required_string("role", 20);
    if (role) {
        if (auto problem = domain::check_one_of(*role, domain::kNetworkRoles)) body->add_error("role", *problem);
    }
    if (!body->ok()) return body->problem();
    const auto network = store::find_network(c.db, c.id());
    const auto organization = store::find_organization(c.db, *organization_id);
    if (!organization) {
        return validation_problem("organization_id", fmt::format("organization {} was not found", *organization_id));
    }
    if (network->facilitator_id == *organization_id) {
        return validation_problem("organization_id",
                                  "the facilitator organization leads the network; it is not a member");
    }
    const bool consented = decide_on_organization(c, auth::Action::manage, *organization_id) == auth::Decision::allow;
    const auto added = store::add_network_member(c.db, c.id(), *organization_id, *role, consented, c.principal.user_id,
                                                 c.services.now());
    if (added.newly_pending) ask_the_admins(c, *network, *organization);
    const store::NetworkMember member{
        .organization_id = organization->id,
        .organization_name = organization->name,
        .organization_kind = organization->kind,
        .role = *role,
        .status = added.status,
        .public_identifier = organization->cds_code.value_or("") != "" || organization->nces_id.value_or("") != ""};
    json::object shown{{"id", organization->id}};
    if (may_name(c, member)) {
        shown["name"] = organization->name;
        shown["kind"] = organization->kind;
    }
    return created(json::object{{"organization", std::move(shown)}, {"role", *role}, {"status", added.status}},
                   fmt::format("/api/v1/networks/{}", c.id()));
}

// The facilitator's admins remove a member; the member organization's own admins leave, at any time. Two
// questions to the one policy: manage the network, or else manage the member organization.
http::Response remove_network_member(RequestContext& c) {
    const auto organization_id = c.id("organization_id");
    const auto network_decision =
        auth::decide(c.principal, auth::ResourceKind::network, auth::Action::manage,
                     store::load_relationship(c.db, c.principal.user_id, auth::ResourceKind::network, c.id()));
    if (network_decision != auth::Decision::allow &&
        decide_on_organization(c, auth::Action::manage, organization_id) != auth::Decision::allow) {
        if (network_decision == auth::Decision::forbidden) {
            return forbidden("only the facilitator's admins or the member organization's own admins can do this");
        }
        return not_found(fmt::format("network {}", c.id()));
    }
    if (!store::remove_network_member(c.db, c.id(), organization_id)) {
        return not_found(fmt::format("organization {} in network {}", organization_id, c.id()));
    }
    return no_content();
}

// The facilitator's admins and the member's own admins (D's admin, when D is the member removed).
const Access kNetworkMemberRemovers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:403 participant:403 member:403 "
    "lead:403 data_lead:403 admin:allowed facilitator:allowed mentor:403 reviewer:403");

}  // namespace

void add_network_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"GET", "/api/v1/networks", Guard::signed_in(), list_networks, access::signed_in});
    routes.push_back({"POST", "/api/v1/networks", Guard::signed_in(), create_network, access::signed_in});
    routes.push_back(
        {"GET", "/api/v1/networks/{id}", Guard::read(ResourceKind::network), get_network, access::network_readers});
    routes.push_back({"PATCH", "/api/v1/networks/{id}", Guard::manage(ResourceKind::network), update_network,
                      access::network_managers});
    routes.push_back({"POST", "/api/v1/networks/{id}/members", Guard::manage(ResourceKind::network), add_network_member,
                      access::network_managers});
    add_network_membership_routes(routes);
    // Signed in: the handler asks the policy for the network or the member organization (either may remove).
    routes.push_back({"DELETE", "/api/v1/networks/{id}/members/{organization_id}", Guard::signed_in(),
                      remove_network_member, kNetworkMemberRemovers});
}

}  // namespace trellis::api
