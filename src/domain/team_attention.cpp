#include "trellis/domain/team_attention.hpp"

namespace trellis::domain {

AttentionReasons attention_reasons(const FollowThrough& follow_through, const MeetingRhythm& rhythm, std::int64_t now) {
    AttentionReasons out;
    out.overdue_items = follow_through.overdue;
    const bool met_lately = rhythm.last_held_at && now - *rhythm.last_held_at <= kRhythmLostAfterSeconds;
    const bool planned_soon = rhythm.next_at && *rhythm.next_at - now <= kMeetingPlannedWithinSeconds;
    out.rhythm_lost = !met_lately && !planned_soon;
    if (rhythm.last_held_at) out.days_since_last_meeting = static_cast<int>((now - *rhythm.last_held_at) / 86400);
    return out;
}

}  // namespace trellis::domain
