#pragma once
// Library resources attached to what someone writes (issue 12, item 5): a coach's coaching-log entry, a comment in a
// feedback round. `resource_ids` in the body, `resources` in the JSON, always filtered by what the reader may open.
#include <boost/json/array.hpp>

#include <optional>
#include <string_view>
#include <vector>

#include "api/json_body.hpp"
#include "api/route.hpp"

namespace trellis::api {

// The ids the body names (nullopt when it names none). Each must be one the caller reads and one shared with a
// network in `networks` (the networks whose people read what it is attached to); any other is a problem on
// `resource_ids` in `body` that says why (`where` names those networks: "this agreement's network").
std::optional<std::vector<std::int64_t>> read_attached_resources(RequestContext& c, JsonBody& body,
                                                                 const std::vector<std::int64_t>& networks,
                                                                 std::string_view where);
// The coaching log's rule: resources shared with the agreement's network.
std::optional<std::vector<std::int64_t>> read_coaching_resources(RequestContext& c, JsonBody& body,
                                                                 std::int64_t agreement_id);
// [{id, kind, title}] of `ids` the caller reads.
boost::json::array attached_resources_json(RequestContext& c, const std::vector<std::int64_t>& ids);

}  // namespace trellis::api
