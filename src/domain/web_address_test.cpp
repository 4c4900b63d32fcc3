#include "trellis/domain/web_address.hpp"

#include <gtest/gtest.h>

namespace trellis::domain {
namespace {

TEST(WebAddress, OnlyAbsoluteHttpAddressesWithAHostAndNoSpacesOrCredentials) {
    EXPECT_FALSE(check_web_address("https://example.org/agenda.pdf"));
    EXPECT_FALSE(check_web_address("http://example.org"));
    EXPECT_TRUE(check_web_address("javascript:alert(1)"));
    EXPECT_TRUE(check_web_address("ftp://example.org"));
    EXPECT_TRUE(check_web_address("https://"));
    EXPECT_TRUE(check_web_address("https://exa mple.org"));
    EXPECT_TRUE(check_web_address("https://user@evil.example"));
    EXPECT_TRUE(check_web_address("https://example.org/\"><script>"));
}

}  // namespace
}  // namespace trellis::domain
