// An organization's network memberships, seen and answered by its admins: a network's facilitator adds an
// organization, and the membership waits for one of them to accept (docs/security.md, "Networks"). Before that,
// the organization sees of the network only what it needs to decide: its name, focus and facilitator.
#include "api/network_memberships_api.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "trellis/store/networks.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::value membership_json(const store::NetworkMembership& m) {
    return json::object{
        {"network", json::object{{"id", m.network_id},
                                 {"name", m.network_name},
                                 {"focus", m.network_focus},
                                 {"facilitator", json::object{{"name", m.facilitator_name}}}}},
        {"role", m.role},
        {"status", m.status},
        {"invited_by_name", m.invited_by_name ? json::value(*m.invited_by_name) : json::value(nullptr)},
        {"invited_at", m.invited_at ? json::value(rfc3339(*m.invited_at)) : json::value(nullptr)},
        {"responded_at", m.responded_at ? json::value(rfc3339(*m.responded_at)) : json::value(nullptr)}};
}

http::Response list_memberships(RequestContext& c) {
    json::array list;
    for (const auto& m : store::network_memberships(c.db, c.id())) list.push_back(membership_json(m));
    return json_response(200, json::object{{"memberships", std::move(list)}});
}

// Accepting is for a pending invitation; accepting twice changes nothing. A declined one needs a new
// invitation from the facilitator, who may no longer want it.
http::Response answer(RequestContext& c, bool accept) {
    const auto network_id = c.id("network_id");
    const auto current = store::find_network_membership(c.db, c.id(), network_id);
    if (!current) return not_found(fmt::format("invitation to network {}", network_id));
    const auto wanted = accept ? "active" : "declined";
    if (current->status == "pending") {
        store::answer_network_invitation(c.db, network_id, c.id(), wanted, c.principal.user_id, c.services.now());
        return json_response(200, membership_json(*store::find_network_membership(c.db, c.id(), network_id)));
    }
    if (current->status == wanted) return json_response(200, membership_json(*current));
    if (accept) {
        return conflict(fmt::format(
            "the invitation to network {} was declined; ask its facilitator to invite you again", network_id));
    }
    return conflict(
        fmt::format("this organization is a member of network {}; to leave it, DELETE "
                    "/api/v1/networks/{}/members/{}",
                    network_id, network_id, c.id()));
}

http::Response accept_membership(RequestContext& c) { return answer(c, true); }
http::Response decline_membership(RequestContext& c) { return answer(c, false); }

}  // namespace

void add_network_membership_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const std::string base = "/api/v1/organizations/{id}/network-memberships";
    routes.push_back(
        {"GET", base, Guard::manage(ResourceKind::organization), list_memberships, access::organization_managers});
    routes.push_back({"POST", base + "/{network_id}/accept", Guard::manage(ResourceKind::organization),
                      accept_membership, access::organization_managers});
    routes.push_back({"POST", base + "/{network_id}/decline", Guard::manage(ResourceKind::organization),
                      decline_membership, access::organization_managers});
}

}  // namespace trellis::api
