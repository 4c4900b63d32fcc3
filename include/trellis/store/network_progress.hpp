#pragma once
// What member teams share with their networks (issue 11), and the network dashboard's inputs, each read in one
// query for the whole network: a network of 200 teams is answered in a handful of queries, not hundreds.
// Every dashboard query reads only teams of organizations whose membership is active and that turned on the
// kind of sharing the figures need, so nothing a team kept to itself is ever loaded.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct TeamNetworkShares {
    std::vector<std::string> kinds;  // turned on, in domain::kNetworkShareKinds order
    std::optional<std::string> changed_by_name;
    std::optional<std::int64_t> changed_at;
};
TeamNetworkShares team_network_shares(Connection& db, std::int64_t team_id);
// Replaces the team's set: kinds turned off are removed, kinds kept keep who turned them on and when.
void set_team_network_shares(Connection& db, std::int64_t team_id, const std::vector<std::string>& kinds,
                             std::int64_t by, std::int64_t now);

// Networks whose participants may see what the team shares: those its organization takes part in (active).
struct SharedWithNetwork {
    std::int64_t id = 0;
    std::string name;
};
std::vector<SharedWithNetwork> networks_of_team(Connection& db, std::int64_t team_id);
// Whether the team's organization is an active member of the network and the team shares `kind` with it.
bool team_shares_with_network(Connection& db, std::int64_t network_id, std::int64_t team_id, const std::string& kind);

struct NetworkTeam {
    std::int64_t team_id = 0;
    std::string team_name;
    std::int64_t organization_id = 0;
    std::string organization_name;
    std::string role;                 // the organization's role in the network: mentor | peer
    std::vector<std::string> shares;  // kinds the team shares
};
// The teams of the network's active member organizations that share anything, by organization name then team
// name. A team that shares nothing is not read at all.
std::vector<NetworkTeam> network_teams(Connection& db, std::int64_t network_id);

struct NetworkMeeting {
    std::int64_t team_id = 0;
    std::int64_t id = 0;
    std::string title;
    std::optional<std::int64_t> starts_at;
    std::string status;
};
// Meetings of the teams that share `kind` ("progress" for the rhythm, "meetings" for titles), by team and time.
std::vector<NetworkMeeting> network_meetings(Connection& db, std::int64_t network_id, const std::string& kind);

struct NetworkActionItem {
    std::int64_t team_id = 0;
    std::string due_on;
    std::string status;
    std::optional<std::string> done_on;
    int carry_overs = 0;
};
std::vector<NetworkActionItem> network_action_items(Connection& db, std::int64_t network_id);  // sharing progress

// Open outreach items per team sharing progress (teams with none are absent).
std::map<std::int64_t, int> network_open_outreach(Connection& db, std::int64_t network_id);

struct NetworkSectionState {
    std::int64_t team_id = 0;
    std::string guide_id;
    std::string module_id;
    std::string section_id;
    std::string status;
};
// The first guide each team sharing progress adopted, and that guide's section statuses.
std::map<std::int64_t, std::string> network_first_guides(Connection& db, std::int64_t network_id);
std::vector<NetworkSectionState> network_section_states(Connection& db, std::int64_t network_id);

}  // namespace trellis::store
