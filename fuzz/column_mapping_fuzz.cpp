// libFuzzer target: mapping files; a parsed mapping must survive to_json and parse back the same.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "trellis/analytics/column_mapping.hpp"

using namespace trellis::analytics;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto mapping = parse_column_mapping(text);
    if (mapping) {
        const auto again = parse_column_mapping(to_json(*mapping));
        if (!again || again->columns != mapping->columns || again->values != mapping->values ||
            again->program_grades != mapping->program_grades ||
            again->program_separator != mapping->program_separator) {
            __builtin_trap();
        }
    }
    // The header suggestion takes any text split at commas.
    std::vector<std::string> header(1);
    for (const char c : text) {
        if (c == ',') header.emplace_back();
        else header.back() += c;
    }
    suggest_mapping(header);
    return 0;
}
