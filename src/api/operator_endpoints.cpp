#include "api/operator_endpoints.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "trellis/api/metrics.hpp"
#include "trellis/auth/secrets.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/live/hub.hpp"
#include "trellis/live/pg_relay.hpp"
#include "trellis/store/mail_outbox.hpp"
#include "trellis/store/migrations.hpp"
#include "trellis/store/pool_wait.hpp"
#include "trellis/store/signals.hpp"

namespace trellis::api {
namespace {

http::Response json_ok(std::string body) {
    http::Response response;
    response.body = std::move(body);
    response.set_header("Content-Type", "application/json");
    response.set_header("Cache-Control", "no-store");
    return response;
}

bool is_loopback(std::string_view address) { return address.starts_with("127.") || address == "::1"; }

// A loopback peer that forwards for someone else is a proxy on this machine: its clients are not local.
bool came_through_proxy(const http::Request& request) {
    return !request.header("x-forwarded-for").empty() || !request.header("forwarded").empty() ||
           !request.header("x-real-ip").empty();
}

bool may_read_metrics(const http::Request& request, const Services& services) {
    if (is_loopback(request.remote_address) && !came_through_proxy(request)) return true;
    if (services.metrics_token.empty()) return false;
    const auto authorization = request.header("authorization");
    constexpr std::string_view kBearer = "Bearer ";
    return authorization.starts_with(kBearer) &&
           auth::secrets_equal(authorization.substr(kBearer.size()), services.metrics_token);
}

}  // namespace

http::Response health(Services& services) {
    try {
        auto db = services.database.acquire();
        store::ping(*db);
        return json_ok(R"({"status":"ok","database":"ok"})");
    } catch (const std::exception& e) {
        spdlog::error("health check: database unreachable: {}", e.what());
        return http::problem(http::ProblemKind::unavailable, "the database is not reachable");
    }
}

http::Response readiness(Services& services) {
    const int expected = static_cast<int>(store::migrations().size());
    int version = 0;
    try {
        {
            auto db = services.database.acquire();
            store::ping(*db);
        }  // released first: schema_version() leases its own connection
        version = services.database.schema_version();
    } catch (const std::exception& e) {
        spdlog::error("readiness: database unreachable: {}", e.what());
        return http::problem(http::ProblemKind::unavailable, "not ready: the database is not reachable");
    }
    if (version != expected) {
        return http::problem(
            http::ProblemKind::unavailable,
            fmt::format("not ready: the database schema is version {} but this trellis expects version {}{}", version,
                        expected, version > expected ? " (a newer trellis migrated it: upgrade this one)" : ""));
    }
    if (services.live_relay != nullptr && !services.live_relay->listening()) {
        return http::problem(http::ProblemKind::unavailable,
                             "not ready: not yet listening for other instances' live events (PostgreSQL LISTEN)");
    }
    return json_ok(fmt::format(R"({{"status":"ready","database":"ok","schema_version":{}}})", version));
}

http::Response metrics(const http::Request& request, Services& services) {
    if (services.metrics == nullptr || !may_read_metrics(request, services)) {
        return http::problem(http::ProblemKind::not_found, fmt::format("nothing at {}", request.path));
    }
    Metrics::Gauges gauges;
    gauges.pool = services.database.pool_stats();
    gauges.pool_timeouts = store::pool_timeouts();
    if (services.live_hub != nullptr) gauges.live_clients = services.live_hub->subscriber_count();
    try {
        auto db = services.database.acquire();
        gauges.outbox = store::mail_outbox_counts(*db);
    } catch (const std::exception& e) {
        spdlog::warn("metrics: cannot read the mail outbox: {}", e.what());
    }
    http::Response response;
    response.body = services.metrics->render(gauges);
    response.set_header("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    response.set_header("Cache-Control", "no-store");
    return response;
}

}  // namespace trellis::api
