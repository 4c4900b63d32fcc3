#pragma once
// Shared by the meeting routes: the one answer to a write on a meeting that is closed or cancelled, and the
// reading and shaping of a meeting's plan (team meetings and network meetings are planned alike).
#include <optional>

#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/json_body.hpp"
#include "trellis/actions/meetings.hpp"

namespace trellis::api {

// Applies the plan fields present in the body onto `m` (title required when `creating`); meetings_api.cpp.
void read_plan(JsonBody& body, store::Meeting& m, bool creating);
// The plan plus what the guide's rules allow (max objectives, discussion minutes, violations); meetings_api.cpp.
boost::json::value plan_json(store::Connection& db, const store::Meeting& m);

inline std::optional<http::Response> refuse_if_frozen(const store::Meeting& m) {
    if (auto open = actions::refuse_if_frozen(m); !open) return problem_for(open.error());
    return std::nullopt;
}

}  // namespace trellis::api
