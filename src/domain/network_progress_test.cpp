#include "trellis/domain/network_progress.hpp"

#include <gtest/gtest.h>

using namespace trellis::domain;

namespace {
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kNow = 20000 * kDay;
}  // namespace

TEST(MeetingRhythm, NoMeetingsHasNoFigures) {
    const auto r = meeting_rhythm({}, kNow);
    EXPECT_EQ(r.held, 0);
    EXPECT_FALSE(r.last_held_at);
    EXPECT_FALSE(r.next_at);
    EXPECT_FALSE(r.median_days_between);
}

TEST(MeetingRhythm, MedianDaysBetweenHeldMeetingsIgnoresOthers) {
    const auto r = meeting_rhythm({{kNow - 30 * kDay, "closed"},
                                   {kNow - 16 * kDay, "closed"},
                                   {kNow - 2 * kDay, "closed"},
                                   {kNow - 9 * kDay, "cancelled"},
                                   {std::nullopt, "draft"},
                                   {kNow + 12 * kDay, "scheduled"},
                                   {kNow + 5 * kDay, "scheduled"}},
                                  kNow);
    EXPECT_EQ(r.held, 3);
    EXPECT_EQ(r.last_held_at, kNow - 2 * kDay);
    EXPECT_EQ(r.next_at, kNow + 5 * kDay);
    EXPECT_EQ(r.median_days_between, 14.0);  // gaps of 14 and 14 days
}

TEST(MeetingRhythm, EvenNumberOfGapsAveragesTheMiddleTwo) {
    const auto r = meeting_rhythm(
        {{0, "closed"}, {7 * kDay, "closed"}, {21 * kDay, "closed"}, {51 * kDay, "closed"}, {52 * kDay, "closed"}},
        kNow);
    EXPECT_EQ(r.median_days_between, 10.5);  // gaps 7, 14, 30, 1 -> 1 7 14 30
}

TEST(MeetingRhythm, ALiveMeetingIsTheNextOneAndAPastScheduledOneIsNot) {
    const auto r =
        meeting_rhythm({{kNow - 3 * kDay, "scheduled"}, {kNow - 600, "live"}, {kNow + 2 * kDay, "scheduled"}}, kNow);
    EXPECT_EQ(r.next_at, kNow - 600);
    EXPECT_EQ(r.held, 0);
}
