#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace trellis::domain {

// A text's length as a person counts it: code points, not bytes, so "ñ" is one character like "n" and a Spanish
// text gets the same limit as an English one. The text must be valid UTF-8 (request bodies are: Boost.JSON
// refuses anything else): every byte that does not continue a character starts one. web/src/fieldChecks.ts
// counts the same way.
std::size_t character_count(std::string_view utf8);

// The text's first `limit` characters (never a character cut in half), with "…" when it was longer: an excerpt.
std::string first_characters(std::string_view utf8, std::size_t limit);

}  // namespace trellis::domain
