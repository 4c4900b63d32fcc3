#pragma once
// Library resources a coach attaches to a coaching-log entry (issue 12, item 5): `resource_ids` in the entry's body,
// `resources` in its JSON.
#include <boost/json/array.hpp>

#include <optional>
#include <vector>

#include "api/json_body.hpp"
#include "api/route.hpp"

namespace trellis::api {

// The ids the body names (nullopt when it names none). Each must be one the entry's readers may open too: one the
// caller reads, shared with the agreement's network (whose participants read the log); any other is a problem on
// `resource_ids` in `body`.
std::optional<std::vector<std::int64_t>> read_attached_resources(RequestContext& c, JsonBody& body,
                                                                 std::int64_t agreement_id);
// [{id, kind, title}] of the entry's resources the caller reads.
boost::json::array attached_resources_json(RequestContext& c, std::int64_t entry_id);

}  // namespace trellis::api
