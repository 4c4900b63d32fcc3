#pragma once
// Network meetings (issue 11): which team hosts a network's meetings, which meetings are a network's, whom they
// invite (member organizations or single teams of them) and the coaching-log entry a meeting was logged as.
// An invitation counts only while its organization takes part in the network (store/networks.hpp's participants):
// an organization that leaves the network stops seeing the meetings it was invited to.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::store {

// The network's community-of-practice team (a team of its facilitator organization), once it has one.
std::optional<std::int64_t> network_host_team(Connection& db, std::int64_t network_id);
void set_network_host_team(Connection& db, std::int64_t network_id, std::int64_t team_id);

struct MeetingInvitation {
    std::int64_t organization_id = 0;
    std::string organization_name;        // read only
    std::optional<std::int64_t> team_id;  // none: every team of the organization
    std::string team_name;                // read only
};

// The network a meeting belongs to; none for a team's own meeting.
std::optional<std::int64_t> network_of_meeting(Connection& db, std::int64_t meeting_id);
void insert_network_meeting(Connection& db, std::int64_t meeting_id, std::int64_t network_id);
// The network's meetings, soonest start first (drafts without a start last).
std::vector<std::int64_t> network_meeting_ids(Connection& db, std::int64_t network_id);

// Organizations first, then teams, by name.
std::vector<MeetingInvitation> meeting_invitations(Connection& db, std::int64_t meeting_id);
void replace_meeting_invitations(Connection& db, std::int64_t meeting_id,
                                 const std::vector<MeetingInvitation>& invitations);
// The teams the invitations reach (an organization's every team), while their organization takes part.
std::vector<std::int64_t> invited_team_ids(Connection& db, std::int64_t meeting_id);
// SQL rows (meeting_id) of the network meetings whose invitations reach a team the user is seated on, while the
// team's organization takes part in the network: the user's id is its one parameter. For the calendar feed.
std::string meetings_inviting_user_sql();
// The caller's strongest seat (lead > member > participant > viewer) on a team invited to the meeting, if any.
std::optional<std::string> invited_team_role(Connection& db, std::int64_t meeting_id, std::int64_t user_id);

// Everyone the meeting is for: the host team's members, then the invited teams' members (by team, lead first),
// each member row once. For a team's own meeting: its members. Perspectives are not filled.
std::vector<Member> meeting_participants(Connection& db, std::int64_t meeting_id, std::int64_t host_team_id);
std::optional<Member> find_meeting_participant(Connection& db, std::int64_t meeting_id, std::int64_t host_team_id,
                                               std::int64_t member_id);

// The coaching-log entry the meeting was logged as (none when never logged or the entry was removed).
std::optional<std::int64_t> meeting_coaching_entry(Connection& db, std::int64_t meeting_id);
void set_meeting_coaching_entry(Connection& db, std::int64_t meeting_id, std::int64_t entry_id);

// The facilitator or an organization whose membership in the network is accepted.
bool takes_part_in_network(Connection& db, std::int64_t network_id, std::int64_t organization_id);

struct InvitableOrganization {
    std::int64_t id = 0;
    std::string name;
    std::vector<std::pair<std::int64_t, std::string>> teams;  // team id, name
};
// The network's participants with their teams, facilitator first, then by name: the planning form's choices.
std::vector<InvitableOrganization> invitable_organizations(Connection& db, std::int64_t network_id);

}  // namespace trellis::store
