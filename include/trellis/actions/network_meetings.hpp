#pragma once
// Network meetings (issue 11): the community of practice meets as a network. A network meeting is an ordinary
// meeting of the network's host team (a team of the facilitator organization, made with the first network
// meeting, its maker seated as lead), so the meeting rules, live view, minutes and action items are the team
// meetings' own; what it adds is whom it invites (member organizations, or single teams of them) and logging it
// as coaching hours in one step.
#include <cstdint>
#include <optional>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/coaching_log.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/network_meetings.hpp"

namespace trellis::actions {

// One invitation as asked: an organization (all its teams) or a team (organization_id then left 0).
struct InvitationRequest {
    std::int64_t organization_id = 0;
    std::optional<std::int64_t> team_id;
};

// Plans a meeting of the network (the caller manages the network): `plan` as create_meeting takes it, without its
// team. Every invitation must name the network's facilitator or an organization whose membership is accepted
// (or a team of one): anything else is refused naming it, and nothing is stored.
Result<store::Meeting> plan_network_meeting(const Caller& caller, std::int64_t network_id, store::Meeting plan,
                                            const std::vector<InvitationRequest>& invitations);

// Replaces a network meeting's invitations (the caller manages the meeting); refused for a team's own meeting and
// for a closed or cancelled one.
Outcome change_invitations(const Caller& caller, std::int64_t meeting_id,
                           const std::vector<InvitationRequest>& invitations);

// Logs a held (or closed) network meeting as one coaching-log entry of kind network_meeting on an agreement of the
// same network, through log_coaching (its rules and hours warnings): the meeting's date and duration, the invited
// teams of the agreement's peer organizations, the title as focus and a summary of the record as notes. A
// meeting is logged once (a conflict after that, until its entry is removed).
Result<LoggedEntry> log_network_meeting(const Caller& caller, std::int64_t meeting_id, std::int64_t agreement_id);

}  // namespace trellis::actions
