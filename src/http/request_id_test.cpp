#include "trellis/http/request_id.hpp"

#include <gtest/gtest.h>

namespace trellis::http {
namespace {

TEST(RequestId, KeepsASaneCallerId) {
    EXPECT_EQ(request_id_for("abc-123_x.Y"), "abc-123_x.Y");
    EXPECT_EQ(request_id_for(std::string(64, 'a')), std::string(64, 'a'));
}

TEST(RequestId, ReplacesAnUnsafeOrOverlongId) {
    for (std::string_view bad : {"", "has space", "line\nbreak", "quote\"", "semi;colon", "ünï"}) {
        const auto id = request_id_for(bad);
        EXPECT_NE(id, bad);
        EXPECT_EQ(id.size(), 16U);
    }
    EXPECT_EQ(request_id_for(std::string(65, 'a')).size(), 16U);
}

TEST(RequestId, MadeIdsAreHexAndDiffer) {
    const auto a = make_request_id();
    const auto b = make_request_id();
    EXPECT_NE(a, b);
    EXPECT_TRUE(is_sane_request_id(a));
    EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
}

}  // namespace
}  // namespace trellis::http
