#pragma once
#include <map>
#include <string>
#include <string_view>

#include "api/route.hpp"

namespace trellis::api {

struct RouteMatch {
    const Route* route = nullptr;  // null: no route for this method (see path_exists)
    bool path_exists = false;      // some route has this path with another method (405)
    std::map<std::string, std::string> params;
};

// Matches `path` against `{name}` patterns segment by segment; parameters named `id` or ending in `_id`
// match only 1 to 18 digits, so handlers never see a malformed id. A parameter may end its segment with a
// literal suffix: `{sheet}.csv` matches "points.csv" with sheet "points", and not "points" or ".csv".
RouteMatch match_route(const RouteTable& routes, std::string_view method, std::string_view path);
bool match_pattern(std::string_view pattern, std::string_view path, std::map<std::string, std::string>& params);

}  // namespace trellis::api
