#include "trellis/domain/coaching_hours.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace trellis::domain;

TEST(CoachingHours, HoursAreWholeMinutesWithAtMostTwoDecimals) {
    EXPECT_EQ(hours_to_minutes(1.25), 75);
    EXPECT_EQ(hours_to_minutes(0.25), 15);
    EXPECT_EQ(hours_to_minutes(0.1), 6);
    EXPECT_EQ(hours_to_minutes(120), 7200);
    EXPECT_FALSE(hours_to_minutes(1.255));
    EXPECT_FALSE(hours_to_minutes(-1));
    EXPECT_FALSE(hours_to_minutes(std::nan("")));
    EXPECT_DOUBLE_EQ(minutes_to_hours(75), 1.25);
    EXPECT_DOUBLE_EQ(minutes_to_hours(20), 0.33);
}

TEST(CoachingHours, WarningLevels) {
    EXPECT_EQ(warning_level(std::nullopt), 0);
    EXPECT_EQ(warning_level(0.79), 0);
    EXPECT_EQ(warning_level(0.8), 80);
    EXPECT_EQ(warning_level(0.99), 80);
    EXPECT_EQ(warning_level(1.0), 100);
    EXPECT_EQ(warning_level(1.5), 100);
}

TEST(CoachingHours, UsedAgainstPurchasedPerKindAndMonth) {
    const std::vector<HoursPurchase> bought = {{"virtual_coaching", 600, std::nullopt}, {"site_visit", 1200, 15000}};
    const std::vector<LoggedCoaching> logged = {{1, "2026-09-10", "site_visit", 360},
                                                {2, "2026-10-02", "virtual_coaching", 600},
                                                {3, "2026-10-20", "virtual_coaching", 60},
                                                {4, "2026-09-30", "network_meeting", 90}};
    const auto s = summarize_hours(bought, logged, "2026-09-01", "2026-11-01");
    ASSERT_EQ(s.kinds.size(), 3U);
    EXPECT_EQ(s.kinds[0].kind, "site_visit");
    EXPECT_EQ(s.kinds[0].hourly_rate_cents, 15000);
    EXPECT_FALSE(s.kinds[0].over);
    EXPECT_EQ(s.kinds[1].kind, "virtual_coaching");
    EXPECT_EQ(s.kinds[1].used_minutes, 660);
    EXPECT_TRUE(s.kinds[1].over);
    // Coaching of a kind that was never bought is shown, and over.
    EXPECT_EQ(s.kinds[2].kind, "network_meeting");
    EXPECT_TRUE(s.kinds[2].over);
    EXPECT_EQ(s.purchased_minutes, 1800);
    EXPECT_EQ(s.used_minutes, 1110);
    ASSERT_TRUE(s.used_share);
    EXPECT_NEAR(*s.used_share, 1110.0 / 1800.0, 1e-9);
    EXPECT_EQ(s.warning, 0);
    ASSERT_EQ(s.monthly.size(), 3U);
    EXPECT_EQ(s.monthly[0].month, "2026-09");
    EXPECT_EQ(s.monthly[0].kind, "site_visit");
    EXPECT_EQ(s.monthly[1].kind, "network_meeting");
    EXPECT_EQ(s.monthly[2].month, "2026-10");
    EXPECT_EQ(s.monthly[2].used_minutes, 660);
}

TEST(CoachingHours, NothingPurchasedHasNoShare) {
    const auto s = summarize_hours({}, {}, "2026-09-01", "2026-09-01");
    EXPECT_FALSE(s.used_share);
    EXPECT_EQ(s.warning, 0);
    EXPECT_FALSE(s.projected_exhaustion_on);
    EXPECT_TRUE(s.kinds.empty());
}

TEST(CoachingHours, ProjectedExhaustionAtTheCurrentPace) {
    // 10 days in, 100 of 400 minutes used: 10 minutes a day, 300 left, 30 more days.
    EXPECT_EQ(projected_exhaustion(400, 100, "2026-09-01", "2026-09-11"), "2026-10-11");
    // On the first day the pace counts one day.
    EXPECT_EQ(projected_exhaustion(400, 100, "2026-09-01", "2026-09-01"), "2026-09-04");
    // Before the start, too.
    EXPECT_EQ(projected_exhaustion(400, 100, "2026-09-10", "2026-09-01"), "2026-09-04");
    EXPECT_FALSE(projected_exhaustion(400, 0, "2026-09-01", "2026-09-11"));
    EXPECT_FALSE(projected_exhaustion(400, 400, "2026-09-01", "2026-09-11"));
    EXPECT_FALSE(projected_exhaustion(0, 10, "2026-09-01", "2026-09-11"));
    EXPECT_FALSE(projected_exhaustion(400, 100, "bad", "2026-09-11"));
}

TEST(CoachingHours, EntriesBeyondThePurchaseAreOverInDateOrder) {
    const std::vector<HoursPurchase> bought = {{"site_visit", 120, std::nullopt}};
    // Entry 3 is dated before entry 2: it draws first, so entry 2 is the one that goes over.
    const std::vector<LoggedCoaching> logged = {{1, "2026-09-01", "site_visit", 60},
                                                {2, "2026-09-20", "site_visit", 60},
                                                {3, "2026-09-10", "site_visit", 30},
                                                {4, "2026-09-02", "virtual_coaching", 15}};
    EXPECT_EQ(entries_over(bought, logged), (std::vector<std::int64_t>{4, 2}));
}

TEST(CoachingHours, MinutesLeftNeverBelowZero) {
    EXPECT_EQ(minutes_left(600, 150), 450);
    EXPECT_EQ(minutes_left(600, 600), 0);
    EXPECT_EQ(minutes_left(600, 700), 0);
    EXPECT_EQ(minutes_left(0, 30), 0);
}
