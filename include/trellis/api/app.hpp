#pragma once
#include "trellis/api/services.hpp"
#include "trellis/http/message.hpp"

namespace trellis::api {

// The whole application as one request handler: security headers, /healthz, the JSON API (authentication,
// CSRF, the permission policy, one transaction per write) and the web app's static files.
http::Handler make_app(Services& services);

// Every API route as "METHOD /path/{param}" (for the OpenAPI completeness test).
std::vector<std::string> route_signatures();

// Every route with the outcome it declares for each kind of caller (`trellis routes`; the black-box
// authorization matrix test walks it).
std::string authorization_matrix_json();

}  // namespace trellis::api
