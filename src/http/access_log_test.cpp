#include "trellis/http/access_log.hpp"

#include <gtest/gtest.h>

namespace trellis::http {
namespace {

TEST(AccessLogJson, EscapesQuotesAndControlCharacters) { EXPECT_EQ(json_string("a\"b\\c\nd"), R"("a\"b\\c\u000ad")"); }

TEST(AccessLogJson, KeepsValidUtf8AndReplacesInvalidBytes) {
    EXPECT_EQ(json_string("Pérez"), "\"Pérez\"");
    EXPECT_EQ(json_string("a\xff"
                          "b"),
              R"("a\ufffdb")");
    EXPECT_EQ(json_string("\xc3"), R"("\ufffd")");  // a sequence cut short
}

}  // namespace
}  // namespace trellis::http
