#pragma once
#include "trellis/api/services.hpp"
#include "trellis/http/message.hpp"

namespace trellis::api {

// The whole application as one request handler: security headers, /healthz, the JSON API (authentication,
// CSRF, the permission policy, one transaction per write) and the web app's static files.
http::Handler make_app(Services& services);

// The header stage (http::ServerOptions::before_body): upload routes are authenticated and their guard checked
// before the body is read, and each person gets at most two uploads at once; other requests go on.
http::BodyCheck make_body_check(Services& services);

// Path prefixes whose next segment is a secret token (for the access log's redaction).
std::vector<std::string> secret_path_prefixes();

// Every API route as "METHOD /path/{param}" (for the OpenAPI completeness test).
std::vector<std::string> route_signatures();

// Every route with the outcome it declares for each kind of caller (`trellis routes`; the black-box
// authorization matrix test walks it).
std::string authorization_matrix_json();

}  // namespace trellis::api
