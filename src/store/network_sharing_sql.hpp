#pragma once
// The SQL that limits the network dashboard's reads to what member teams share (store/network_progress.cpp,
// store/network_coaching.cpp): one definition, so no read can drift and load a team that kept a kind to itself.
#include <string>

namespace trellis::store {

// Teams of the network's active member organizations (a pending or declined membership shares nothing): the
// network id is its parameter.
inline constexpr const char* kMemberTeams =
    "SELECT t.id AS team_id FROM teams t JOIN network_members nm ON nm.organization_id = t.organization_id "
    "AND nm.status = 'active' AND nm.network_id = ? ";

// The member teams that turned on one kind of sharing, parenthesized: (network id, kind) are its parameters.
inline std::string sharing_teams() {
    return std::string("(") + kMemberTeams + "JOIN team_network_shares s ON s.team_id = t.id AND s.kind = ?)";
}

}  // namespace trellis::store
