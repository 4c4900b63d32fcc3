#include "trellis/domain/report_range.hpp"

#include <gtest/gtest.h>

namespace trellis::domain {

TEST(ReportRange, AcceptsAnOrderedRangeWithBothDaysIncluded) {
    const auto checked = check_report_range("2026-09-01", "2026-12-31");
    ASSERT_TRUE(checked.range);
    EXPECT_TRUE(checked.range->contains("2026-09-01"));
    EXPECT_TRUE(checked.range->contains("2026-12-31"));
    EXPECT_FALSE(checked.range->contains("2027-01-01"));
    EXPECT_TRUE(range_contains_time(*checked.range, 1788220800));  // 2026-09-01T00:00:00Z
}

TEST(ReportRange, NamesEveryFieldAtFault) {
    const auto checked = check_report_range("2026-02-30", "");
    EXPECT_FALSE(checked.range);
    ASSERT_EQ(checked.problems.size(), 2u);
    EXPECT_EQ(checked.problems[0].field, "from");
    EXPECT_EQ(checked.problems[1].field, "to");
}

TEST(ReportRange, RefusesAReversedRangeAndOneLongerThanFiveYears) {
    EXPECT_EQ(check_report_range("2026-12-01", "2026-11-30").problems.at(0).field, "to");
    EXPECT_TRUE(check_report_range("2021-01-01", "2025-12-31").range);
    EXPECT_EQ(check_report_range("2020-01-01", "2026-01-01").problems.size(), 1u);
    EXPECT_EQ(check_report_range("2026-1-01", "2026-01-01").problems.at(0).field, "from");
}

}  // namespace trellis::domain
