#pragma once
// RFC 9457 problem details: the one shape of every error Trellis answers.
#include <string>
#include <string_view>

#include "trellis/http/message.hpp"

namespace trellis::http {

// `slug` is the stable machine-readable kind ("validation", "not-found", ...); the `type` member becomes
// "/problems/<slug>", documented in docs/api.md. `detail` says what is wrong and where, in plain words.
// Extra members (e.g. "errors": [...]) may be passed as a serialized JSON object's members in `extra_json`
// (without braces, e.g. R"("field":"email")"), or left empty.
Response problem(int status, std::string_view slug, std::string_view title, std::string_view detail,
                 std::string_view extra_json = {});

}  // namespace trellis::http
