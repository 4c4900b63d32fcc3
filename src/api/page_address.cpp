#include "api/page_address.hpp"

#include <algorithm>

namespace trellis::api {

std::vector<std::string> split_path(std::string_view path) {
    std::vector<std::string> out;
    while (!path.empty()) {
        const auto slash = path.find('/');
        if (const auto segment = path.substr(0, slash); !segment.empty()) out.emplace_back(segment);
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    return out;
}

PagePattern parse_page_pattern(std::string_view pattern) {
    PagePattern out{split_path(pattern), 0};
    out.fixed =
        static_cast<int>(std::ranges::count_if(out.segments, [](const auto& s) { return !s.starts_with(':'); }));
    return out;
}

std::optional<std::map<std::string, std::string>> match_page(const PagePattern& pattern, std::string_view path) {
    const auto segments = split_path(path);
    if (segments.size() != pattern.segments.size()) return std::nullopt;
    std::map<std::string, std::string> params;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (pattern.segments[i].starts_with(':')) {
            params[pattern.segments[i].substr(1)] = segments[i];
        } else if (pattern.segments[i] != segments[i]) {
            return std::nullopt;
        }
    }
    return params;
}

}  // namespace trellis::api
