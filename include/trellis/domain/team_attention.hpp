#pragma once
// Why a team of a network needs its facilitator's or coach's attention (issue 17's home page): items past due, or
// no rhythm — no meeting held in the last four weeks and none planned in the next two. Judged only on what the team
// shares with the network (its progress); a team that shares nothing is never judged.
#include <cstdint>
#include <optional>

#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/network_progress.hpp"

namespace trellis::domain {

// A team meeting less often than monthly has lost the guide's rhythm of short, regular meetings.
inline constexpr std::int64_t kRhythmLostAfterSeconds = 28 * 86400;
// A meeting already planned soon means the rhythm is being picked up again.
inline constexpr std::int64_t kMeetingPlannedWithinSeconds = 14 * 86400;

struct AttentionReasons {
    int overdue_items = 0;
    // Days since the last meeting held (null: none ever) when the rhythm is lost; not set otherwise.
    bool rhythm_lost = false;
    std::optional<int> days_since_last_meeting;

    bool any() const { return overdue_items > 0 || rhythm_lost; }
};

AttentionReasons attention_reasons(const FollowThrough& follow_through, const MeetingRhythm& rhythm, std::int64_t now);

}  // namespace trellis::domain
