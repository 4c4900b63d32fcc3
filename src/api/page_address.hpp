#pragma once
// The web app's page addresses as App.tsx writes its routes ("/teams/:id/:tab", "*"), matched against the address
// a browser asks for. Shared by the page shell (which page code to preload) and the first data (which GETs to
// answer inside the page).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trellis::api {

struct PagePattern {
    std::vector<std::string> segments;  // ":name" matches any one segment; a lone "*" matches any address
    int fixed = 0;                      // segments that are not parameters: the more, the better the match
};

std::vector<std::string> split_path(std::string_view path);
PagePattern parse_page_pattern(std::string_view pattern);

// The parameters (":id" → "4") when `path` is one of `pattern`'s addresses ("*" matches nothing here).
std::optional<std::map<std::string, std::string>> match_page(const PagePattern& pattern, std::string_view path);

// The item whose pattern (`item.pattern`) matches `path` with the most fixed segments; else the "*" item; else null.
template <typename Item>
const Item* best_page_match(const std::vector<Item>& items, std::string_view path) {
    const Item* best = nullptr;
    const Item* anything = nullptr;
    for (const auto& item : items) {
        if (item.pattern.segments.size() == 1 && item.pattern.segments[0] == "*") anything = &item;
        if (match_page(item.pattern, path) && (!best || item.pattern.fixed > best->pattern.fixed)) best = &item;
    }
    return best ? best : anything;
}

}  // namespace trellis::api
