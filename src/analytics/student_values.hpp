#pragma once
// Value rules shared by the column mapping and the student import (internal to the analytics layer).
#include <optional>
#include <string>
#include <string_view>

namespace trellis::analytics::detail {

inline constexpr int kGradeCount = 14;  // TK, K, 1..12
inline constexpr const char* kGradeNames[kGradeCount] = {"TK", "K", "1", "2", "3",  "4",  "5",
                                                         "6",  "7", "8", "9", "10", "11", "12"};

std::string_view trim(std::string_view text);

// "K", "KN", "KG", "Kindergarten" -> K; "TK"; "1".."12" with leading zeros ("01"). Index into kGradeNames.
std::optional<int> parse_grade(std::string_view text);

// Lower-case [a-z0-9_-]: letters lowered, every run of other characters (spaces, punctuation) one '_',
// none at either end. "Spanish Dual Immersion" -> "spanish_dual_immersion", "Chinese (Mandarin)" ->
// "chinese_mandarin". Empty when nothing is left.
std::string normalise_code_value(std::string_view text);

// Lower-case letters and digits only: how header names are compared ("Race/Ethnicity" -> "raceethnicity").
std::string normalise_header(std::string_view text);

// Y/N, 1/0, true/false, yes/no (any case) -> true/false; empty -> false; anything else nullopt.
std::optional<bool> parse_flag(std::string_view text);

inline constexpr std::size_t kMaxProgramName = 56;  // "program:" + name fits the 64-character indicator names

}  // namespace trellis::analytics::detail
