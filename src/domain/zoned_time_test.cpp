#include "trellis/domain/zoned_time.hpp"

#include <gtest/gtest.h>

namespace trellis::domain {
namespace {

// 2026-12-03T16:00:00Z (a Thursday, Pacific standard time) and 2026-07-02T16:00:00Z (a Thursday, daylight time).
constexpr std::int64_t kWinter = 1796313600;
constexpr std::int64_t kSummer = 1783008000;

TEST(ZonedTime, StandardTimeInLosAngeles) {
    EXPECT_EQ(format_in_zone(Language::en, kWinter, "America/Los_Angeles"), "Thursday, December 3, 2026, 8:00 AM PST");
    EXPECT_EQ(format_in_zone(Language::en, kWinter, "America/New_York"), "Thursday, December 3, 2026, 11:00 AM EST");
}

TEST(ZonedTime, DaylightTimeInLosAngeles) {
    EXPECT_EQ(format_in_zone(Language::en, kSummer, "America/Los_Angeles"), "Thursday, July 2, 2026, 9:00 AM PDT");
    EXPECT_EQ(format_in_zone(Language::en, kSummer, "America/Phoenix"), "Thursday, July 2, 2026, 9:00 AM MST");
}

TEST(ZonedTime, EitherSideOfTheSpringChange) {
    // 2026-03-08: clocks go from 2:00 PST to 3:00 PDT (10:00Z).
    constexpr std::int64_t kChange = 1772964000;
    EXPECT_EQ(format_in_zone(Language::en, kChange - 60, "America/Los_Angeles"), "Sunday, March 8, 2026, 1:59 AM PST");
    EXPECT_EQ(format_in_zone(Language::en, kChange, "America/Los_Angeles"), "Sunday, March 8, 2026, 3:00 AM PDT");
}

TEST(ZonedTime, UnknownZoneReadsAsUtcAndSaysSo) {
    EXPECT_EQ(format_in_zone(Language::en, kWinter, "Mars/Olympus_Mons"), "Thursday, December 3, 2026, 4:00 PM UTC");
    EXPECT_EQ(format_in_zone(Language::en, kWinter, ""), "Thursday, December 3, 2026, 4:00 PM UTC");
    EXPECT_FALSE(known_time_zone("Mars/Olympus_Mons"));
    EXPECT_FALSE(known_time_zone("../etc/passwd"));
    EXPECT_TRUE(known_time_zone("UTC"));
    EXPECT_TRUE(known_time_zone("America/Chicago"));
}

TEST(ZonedTime, Spanish) {
    EXPECT_EQ(format_in_zone(Language::es, kWinter, "America/Los_Angeles"),
              "jueves, 3 de diciembre de 2026, 8:00 a. m. PST");
    EXPECT_EQ(format_in_zone(Language::es, kWinter + 6 * 3600, "America/Los_Angeles"),
              "jueves, 3 de diciembre de 2026, 2:00 p. m. PST");
    EXPECT_EQ(format_in_zone(Language::es, kSummer + 3 * 3600 + 30 * 60, "America/New_York"),
              "jueves, 2 de julio de 2026, 3:30 p. m. EDT");
}

TEST(ZonedTime, LocalDateIsTheWallClocksDate) {
    // 2026-12-04T02:00Z is still December 3 in Los Angeles, and midnight UTC is noon the next day in Auckland.
    EXPECT_EQ(local_date(kWinter + 10 * 3600, "America/Los_Angeles"), "2026-12-03");
    EXPECT_EQ(local_date(kWinter + 10 * 3600, "UTC"), "2026-12-04");
    EXPECT_EQ(local_date(kWinter + 10 * 3600, "Nowhere/Land"), "2026-12-04");
    EXPECT_EQ(local_date(kWinter, "Pacific/Auckland"), "2026-12-04");
}

TEST(ZonedTime, ATeamStartsWithItsOrganizationsStateZone) {
    EXPECT_EQ(organization_time_zone("01611190000000", std::nullopt), "America/Los_Angeles");
    EXPECT_EQ(organization_time_zone(std::nullopt, "3620580"), "America/New_York");  // New York City
    EXPECT_EQ(organization_time_zone(std::nullopt, "0400720"), "America/Phoenix");
    EXPECT_EQ(organization_time_zone(std::nullopt, "4823640"), "America/Chicago");
    EXPECT_EQ(organization_time_zone(std::nullopt, "1500030"), "Pacific/Honolulu");
    EXPECT_EQ(organization_time_zone(std::nullopt, "7200030"), "UTC");  // Puerto Rico: not a state
    EXPECT_EQ(organization_time_zone(std::nullopt, std::nullopt), "UTC");
}

}  // namespace
}  // namespace trellis::domain
