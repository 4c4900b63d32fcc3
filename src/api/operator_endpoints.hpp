#pragma once
// What operators and their tools call, outside the API: liveness (/healthz), readiness (/readyz) and the
// Prometheus scrape (/metrics). Answered before the API's router, with no session and no transaction.
#include "trellis/api/services.hpp"
#include "trellis/http/message.hpp"

namespace trellis::api {

// The process answers and the database is reachable: 200 {"status":"ok","database":"ok"}, else 503.
http::Response health(Services& services);

// Whether this instance should get traffic: the database answers a trivial query through the pool and its
// schema is the version this binary expects; else 503 problem+json whose detail says which.
http::Response readiness(Services& services);

// The metrics in Prometheus text format for a loopback caller that came through no proxy, or one with the
// metrics token as bearer; 404 for anyone else (as if there were nothing there).
http::Response metrics(const http::Request& request, Services& services);

}  // namespace trellis::api
