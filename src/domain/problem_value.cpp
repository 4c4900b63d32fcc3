#include "trellis/domain/problem_code.hpp"

namespace trellis::domain {

namespace {
constexpr std::size_t kMaxShownBytes = 24;
}  // namespace

std::string problem_value(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    if (text.size() <= kMaxShownBytes) return std::string(text);
    std::size_t cut = kMaxShownBytes;
    // Back off over UTF-8 continuation bytes (10xxxxxx) so the cut never splits a character.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "...";
}

}  // namespace trellis::domain
