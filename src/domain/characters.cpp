#include "trellis/domain/characters.hpp"

#include <algorithm>

namespace trellis::domain {

std::size_t character_count(std::string_view utf8) {
    return static_cast<std::size_t>(
        std::ranges::count_if(utf8, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace trellis::domain
