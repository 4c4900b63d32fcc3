#pragma once
// What the access log may show of a request's path: tokens that are themselves the credential (a calendar
// feed's, an invitation's) travel in the path, and a log line must not hand them to whoever reads the logs.
#include <span>
#include <string>
#include <string_view>

namespace trellis::http {

// The request target without its query (which may hold tokens), cut to 256 bytes, with the path segment that
// follows any of `secret_prefixes` (e.g. "/calendar/") replaced by "[redacted]" (keeping an extension such as
// ".ics"). The prefixes are matched against `decoded_path` (what the router matched, so percent-encoding cannot
// dodge them); empty `decoded_path`: matched against the target itself.
std::string loggable_path(std::string_view target, std::string_view decoded_path,
                          std::span<const std::string> secret_prefixes);

}  // namespace trellis::http
