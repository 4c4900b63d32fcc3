#include "trellis/analytics/indicators.hpp"

#include <gtest/gtest.h>

namespace trellis::analytics {

TEST(Indicators, GroupsFallIntoTheirExclusiveSets) {
    EXPECT_EQ(classify_group("ALL")->set, GroupSet::all);
    EXPECT_EQ(classify_group("HI")->set, GroupSet::race_ethnicity);
    EXPECT_EQ(classify_group("MR")->set, GroupSet::race_ethnicity);
    EXPECT_EQ(classify_group("FOS")->set, GroupSet::other);
    EXPECT_EQ(classify_group("gender:f")->set, GroupSet::gender);
    EXPECT_EQ(classify_group("lang:spanish")->set, GroupSet::home_language);
}

TEST(Indicators, UnknownOrMalformedGroupsAreRefused) {
    EXPECT_FALSE(classify_group("hi"));
    EXPECT_FALSE(classify_group("XX"));
    EXPECT_FALSE(classify_group("gender:"));
    EXPECT_FALSE(classify_group("lang:Spanish Speaking"));
}

TEST(Indicators, GroupsAreListedInTheDashboardsOrder) {
    EXPECT_LT(group_rank("ALL"), group_rank("AA"));
    EXPECT_LT(group_rank("MR"), group_rank("EL"));
    EXPECT_LT(group_rank("HOM"), group_rank("gender:f"));
    EXPECT_LT(group_rank("gender:m"), group_rank("lang:spanish"));
    EXPECT_EQ(group_rank("gender:f"), group_rank("gender:x"));
}

TEST(Indicators, IndicatorNamesAndDirections) {
    EXPECT_TRUE(valid_indicator_name("program:spanish_dual_immersion"));
    EXPECT_FALSE(valid_indicator_name(""));
    EXPECT_FALSE(valid_indicator_name("Suspension Rate"));
    EXPECT_EQ(parse_direction("lower_is_better"), Direction::lower_is_better);
    EXPECT_FALSE(parse_direction("lower"));
    EXPECT_EQ(to_string(Direction::higher_is_better), "higher_is_better");
}

}  // namespace trellis::analytics
