// Networks (communities of practice): a facilitator organization, mentor and peer member organizations.
#include <boost/json.hpp>
#include <fmt/format.h>

#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/http/problem.hpp"
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

http::Response create_network(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Network n;
    const auto name = body->required_string("name", 200);
    const auto focus = body->optional_string("focus", 2000);
    const auto facilitator = body->required_integer("facilitator_organization_id");
    n.starts_on = body->optional_string("starts_on", 10);
    n.ends_on = body->optional_string("ends_on", 10);
    for (const auto& [field, value] : {std::pair{"starts_on", n.starts_on}, std::pair{"ends_on", n.ends_on}}) {
        if (value) {
            if (auto problem = domain::check_date(*value)) body->add_error(field, *problem);
        }
    }
    if (body->ok() && n.starts_on && n.ends_on && *n.ends_on < *n.starts_on) {
        body->add_error("ends_on", "must not be before starts_on");
    }
    if (!body->ok()) return body->problem();
    // Only the facilitator organization's admins may start a network in its name: the policy decides.
    const auto relationship =
        store::load_relationship(c.db, c.principal.user_id, auth::ResourceKind::organization, *facilitator);
    switch (auth::decide(c.principal, auth::ResourceKind::organization, auth::Action::manage, relationship)) {
        case auth::Decision::allow: break;
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
    return created(to_json(*store::find_network(c.db, id)), fmt::format("/api/v1/networks/{}", id));
}

http::Response get_network(RequestContext& c) {
    const auto n = store::find_network(c.db, c.id());
    if (!n) return not_found(fmt::format("network {}", c.id()));
    return json_response(200, to_json(*n));
}

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
        return validation_problem("organization_id", "the facilitator organization leads the network; it is not a member");
    }
    store::set_network_member(c.db, c.id(), *organization_id, *role);
    return created(json::object{{"organization", json::object{{"id", organization->id},
                                                              {"name", organization->name},
                                                              {"kind", organization->kind}}},
                                {"role", *role}},
                   fmt::format("/api/v1/networks/{}", c.id()));
}

http::Response remove_network_member(RequestContext& c) {
    if (!store::remove_network_member(c.db, c.id(), c.id("organization_id"))) {
        return not_found(fmt::format("organization {} in network {}", c.id("organization_id"), c.id()));
    }
    return no_content();
}

}  // namespace

void add_network_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"GET", "/api/v1/networks", Guard::signed_in(), list_networks, access::signed_in});
    routes.push_back({"POST", "/api/v1/networks", Guard::signed_in(), create_network, access::signed_in});
    routes.push_back({"GET", "/api/v1/networks/{id}", Guard::read(ResourceKind::network), get_network, access::network_readers});
    routes.push_back({"POST", "/api/v1/networks/{id}/members", Guard::manage(ResourceKind::network), add_network_member, access::network_managers});
    routes.push_back({"DELETE", "/api/v1/networks/{id}/members/{organization_id}", Guard::manage(ResourceKind::network),
                      remove_network_member, access::network_managers});
}

}  // namespace trellis::api
