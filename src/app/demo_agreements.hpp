#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

// Who and what the MOU story needs, made earlier in the demo.
struct DemoAgreementParties {
    std::int64_t network = 0;
    std::int64_t mentor_organization = 0;  // Sanger Unified
    std::int64_t monterey = 0;
    std::int64_t lancaster = 0;
    std::int64_t facilitator = 0;  // users
    std::int64_t mentor_coach = 0;
    std::int64_t second_coach = 0;
    std::int64_t monterey_lead = 0;
    std::int64_t lancaster_lead = 0;
    std::int64_t monterey_team = 0;  // the two peer MTSS teams
    std::int64_t lancaster_team = 0;
};

// The article's MOU: Pivot Learning buys 120 hours of Sanger Unified's coaching for Monterey Peninsula and
// Lancaster in the current school year. Its coaches logged a visit of the peer teams to Sanger, visits to each
// district, professional learning days, network meetings and weekly virtual coaching, whose latest next steps the
// peer leads accepted as action items (one still waits for an answer). The log stands a little past 80% of the
// purchase, so the warning shows. Made through the actions, as the API would. Returns the agreement's id.
std::int64_t add_demo_agreement(store::Connection& db, const DemoAgreementParties& parties, std::int64_t now);

}  // namespace trellis::app
