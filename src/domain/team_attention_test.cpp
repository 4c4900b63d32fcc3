#include "trellis/domain/team_attention.hpp"

#include <gtest/gtest.h>

namespace trellis::domain {
namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kNow = 1'780'000'000;

TEST(TeamAttention, AMonthlyRhythmWithNothingOverdueNeedsNone) {
    MeetingRhythm rhythm;
    rhythm.last_held_at = kNow - 10 * kDay;
    EXPECT_FALSE(attention_reasons({}, rhythm, kNow).any());
}

TEST(TeamAttention, OverdueItemsAreCounted) {
    FollowThrough f;
    f.overdue = 3;
    MeetingRhythm rhythm;
    rhythm.last_held_at = kNow - kDay;
    const auto r = attention_reasons(f, rhythm, kNow);
    EXPECT_TRUE(r.any());
    EXPECT_EQ(r.overdue_items, 3);
    EXPECT_FALSE(r.rhythm_lost);
}

TEST(TeamAttention, NoMeetingForFourWeeksLosesTheRhythmUnlessOneIsPlannedSoon) {
    MeetingRhythm rhythm;
    rhythm.last_held_at = kNow - 29 * kDay;
    auto r = attention_reasons({}, rhythm, kNow);
    EXPECT_TRUE(r.rhythm_lost);
    EXPECT_EQ(r.days_since_last_meeting, 29);
    rhythm.next_at = kNow + 13 * kDay;
    EXPECT_FALSE(attention_reasons({}, rhythm, kNow).rhythm_lost);
    rhythm.next_at = kNow + 15 * kDay;
    EXPECT_TRUE(attention_reasons({}, rhythm, kNow).rhythm_lost);
}

TEST(TeamAttention, ExactlyFourWeeksIsStillOnRhythm) {
    MeetingRhythm rhythm;
    rhythm.last_held_at = kNow - 28 * kDay;
    EXPECT_FALSE(attention_reasons({}, rhythm, kNow).rhythm_lost);
}

TEST(TeamAttention, ATeamThatNeverMetHasLostItsRhythmWithNoDaysToCount) {
    const auto r = attention_reasons({}, {}, kNow);
    EXPECT_TRUE(r.rhythm_lost);
    EXPECT_FALSE(r.days_since_last_meeting.has_value());
}

}  // namespace
}  // namespace trellis::domain
