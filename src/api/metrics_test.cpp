#include "trellis/api/metrics.hpp"

#include <gtest/gtest.h>

namespace trellis::api {
namespace {

TEST(Metrics, CountsRequestsByRoutePatternMethodAndStatus) {
    Metrics metrics;
    metrics.observe_request("/api/v1/teams/{id}", "GET", 200, 0.003);
    metrics.observe_request("/api/v1/teams/{id}", "GET", 200, 0.2);
    metrics.observe_request("", "BREW", 400, 0.001);
    const auto text = metrics.render({});
    EXPECT_NE(text.find("trellis_http_requests_total{route=\"/api/v1/teams/{id}\",method=\"GET\",status=\"200\"} 2\n"),
              std::string::npos);
    EXPECT_NE(text.find("trellis_http_requests_total{route=\"(none)\",method=\"OTHER\",status=\"400\"} 1\n"),
              std::string::npos);
    // Cumulative buckets: 0.003 falls in le=0.005 and above, 0.2 in le=0.25 and above.
    EXPECT_NE(text.find("trellis_http_request_duration_seconds_bucket{route=\"/api/v1/teams/{id}\",le=\"0.005\"} 1\n"),
              std::string::npos);
    EXPECT_NE(text.find("trellis_http_request_duration_seconds_bucket{route=\"/api/v1/teams/{id}\",le=\"0.25\"} 2\n"),
              std::string::npos);
    EXPECT_NE(text.find("trellis_http_request_duration_seconds_count{route=\"/api/v1/teams/{id}\"} 2\n"),
              std::string::npos);
}

TEST(Metrics, ReportsGaugesAndImports) {
    Metrics metrics;
    metrics.observe_import("students", "stored", 3.0);
    Metrics::Gauges gauges;
    gauges.pool = {8, 3, 1, 5};
    gauges.live_clients = 4;
    gauges.outbox = {2, 1};
    const auto text = metrics.render(gauges);
    EXPECT_NE(text.find("trellis_import_duration_seconds_count{kind=\"students\",outcome=\"stored\"} 1\n"),
              std::string::npos);
    EXPECT_NE(text.find("trellis_db_pool_size 8\n"), std::string::npos);
    EXPECT_NE(text.find("trellis_db_pool_connections_in_use 1\n"), std::string::npos);
    EXPECT_NE(text.find("trellis_db_pool_waits_total 5\n"), std::string::npos);
    EXPECT_NE(text.find("trellis_live_clients 4\n"), std::string::npos);
    EXPECT_NE(text.find("trellis_mail_outbox_queued 2\n"), std::string::npos);
    EXPECT_NE(text.find("trellis_mail_outbox_failed 1\n"), std::string::npos);
}

}  // namespace
}  // namespace trellis::api
