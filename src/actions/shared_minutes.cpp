#include "trellis/actions/shared_minutes.hpp"

#include <fmt/format.h>

#include "trellis/actions/network_dashboard.hpp"
#include "trellis/store/network_progress.hpp"

namespace trellis::actions {

Result<store::Meeting> shared_minutes(const Caller& caller, std::int64_t network_id, std::int64_t meeting_id) {
    auto meeting = store::find_meeting(caller.db, meeting_id);
    if (!meeting || !meeting->minutes_json ||
        !store::team_shares_with_network(caller.db, network_id, meeting->team_id, "minutes") ||
        (!reads_network_in_full(caller, network_id) &&
         !store::team_shares_with_network(caller.db, network_id, meeting->team_id, "peers"))) {
        return fail(FailureKind::not_found, fmt::format("meeting {}", meeting_id));
    }
    return *std::move(meeting);
}

}  // namespace trellis::actions
