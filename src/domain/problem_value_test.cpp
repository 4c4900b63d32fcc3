#include <gtest/gtest.h>

#include "trellis/domain/problem_code.hpp"

using trellis::domain::problem_value;

TEST(ProblemValue, IsTheTrimmedTextWhenShort) {
    EXPECT_EQ(problem_value("  12-34\t"), "12-34");
    EXPECT_EQ(problem_value(""), "");
}

TEST(ProblemValue, CutsALongValueAtACharacterBoundary) {
    EXPECT_EQ(problem_value(std::string(30, 'x')), std::string(24, 'x') + "...");
    // 23 ASCII bytes, then "ñ" (2 bytes) across the 24-byte cut: the whole character goes.
    EXPECT_EQ(problem_value(std::string(23, 'a') + "\xC3\xB1" + "bcdef"), std::string(23, 'a') + "...");
}
