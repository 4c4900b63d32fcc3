#pragma once
// The `may` member of a response: what the caller may do with one resource, as the policy decides. The web app
// shows and hides its controls from this alone, so that it holds no role logic of its own that could drift
// from the server's (docs/api.md, "What you may do").
#include <boost/json/object.hpp>

#include <cstdint>
#include <string_view>

#include "api/route.hpp"

namespace trellis::api {

// team and meeting: {contribute, manage}; organization: {manage, read_student_data, contribute_student_data,
// manage_student_data, read_shared_data}; network: {manage}.
boost::json::object may_json(RequestContext& c, auth::ResourceKind kind, std::int64_t id);

// Whether a seat with this team role takes part in the team's work (may own action items): the policy's
// answer for a signed-in holder of that seat and nothing else.
bool seat_contributes(std::string_view team_role);

}  // namespace trellis::api
