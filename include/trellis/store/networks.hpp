#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct NetworkMember {
    std::int64_t organization_id = 0;
    std::string organization_name;
    std::string organization_kind;
    std::string role;  // mentor | peer
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
    std::vector<NetworkMember> members;  // filled by find_network
};

std::optional<Network> find_network(Connection& db, std::int64_t id);
// Networks whose facilitator or member organizations include one of the user's; all for a site admin.
std::vector<Network> visible_networks(Connection& db, std::int64_t user_id, bool site_admin);
std::int64_t insert_network(Connection& db, const Network& network, std::int64_t now);
// Inserts or changes the organization's role in the network.
void set_network_member(Connection& db, std::int64_t network_id, std::int64_t organization_id, const std::string& role);
bool remove_network_member(Connection& db, std::int64_t network_id, std::int64_t organization_id);

}  // namespace trellis::store
