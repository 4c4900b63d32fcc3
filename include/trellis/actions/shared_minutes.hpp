#pragma once
// A team's minutes, seen from its network (issue 11): the network's facilitators and coaches (the route's guard,
// the policy's network_progress) read the minutes of a closed meeting only when its team shares "minutes" with
// that network (and, for a peer district's staff, with its peers too). Anything else, a meeting not closed, of a team
// that does not share minutes, of another network's member, answers as a meeting that does not exist.
#include <cstdint>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/store/meetings.hpp"

namespace trellis::actions {

Result<store::Meeting> shared_minutes(const Caller& caller, std::int64_t network_id, std::int64_t meeting_id);

}  // namespace trellis::actions
