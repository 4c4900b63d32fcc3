#pragma once
// How log lines are written: plain text (the default, for people) or one JSON object per line (for a log
// shipper), and the access-log line of each answered request in either form.
#include <cstddef>
#include <string>
#include <string_view>

namespace trellis::http {

enum class LogFormat { text, json };

// Switches every line of spdlog's default logger: text keeps the pattern set in main(); json writes
// {"time","level","message"} per line, plus the request's fields on access-log lines.
void use_log_format(LogFormat format);

// One answered request. `path` is already what may be logged (no query, secrets redacted: log_redaction.hpp);
// `route` is the pattern the application matched ("/api/v1/teams/{id}"), empty when it matched none.
struct AccessRecord {
    std::string_view request_id;
    std::string_view method;
    std::string_view path;
    std::string_view route;
    int status = 0;
    std::size_t bytes = 0;
    double duration_seconds = 0;
    std::string_view remote;
};

// Writes the access-log line (info level).
void log_access(const AccessRecord& record);

// `text` as a JSON string literal, quotes included; bytes that are not valid UTF-8 become U+FFFD, so every
// line parses whatever a client sent.
[[nodiscard]] std::string json_string(std::string_view text);

}  // namespace trellis::http
