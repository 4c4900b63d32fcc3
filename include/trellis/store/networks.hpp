#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

// Who takes part in a network, as rows (network_id, organization_id): its facilitator and the member
// organizations whose admins accepted. A pending or declined membership grants nothing, so every query that
// reads network participation for a permission or a list goes through this one definition.
inline constexpr const char* kActiveNetworkParticipants =
    "(SELECT network_id, organization_id FROM network_members WHERE status = 'active' "
    "UNION SELECT id, facilitator_organization_id FROM networks)";

struct NetworkMember {
    std::int64_t organization_id = 0;
    std::string organization_name;
    std::string organization_kind;
    std::string role;    // mentor | peer
    std::string status;  // pending | active | declined
    // The organization carries a public identifier (CDS code or NCES id): its name is public record.
    bool public_identifier = false;
};

struct Network {
    std::int64_t id = 0;
    std::string name;
    std::string focus;
    std::int64_t facilitator_id = 0;
    std::string facilitator_name;
    std::optional<std::string> starts_on;
    std::optional<std::string> ends_on;
    std::int64_t version = 1;
    std::vector<NetworkMember> members;  // filled by find_network: active first, then pending, then declined
};

// One organization's membership in a network, seen from the organization: what its admins need to decide
// (the network's name, focus and facilitator) and nothing else of the network.
struct NetworkMembership {
    std::int64_t network_id = 0;
    std::string network_name;
    std::string network_focus;
    std::string facilitator_name;
    std::string role;
    std::string status;
    std::optional<std::string> invited_by_name;
    std::optional<std::int64_t> invited_at;
    std::optional<std::int64_t> responded_at;
};

std::optional<Network> find_network(Connection& db, std::int64_t id);
// Networks the user's organizations facilitate or are active members of; all for a site admin.
std::vector<Network> visible_networks(Connection& db, std::int64_t user_id, bool site_admin);
std::int64_t insert_network(Connection& db, const Network& network, std::int64_t now);
// Saves the name, focus and dates when `network.version` is current and bumps it; false when someone saved in
// between. The facilitator stays.
bool update_network(Connection& db, const Network& network);

// Adds the organization to the network or changes its role. With `consented` (the person adding it is one of
// its admins) the membership is active at once; otherwise a new or declined membership becomes pending and
// waits for its admins, and an active or pending one keeps its status. Returns the status afterwards and
// whether it just became pending (its admins are to be asked).
struct AddedMembership {
    std::string status;
    bool newly_pending = false;
};
AddedMembership add_network_member(Connection& db, std::int64_t network_id, std::int64_t organization_id,
                                   const std::string& role, bool consented, std::int64_t invited_by, std::int64_t now);
bool remove_network_member(Connection& db, std::int64_t network_id, std::int64_t organization_id);

// The organization's memberships, pending first.
std::vector<NetworkMembership> network_memberships(Connection& db, std::int64_t organization_id);
std::optional<NetworkMembership> find_network_membership(Connection& db, std::int64_t organization_id,
                                                         std::int64_t network_id);
// An admin's answer to a pending membership: 'active' or 'declined'. False when it was not pending.
bool answer_network_invitation(Connection& db, std::int64_t network_id, std::int64_t organization_id,
                               const std::string& status, std::int64_t user_id, std::int64_t now);

}  // namespace trellis::store
