#include "trellis/domain/characters.hpp"

#include <algorithm>

namespace trellis::domain {

std::size_t character_count(std::string_view utf8) {
    return static_cast<std::size_t>(
        std::ranges::count_if(utf8, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string first_characters(std::string_view utf8, std::size_t limit) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) continue;  // continues the character before
        if (seen++ == limit) return std::string(utf8.substr(0, i)) + "…";
    }
    return std::string(utf8);
}

}  // namespace trellis::domain
