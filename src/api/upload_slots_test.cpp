#include "api/upload_slots.hpp"

#include <gtest/gtest.h>

namespace trellis::api {
namespace {

TEST(UploadSlots, APersonHoldsAtMostTheirShareAndGetsSlotsBackWhenDone) {
    auto slots = std::make_shared<UploadSlots>(2);
    auto first = slots->try_acquire(7);
    auto second = slots->try_acquire(7);
    ASSERT_TRUE(first);
    ASSERT_TRUE(second);
    EXPECT_FALSE(slots->try_acquire(7));
    EXPECT_TRUE(slots->try_acquire(8)) << "another person's uploads are counted apart";
    first.reset();
    EXPECT_TRUE(slots->try_acquire(7)) << "a finished upload frees its slot";
}

}  // namespace
}  // namespace trellis::api
