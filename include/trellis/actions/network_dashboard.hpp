#pragma once
// The network dashboard (issue 11): one row per member team with what it shares with the network, and totals per
// member district. Read for the facilitator's staff and the mentor's coaches (the policy's network_progress). A team
// that shares nothing is not there at all, not even its name; its district is, as a network member.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/domain/coaching_hours.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/network_progress.hpp"
#include "trellis/guides/guide.hpp"
#include "trellis/store/network_progress.hpp"

namespace trellis::actions {

// Where the team stands in the first guide it adopted.
struct GuidePosition {
    const guides::Guide* guide = nullptr;
    const guides::Module* stage = nullptr;     // the module of the current section; null when all are complete
    const guides::Section* section = nullptr;  // the first section, in guide order, not complete
    int sections = 0;
    int complete = 0;
};

struct TeamProgress {
    std::optional<GuidePosition> guide;  // none adopted (or no longer loaded)
    domain::MeetingRhythm rhythm;
    domain::FollowThrough follow_through;
    int outreach_open = 0;
    // Hours of the network's coaching-log entries that served the team, each entry's full hours (see
    // domain/coaching_received.hpp).
    std::int64_t coaching_minutes = 0;
};

struct DashboardRow {
    store::NetworkTeam team;
    std::optional<TeamProgress> progress;                        // only when the team shares "progress"
    std::optional<std::vector<store::NetworkMeeting>> meetings;  // only when it shares "meetings"
};

struct DistrictTotals {
    std::int64_t organization_id = 0;
    std::string organization_name;
    std::string role;
    int teams_sharing = 0;  // anything
    int teams_sharing_progress = 0;
    int meetings_held = 0;  // over the teams sharing progress
    int open_overdue = 0;   // action items
    int outreach_open = 0;
    std::int64_t coaching_minutes = 0;  // each entry that served its teams sharing progress once
};

// An agreement of the network and its hours, summarized exactly as on the agreement's own page.
struct AgreementTotals {
    std::int64_t id = 0;
    std::string title;
    std::string status;
    std::string starts_on;
    std::string ends_on;
    domain::HoursSummary hours;
};

struct NetworkDashboard {
    std::string network_name;
    std::string today;
    std::vector<DashboardRow> rows;
    std::vector<DistrictTotals> districts;
    std::vector<AgreementTotals> agreements;  // newest start first
    bool in_full = true;                      // false: a peer district's view (reads_network_in_full)
};

// The caller's right to read it is the route guard's (network_progress); the demo and the bench call it directly.
// A caller who reads it only as a member district's staff (auth::reads_network_progress_in_full) gets the teams that
// also share with their peers, the totals of those, and no agreements (each party reads its own agreement's hours).
NetworkDashboard network_dashboard(const Caller& caller, std::int64_t network_id,
                                   const std::vector<guides::Guide>& guides);

// Whether the caller sees all that teams share with the network, or (a peer district's staff) only what a team
// shares with its peers too.
bool reads_network_in_full(const Caller& caller, std::int64_t network_id);

// A team's sharing with its networks.
struct TeamSharing {
    store::TeamNetworkShares shares;
    std::vector<store::SharedWithNetwork> networks;
};
TeamSharing team_sharing(const Caller& caller, std::int64_t team_id);
// `kinds` must be from domain::kNetworkShareKinds (a validation failure names the one that is not).
Result<TeamSharing> set_team_sharing(const Caller& caller, std::int64_t team_id, const std::vector<std::string>& kinds);

}  // namespace trellis::actions
