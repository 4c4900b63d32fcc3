#pragma once
// The coaching figures of the network dashboard (issue 11), each read in one query for the whole network: the
// coaching-log entries of the network's agreements that served member teams sharing their progress, and every
// agreement of the network with its purchases and what its log drew down.
#include <cstdint>
#include <string>
#include <vector>

#include "trellis/domain/coaching_hours.hpp"
#include "trellis/domain/coaching_received.hpp"
#include "trellis/store/database.hpp"

namespace trellis::store {

// One row per (entry, team served) for the teams of active members that share "progress"; any agreement status.
std::vector<domain::ServedCoaching> network_coaching_served(Connection& db, std::int64_t network_id);

struct AgreementHours {
    std::int64_t id = 0;
    std::string title;
    std::string status;
    std::string starts_on;
    std::string ends_on;
    std::vector<domain::HoursPurchase> purchases;
    std::vector<domain::LoggedCoaching> logged;
};
// The network's agreements, newest start first (as store::network_agreements), in three queries whatever their
// number.
std::vector<AgreementHours> network_agreement_hours(Connection& db, std::int64_t network_id);

}  // namespace trellis::store
