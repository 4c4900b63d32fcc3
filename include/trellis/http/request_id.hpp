#pragma once
// The request id that ties an answer to its log line: operators and a proxy in front (X-Request-Id) use it to
// follow one request across their own logs and ours.
#include <string>
#include <string_view>

namespace trellis::http {

// Whether a caller's X-Request-Id may be kept: 1 to 64 characters of [A-Za-z0-9._-]. Anything else (a log
// injection attempt, an overlong value) is ignored and the server makes its own.
[[nodiscard]] bool is_sane_request_id(std::string_view id);

// A new random id: 16 lower-case hex digits (64 random bits).
[[nodiscard]] std::string make_request_id();

// The caller's id when sane, else a new one.
[[nodiscard]] std::string request_id_for(std::string_view sent);

}  // namespace trellis::http
