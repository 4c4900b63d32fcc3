#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

struct DemoFeedbackPeople {
    std::int64_t lead = 0;    // Monterey's MTSS lead, who asks
    std::int64_t mentor = 0;  // Sanger's coach
    std::int64_t peer = 0;    // Lancaster's lead
};

// Monterey's MTSS team asked Sanger's coach for feedback on version 1 of its welcome-meeting prototype; the thread
// led to version 2, and the closed round says what changed and links it. A second round on version 2 is open: the
// coach has answered, Lancaster's lead is invited and has not answered yet. Runs after add_demo_prototypes; each
// reviewer must be one the team may ask (store::feedback_candidates), as the API requires.
void add_demo_feedback(store::Connection& db, std::int64_t mtss_team, const DemoFeedbackPeople& people,
                       std::int64_t now);

}  // namespace trellis::app
