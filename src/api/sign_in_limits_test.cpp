// The waits after failed sign-ins: none until the free failures are used, then doubling up to the longest.
#include "api/sign_in_limits.hpp"

#include <gtest/gtest.h>

using namespace trellis;

TEST(SignInLimits, NoWaitUntilTheFreeFailuresAreUsed) {
    EXPECT_EQ(api::wait_seconds(api::kPerAccount, {4, 1000}, 1000), 0);
    EXPECT_EQ(api::wait_seconds(api::kPerAccount, {5, 1000}, 1000), 15 * 60);
}

TEST(SignInLimits, TheWaitRunsFromTheLatestFailureAndDoublesWithEachFurtherOne) {
    EXPECT_EQ(api::wait_seconds(api::kPerAccount, {5, 1000}, 1100), 15 * 60 - 100);
    EXPECT_EQ(api::wait_seconds(api::kPerAccount, {6, 1000}, 1000), 30 * 60);
    EXPECT_EQ(api::wait_seconds(api::kPerClientAddress, {20, 1000}, 1000), 60);
    EXPECT_EQ(api::wait_seconds(api::kPerClientAddress, {22, 1000}, 1000), 240);
    EXPECT_EQ(api::wait_seconds(api::kPerAccount, {5, 1000}, 1000 + 15 * 60), 0) << "over once waited out";
}

TEST(SignInLimits, TheWaitStopsGrowingAtTheLongest) {
    EXPECT_EQ(api::wait_seconds(api::kPerAccount, {500, 1000}, 1000), 24 * 3600);
    EXPECT_EQ(api::wait_seconds(api::kPerClientAddress, {10'000, 1000}, 1000), 3600);
}
