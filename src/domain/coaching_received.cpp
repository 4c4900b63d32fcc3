#include "trellis/domain/coaching_received.hpp"

#include <set>
#include <utility>

namespace trellis::domain {

CoachingReceived coaching_received(const std::vector<ServedCoaching>& served,
                                   const std::map<std::int64_t, std::int64_t>& district_of) {
    CoachingReceived out;
    std::set<std::pair<std::int64_t, std::int64_t>> counted;  // (district, entry) already added
    for (const auto& s : served) {
        out.team_minutes[s.team_id] += s.minutes;
        const auto district = district_of.find(s.team_id);
        if (district == district_of.end()) continue;
        if (counted.insert({district->second, s.entry_id}).second) out.district_minutes[district->second] += s.minutes;
    }
    return out;
}

}  // namespace trellis::domain
