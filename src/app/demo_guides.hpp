#pragma once
#include <cstdint>
#include <string>

#include "trellis/store/database.hpp"

namespace trellis::app {

// The World Languages team has adopted Module 0 of the World Languages guide, finished section A (forming the
// team) and recorded who is missing; section B is in progress.
void add_demo_guide_progress(store::Connection& db, std::int64_t world_languages_team, std::int64_t lead_user,
                             std::int64_t now);

struct DiscoveryTeam {
    std::int64_t team = 0;
    std::int64_t lead = 0;          // the team lead's user id
    std::int64_t organization = 0;  // the district, whose counts the attached data view reads
    std::string org_code;           // its CDS code
};

// The source article's story in the discovery-to-scale guide: Monterey's MTSS team has described how its system
// treats foster and homeless youth, reviewed the data (a chronic absence view attached) and is planning empathy
// interviews. Runs after the student data is in, since the view points at it.
void add_demo_discovery_progress(store::Connection& db, const DiscoveryTeam& team, std::int64_t now);

}  // namespace trellis::app
