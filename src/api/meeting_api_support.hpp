#pragma once
// Shared by the meeting routes: the one answer to a write on a meeting that is closed or cancelled.
#include <fmt/format.h>

#include <optional>

#include "api/json_shapes.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/store/meetings.hpp"

namespace trellis::api {

inline std::optional<http::Response> refuse_if_frozen(const store::Meeting& m) {
    if (m.status == "closed") {
        return http::problem(http::ProblemKind::meeting_closed,
                             fmt::format("meeting {} was closed at {}: its record is frozen; correct the minutes with an "
                                         "amendment (POST /api/v1/meetings/{}/minutes/amendments)",
                                         m.id, rfc3339(m.closed_at.value_or(0)), m.id));
    }
    if (m.status == "cancelled") {
        return http::problem(http::ProblemKind::meeting_cancelled,
                             fmt::format("meeting {} was cancelled: nothing more can be recorded in it", m.id));
    }
    return std::nullopt;
}

}  // namespace trellis::api
