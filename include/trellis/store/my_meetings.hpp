#pragma once
// The meetings a person's home page leads with: what is coming up and the latest minutes, over their team seats and
// the network meetings that invite one of their teams. Lean rows (no agenda, no minutes text): the home page asks
// on every visit.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct MeetingGlance {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string team_name;
    std::string title;
    std::optional<std::int64_t> starts_at;
    std::string time_zone;
    std::optional<int> duration_minutes;
    std::optional<std::string> mode;
    std::string location;
    std::optional<std::int64_t> closed_at;
};

// Scheduled meetings that have not ended by `now` (one under way is still "next"), soonest first.
std::vector<MeetingGlance> upcoming_meetings_for_user(Connection& db, std::int64_t user_id, std::int64_t now,
                                                      int limit);
// Closed meetings (their minutes are written), the most recently closed first.
std::vector<MeetingGlance> recent_minutes_for_user(Connection& db, std::int64_t user_id, int limit);

}  // namespace trellis::store
