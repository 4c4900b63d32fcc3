#include "trellis/api/metrics.hpp"

#include <array>

#include <fmt/format.h>

namespace trellis::api {
namespace {

const std::vector<double>& request_bounds() {
    static const std::vector<double> bounds{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    return bounds;
}

const std::vector<double>& import_bounds() {
    static const std::vector<double> bounds{0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600};
    return bounds;
}

// A method outside the standard ones (any token is valid HTTP) is counted as OTHER: a client cannot mint labels.
std::string_view method_label(std::string_view method) {
    static constexpr std::array<std::string_view, 7> known{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    for (const auto m : known)
        if (m == method) return m;
    return "OTHER";
}

std::string label_value(std::string_view value) {
    std::string out;
    for (const char c : value) {
        if (c == '\\' || c == '"') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

std::string number(double value) { return fmt::format("{}", value); }

void render_histogram(std::string& out, std::string_view name, const std::string& labels, const Metrics::Histogram& h,
                      const std::vector<double>& bounds) {
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        cumulative += h.buckets[i];
        out += fmt::format("{}_bucket{{{},le=\"{}\"}} {}\n", name, labels, number(bounds[i]), cumulative);
    }
    out += fmt::format("{}_bucket{{{},le=\"+Inf\"}} {}\n", name, labels, h.count);
    out += fmt::format("{}_sum{{{}}} {}\n", name, labels, number(h.sum));
    out += fmt::format("{}_count{{{}}} {}\n", name, labels, h.count);
}

void gauge(std::string& out, std::string_view name, std::string_view help, std::string_view type, double value) {
    out += fmt::format("# HELP {} {}\n# TYPE {} {}\n{} {}\n", name, help, name, type, name, number(value));
}

}  // namespace

void Metrics::Histogram::observe(double value, const std::vector<double>& bounds) {
    if (buckets.empty()) buckets.assign(bounds.size(), 0);
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        if (value <= bounds[i]) {
            ++buckets[i];
            break;
        }
    }
    sum += value;
    ++count;
}

void Metrics::observe_request(std::string_view route, std::string_view method, int status, double seconds) {
    std::string route_label = route.empty() ? std::string("(none)") : std::string(route);
    std::lock_guard lock(mutex_);
    ++requests_[{route_label, std::string(method_label(method)), status}];
    request_seconds_[route_label].observe(seconds, request_bounds());
}

void Metrics::observe_import(std::string_view kind, std::string_view outcome, double seconds) {
    std::lock_guard lock(mutex_);
    import_seconds_[{std::string(kind), std::string(outcome)}].observe(seconds, import_bounds());
}

std::string Metrics::render(const Gauges& gauges) const {
    std::string out;
    {
        std::lock_guard lock(mutex_);
        out += "# HELP trellis_http_requests_total HTTP requests answered, by route pattern, method and status.\n";
        out += "# TYPE trellis_http_requests_total counter\n";
        for (const auto& [key, count] : requests_) {
            const auto& [route, method, status] = key;
            out += fmt::format("trellis_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{}\"}} {}\n",
                               label_value(route), method, status, count);
        }
        out += "# HELP trellis_http_request_duration_seconds Time from the first byte read to the answer written.\n";
        out += "# TYPE trellis_http_request_duration_seconds histogram\n";
        for (const auto& [route, histogram] : request_seconds_) {
            render_histogram(out, "trellis_http_request_duration_seconds",
                             fmt::format("route=\"{}\"", label_value(route)), histogram, request_bounds());
        }
        out += "# HELP trellis_import_duration_seconds Data imports (the file read, counted and stored), by kind.\n";
        out += "# TYPE trellis_import_duration_seconds histogram\n";
        for (const auto& [key, histogram] : import_seconds_) {
            render_histogram(out, "trellis_import_duration_seconds",
                             fmt::format("kind=\"{}\",outcome=\"{}\"", label_value(key.first), label_value(key.second)),
                             histogram, import_bounds());
        }
    }
    gauge(out, "trellis_db_pool_size", "Most database connections the pool opens.", "gauge",
          static_cast<double>(gauges.pool.size));
    gauge(out, "trellis_db_pool_connections_open", "Database connections open now.", "gauge",
          static_cast<double>(gauges.pool.open));
    gauge(out, "trellis_db_pool_connections_in_use", "Database connections leased to a request or job now.", "gauge",
          static_cast<double>(gauges.pool.in_use));
    gauge(out, "trellis_db_pool_waits_total", "Times a request found no connection free and waited.", "counter",
          static_cast<double>(gauges.pool.waits));
    gauge(out, "trellis_db_pool_timeouts_total",
          "Times a request waited for a connection past the limit and was answered 503.", "counter",
          static_cast<double>(gauges.pool_timeouts));
    gauge(out, "trellis_live_clients", "Live meeting WebSocket subscriptions open on this instance.", "gauge",
          static_cast<double>(gauges.live_clients));
    gauge(out, "trellis_mail_outbox_queued", "Mail waiting to be delivered (new or being retried).", "gauge",
          static_cast<double>(gauges.outbox.queued));
    gauge(out, "trellis_mail_outbox_failed", "Mail given up on after every retry (kept with its error).", "gauge",
          static_cast<double>(gauges.outbox.failed));
    return out;
}

}  // namespace trellis::api
