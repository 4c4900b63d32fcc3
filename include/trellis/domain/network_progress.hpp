#pragma once
// A member team's progress as the network sees it (issue 11): its meeting rhythm, read from its meetings' times
// and statuses. Pure; the follow-through figures come from follow_through.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trellis::domain {

// What a team shares with the networks its district takes part in. Off by default; its lead turns each on.
// progress: guide stage, meetings held and their rhythm, follow-through figures, open outreach.
// meetings: the titles and dates of its meetings.
// minutes: the minutes of its closed meetings.
// peers: not a kind of record but who sees the others: the member districts' staff too, besides the facilitator's
// staff and the named coaches.
inline constexpr std::string_view kNetworkShareKinds[] = {"progress", "meetings", "minutes", "peers"};

struct MeetingFacts {
    std::optional<std::int64_t> starts_at;  // Unix seconds; a draft may have none
    std::string status;                     // draft | scheduled | live | closed | cancelled
};

struct MeetingRhythm {
    int held = 0;  // closed meetings
    std::optional<std::int64_t> last_held_at;
    // The next meeting to happen: a live one, else the soonest scheduled one starting from now.
    std::optional<std::int64_t> next_at;
    // Median whole days between consecutive held meetings; null with fewer than two.
    std::optional<double> median_days_between;
};

MeetingRhythm meeting_rhythm(const std::vector<MeetingFacts>& meetings, std::int64_t now);

}  // namespace trellis::domain
