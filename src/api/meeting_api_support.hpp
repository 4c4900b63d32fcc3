#pragma once
// Shared by the meeting routes: the one answer to a write on a meeting that is closed or cancelled.
#include <optional>

#include "api/action_calls.hpp"
#include "trellis/actions/meetings.hpp"

namespace trellis::api {

inline std::optional<http::Response> refuse_if_frozen(const store::Meeting& m) {
    if (auto open = actions::refuse_if_frozen(m); !open) return problem_for(open.error());
    return std::nullopt;
}

}  // namespace trellis::api
