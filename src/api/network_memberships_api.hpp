#pragma once
#include "api/route.hpp"

namespace trellis::api {

// An organization's side of its network memberships: the invitations its admins accept or decline
// (network_memberships_api.cpp). Added to the table by add_network_routes.
void add_network_membership_routes(RouteTable& routes);

}  // namespace trellis::api
