#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

// Sanger's MTSS resources in the library (issue 12, item 7), shared with the network by its mentor: the tiered-support
// referral flow (a one-page PDF), the intervention menu (a note) and a Spanish guide for families.
void add_demo_library(store::Connection& db, std::int64_t network_id, std::int64_t sanger, std::int64_t mentor,
                      std::int64_t now);

}  // namespace trellis::app
