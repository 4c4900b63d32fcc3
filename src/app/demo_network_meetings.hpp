#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

// Who takes part in the demo's network meeting: the network, its facilitator's admin who plans it, the invited
// districts and the people who write in it (the mentor and the two peer leads).
struct DemoNetworkMeeting {
    std::int64_t network_id = 0;
    std::int64_t facilitator_user = 0;
    std::int64_t sanger = 0, monterey = 0, lancaster = 0;
    std::int64_t mentor_user = 0, monterey_lead_user = 0, lancaster_lead_user = 0;
};

// A held and closed meeting of the network's community of practice, 12 days ago, inviting Sanger, Monterey
// Peninsula and Lancaster by organization: notes of a mentor and two peer leads, a decision and two action items
// owned by people of two districts. When the network has an active agreement (the MOU demo data), the meeting is
// logged on it as coaching hours; otherwise that step is skipped. Planned, closed and logged through the actions
// the API uses.
void add_demo_network_meeting(store::Connection& db, const DemoNetworkMeeting& who, std::int64_t now);

}  // namespace trellis::app
