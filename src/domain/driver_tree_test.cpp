#include "trellis/domain/driver_tree.hpp"

#include <gtest/gtest.h>

namespace trellis::domain {
namespace {

const std::optional<std::string> aim = std::nullopt;
const std::optional<std::string> primary = std::string(kPrimaryDriver);
const std::optional<std::string> secondary = std::string(kSecondaryDriver);
const std::optional<std::string> idea = std::string(kChangeIdea);

TEST(DriverTree, PrimaryDriversSitOnlyUnderTheAim) {
    EXPECT_FALSE(check_driver_parent(kPrimaryDriver, aim));
    EXPECT_TRUE(check_driver_parent(kPrimaryDriver, primary));
    EXPECT_TRUE(check_driver_parent(kPrimaryDriver, secondary));
}

TEST(DriverTree, SecondaryDriversSitOnlyUnderAPrimary) {
    EXPECT_FALSE(check_driver_parent(kSecondaryDriver, primary));
    EXPECT_TRUE(check_driver_parent(kSecondaryDriver, aim));
    EXPECT_TRUE(check_driver_parent(kSecondaryDriver, secondary));
    EXPECT_TRUE(check_driver_parent(kSecondaryDriver, idea));
}

TEST(DriverTree, ChangeIdeasSitUnderEitherDriverButNeverUnderTheAimOrAnotherIdea) {
    EXPECT_FALSE(check_driver_parent(kChangeIdea, primary));
    EXPECT_FALSE(check_driver_parent(kChangeIdea, secondary));
    EXPECT_TRUE(check_driver_parent(kChangeIdea, aim));
    EXPECT_TRUE(check_driver_parent(kChangeIdea, idea));
}

TEST(DriverTree, AnUnknownKindIsRefusedWherever) {
    EXPECT_FALSE(is_driver_kind("tertiary"));
    EXPECT_TRUE(is_driver_kind(kChangeIdea));
    EXPECT_EQ(check_driver_parent("tertiary", aim), "must be primary, secondary or change_idea");
}

}  // namespace
}  // namespace trellis::domain
