#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

// Monterey's World Languages Standards team declared what "fully implemented" means for it (two criteria) and
// assessed its implementation twice, a term apart (Spring 2026, Fall 2026), with ratings rising and evidence
// notes: not yet fully implemented.
void add_demo_assessments(store::Connection& db, std::int64_t world_languages, std::int64_t lead_user,
                          std::int64_t now);

}  // namespace trellis::app
