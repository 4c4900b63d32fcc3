#pragma once
// The coaching hours a member team received, as the network dashboard shows them (issue 11). Pure.
// An engagement that served several teams counts its full hours for each team it served: each team was there for
// the whole of it, and splitting it would make a shared site visit look like less coaching than a private one. A
// district's figure counts each engagement once, however many of its teams it served, so the district's hours are
// what was spent on it and are never more than the agreement's used hours.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace trellis::domain {

struct ServedCoaching {
    std::int64_t team_id = 0;
    std::int64_t entry_id = 0;
    std::int64_t minutes = 0;
    std::string date;  // the entry's, YYYY-MM-DD: a report counts only the entries of its period
};

struct CoachingReceived {
    std::map<std::int64_t, std::int64_t> team_minutes;      // teams served at least once
    std::map<std::int64_t, std::int64_t> district_minutes;  // districts of those teams
};

// `district_of` maps each team to its district; a served team missing from it counts for no district.
CoachingReceived coaching_received(const std::vector<ServedCoaching>& served,
                                   const std::map<std::int64_t, std::int64_t>& district_of);

}  // namespace trellis::domain
