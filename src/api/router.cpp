#include "api/router.hpp"

#include <algorithm>
#include <cctype>

namespace trellis::api {

namespace {

std::string_view next_segment(std::string_view& rest) {
    const auto slash = rest.find('/');
    const auto segment = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
    return segment;
}

bool is_numeric_param(std::string_view name) { return name == "id" || name.ends_with("_id"); }

bool digits_only(std::string_view s) {
    return !s.empty() && s.size() <= 18 && std::ranges::all_of(s, [](unsigned char c) { return std::isdigit(c) != 0; });
}

}  // namespace

bool match_pattern(std::string_view pattern, std::string_view path, std::map<std::string, std::string>& params) {
    if (pattern.empty() || path.empty() || pattern[0] != '/' || path[0] != '/') return false;
    pattern.remove_prefix(1);
    path.remove_prefix(1);
    std::map<std::string, std::string> found;
    while (true) {
        const bool pattern_done = pattern.empty();
        const bool path_done = path.empty();
        if (pattern_done || path_done) {
            if (pattern_done && path_done) break;
            return false;
        }
        const auto want = next_segment(pattern);
        auto got = next_segment(path);
        // "{name}" takes the whole segment; "{name}.csv" a segment ending in ".csv", the name its stem.
        const auto close = want.find('}');
        if (want.size() > 2 && want.front() == '{' && close != std::string_view::npos) {
            const auto name = want.substr(1, close - 1);
            const auto suffix = want.substr(close + 1);
            if (got.size() <= suffix.size() || !got.ends_with(suffix)) return false;
            got.remove_suffix(suffix.size());
            if (is_numeric_param(name) && !digits_only(got)) return false;
            found.emplace(std::string(name), std::string(got));
        } else if (want != got) {
            return false;
        }
    }
    params = std::move(found);
    return true;
}

RouteMatch match_route(const RouteTable& routes, std::string_view method, std::string_view path) {
    RouteMatch result;
    for (const auto& route : routes) {
        std::map<std::string, std::string> params;
        if (!match_pattern(route.pattern, path, params)) continue;
        result.path_exists = true;
        if (route.method == method) {
            result.route = &route;
            result.params = std::move(params);
            return result;
        }
    }
    return result;
}

std::int64_t RequestContext::id(const std::string& name) const {
    const auto it = request.params.find(name);
    return it == request.params.end() ? 0 : std::stoll(it->second);
}

std::string RequestContext::param(const std::string& name) const {
    const auto it = request.params.find(name);
    return it == request.params.end() ? std::string() : it->second;
}

}  // namespace trellis::api
