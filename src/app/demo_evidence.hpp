#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

// Monterey's MTSS team's discovery evidence (issue 12, item 7): two empathy interviews and a focus group (who
// took part as roles only), tagged into the themes "No adult knows they are in foster care" and "Transport gaps
// after moves", and an insight linked to the three.
void add_demo_evidence(store::Connection& db, std::int64_t monterey_mtss, std::int64_t lead_user, std::int64_t now);

}  // namespace trellis::app
