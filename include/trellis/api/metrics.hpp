#pragma once
// The figures /metrics exposes in Prometheus' text format: counters and histograms recorded as requests are
// answered and imports run, and gauges read at each scrape (the pool, live clients, the mail outbox).
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "trellis/store/database.hpp"
#include "trellis/store/mail_outbox.hpp"

namespace trellis::api {

class Metrics {
public:
    // Thread-safe. `route` is the matched pattern (empty: none matched), so label values stay bounded.
    void observe_request(std::string_view route, std::string_view method, int status, double seconds);
    // Thread-safe. `kind`: students, aggregate, profiles or teachers; `outcome`: stored or rejected.
    void observe_import(std::string_view kind, std::string_view outcome, double seconds);

    // What is read at scrape time rather than counted.
    struct Gauges {
        store::PoolStats pool;
        std::uint64_t pool_timeouts = 0;  // store::pool_timeouts()
        std::size_t live_clients = 0;
        store::MailOutboxCounts outbox;
    };
    // The exposition text (text/plain; version=0.0.4).
    [[nodiscard]] std::string render(const Gauges& gauges) const;

    struct Histogram {
        std::vector<std::uint64_t> buckets;  // cumulative counts are made at render time; one per bound
        double sum = 0;
        std::uint64_t count = 0;
        void observe(double value, const std::vector<double>& bounds);
    };

private:
    mutable std::mutex mutex_;
    std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;  // route, method, status
    std::map<std::string, Histogram> request_seconds_;                             // per route
    std::map<std::pair<std::string, std::string>, Histogram> import_seconds_;      // kind, outcome
};

}  // namespace trellis::api
