#include "trellis/domain/coaching_received.hpp"

#include <gtest/gtest.h>

using namespace trellis::domain;

TEST(CoachingReceived, NothingServedIsNothingReceived) {
    const auto r = coaching_received({}, {{1, 10}});
    EXPECT_TRUE(r.team_minutes.empty());
    EXPECT_TRUE(r.district_minutes.empty());
}

TEST(CoachingReceived, AnEntryServingSeveralTeamsCountsFullyForEachTeamOnceForTheirDistrict) {
    // Entry 7 (90 min) served teams 1 and 2 of district 10 and team 3 of district 20; entry 8 (30 min) team 1.
    const auto r = coaching_received(
        {{1, 7, 90, "2026-10-01"}, {2, 7, 90, "2026-10-01"}, {3, 7, 90, "2026-10-01"}, {1, 8, 30, "2026-10-02"}},
        {{1, 10}, {2, 10}, {3, 20}});
    EXPECT_EQ(r.team_minutes.at(1), 120);
    EXPECT_EQ(r.team_minutes.at(2), 90);
    EXPECT_EQ(r.team_minutes.at(3), 90);
    EXPECT_EQ(r.district_minutes.at(10), 120);  // 90 once, not twice, plus 30
    EXPECT_EQ(r.district_minutes.at(20), 90);
}

TEST(CoachingReceived, ATeamWithoutADistrictCountsOnlyForItself) {
    const auto r = coaching_received({{5, 1, 60, "2026-10-01"}}, {});
    EXPECT_EQ(r.team_minutes.at(5), 60);
    EXPECT_TRUE(r.district_minutes.empty());
}
