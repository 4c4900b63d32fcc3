#pragma once
// The `code` and `params` of one entry of a problem's errors[] (the codes: trellis/domain/problem_code.hpp, listed in
// docs/api.md).
#include <boost/json/object.hpp>

#include <string_view>

namespace trellis::http {

// Writes "code" and, when there are any, "params" into `entry`.
void set_code(boost::json::object& entry, std::string_view code, boost::json::object params = {});

// For callers that gave no code: the code and params read from the English message ("is required",
// "must be at most 200 characters, got 5000", "must be from 0 to 60", "must be a, b or c", "is listed twice",
// "the header has no grade column"...); "invalid" when the message fits none of them.
void set_code_from_message(boost::json::object& entry, std::string_view message);

}  // namespace trellis::http
