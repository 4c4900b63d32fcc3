#pragma once
// A team's seats: adding a person and changing a seat, with the rule that one address holds one seat per team.
#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {

// Adds `seat` (fields already checked by the caller's parser) to seat.team_id; refuses an address that already
// holds a seat on the team. The seat stays without an account even when one has this address: only the person,
// accepting the team's invitation, links an account to a seat.
Result<store::Member> add_member(const Caller& caller, const store::Member& seat);

// Saves `changed`, an edited copy of `current`; refuses an address another seat of the team holds. A new address
// withdraws the invitations sent to the old one: they were for someone else now. Someone else's save since
// `current` was read is a stale_edit failure.
Result<store::Member> update_member(const Caller& caller, const store::Member& current, const store::Member& changed);

}  // namespace trellis::actions
