#pragma once
// RFC 9457 problem details: the one shape of every error Trellis answers, and the one table of its kinds.
#include <cstdint>
#include <span>
#include <string_view>

#include "trellis/http/message.hpp"

namespace trellis::http {

// Every problem Trellis answers. A kind fixes the status, the `type` ("/problems/<name>", documented in
// docs/api.md; the web app translates by it) and the title; several kinds may share a name when the title
// says more (an invalid API token and a missing sign-in share a name and status, not a title).
enum class ProblemKind : std::uint8_t {
    bad_request,             // 400 not valid HTTP/1.1, a bad target or query
    malformed_json,          // 400 the body is not JSON
    invalid_invitation,      // 400 invalid-token: an invitation link unknown, used or expired
    invalid_link,            // 400 invalid-token: a password-reset link unknown, used or expired
    unauthenticated,         // 401 no valid session or token
    invalid_api_token,       // 401 unauthenticated: a bearer token unknown or revoked
    invalid_credentials,     // 401 wrong e-mail or password at sign-in
    csrf,                    // 403 cookie-authenticated write without the right X-CSRF-Token
    forbidden,               // 403 visible but not yours to change
    cross_origin,            // 403 a cookie WebSocket from another site's page
    not_found,               // 404 unknown id or route, or not visible to you
    method_not_allowed,      // 405 the route exists for other methods
    conflict,                // 409 a duplicate, or the state does not allow it
    stale_edit,              // 409 `version` is not the current one
    meeting_closed,          // 409 meeting-closed: a write on a closed meeting
    meeting_cancelled,       // 409 meeting-closed: a write on a cancelled meeting
    sign_in_link_invalid,    // 410 a sign-in link unknown, used, expired or opened in another browser
    body_too_large,          // 413 body over the limit
    unsupported_media_type,  // 415 a body that is not application/json
    validation,              // 422 fields missing, of the wrong type or invalid; `errors` lists them
    rule_violation,          // 422 validation: a meeting plan breaks the guide's rules; `errors` carry the rule
    import_rejected,         // 422 a data file with problems by line and column
    upgrade_required,        // 426 the live channel is WebSocket only
    too_many_uploads,        // 429 a third upload while two are in progress
    rate_limited,            // 429 too many failed sign-ins
    internal,                // 500 a bug in the application, logged
    server_error,            // 500 internal: a bug below the application (the HTTP server), logged
    unavailable,             // 503 the database is not reachable
    upload_unavailable,      // 503 unavailable: the server cannot store uploads
    shutting_down,           // 503 unavailable: the server is stopping
    busy,                    // 503 the database is busy
};

// One row of the table. `title` goes on the wire (English, as docs/api.md shows); `title_es` is for text the
// server writes for a Spanish reader (mail, logs shown to people), never for the JSON answer.
struct ProblemType {
    ProblemKind kind;
    int status;
    std::string_view name;  // the slug after "/problems/"
    std::string_view title;
    std::string_view title_es;
};

const ProblemType& problem_type(ProblemKind kind);
std::span<const ProblemType> problem_types();  // every row, in the enum's order

// `detail` says what is wrong and where, in plain words. Extra members (e.g. "current": {...}) may be passed
// as a serialized JSON object's members in `extra_json` (without braces, e.g. R"("field":"email")"), or left
// empty. For a list of fields at fault use ValidationProblem (trellis/http/validation_problem.hpp).
Response problem(ProblemKind kind, std::string_view detail, std::string_view extra_json = {});

}  // namespace trellis::http
