#include "trellis/live/pg_relay.hpp"

#include <libpq-fe.h>
#include <poll.h>

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <boost/json.hpp>

#include <chrono>
#include <random>

#include "trellis/store/signals.hpp"

namespace trellis::live {

namespace json = boost::json;

std::string notify_payload(std::string_view origin, std::string_view topic, const json::value& event) {
    auto payload = json::serialize(json::object{{"origin", origin}, {"topic", topic}, {"event", event}});
    if (payload.size() <= kMaxNotifyPayload) return payload;
    json::object changed{{"type", "changed"}};
    if (event.is_object()) {
        if (const auto* id = event.as_object().if_contains("meeting_id")) changed["meeting_id"] = *id;
        if (const auto* type = event.as_object().if_contains("type")) changed["cause"] = *type;
    }
    return json::serialize(json::object{{"origin", origin}, {"topic", topic}, {"event", changed}});
}

PostgresRelay::PostgresRelay(std::string url, Hub& hub) : url_(std::move(url)), hub_(hub) {
    std::random_device device;
    origin_ = fmt::format("{:08x}{:08x}", device(), device());
}

PostgresRelay::~PostgresRelay() { stop(); }

void PostgresRelay::start() {
    if (thread_.joinable()) return;
    stopping_ = false;
    thread_ = std::thread([this] { run(); });
}

void PostgresRelay::stop() {
    stopping_ = true;
    if (thread_.joinable()) thread_.join();
}

void PostgresRelay::notify(store::Connection& db, std::string_view topic, const json::value& event) const {
    store::notify_channel(db, kNotifyChannel, notify_payload(origin_, topic, event));
}

bool PostgresRelay::apply(std::string_view payload) {
    boost::system::error_code ec;
    const auto value = json::parse(payload, ec);
    if (ec || !value.is_object()) return false;
    const auto& object = value.as_object();
    const auto* origin = object.if_contains("origin");
    const auto* topic = object.if_contains("topic");
    const auto* event = object.if_contains("event");
    if (!origin || !origin->is_string() || !topic || !topic->is_string() || !event) return false;
    if (origin->as_string() == origin_) return false;
    hub_.publish(topic->as_string(), *event);
    return true;
}

void PostgresRelay::run() {
    using namespace std::chrono_literals;
    auto backoff = 100ms;
    bool connected_before = false;
    const auto listen_sql = store::listen_statement(kNotifyChannel);
    while (!stopping_) {
        const char* keywords[] = {"connect_timeout", "application_name", "dbname", nullptr};
        const char* values[] = {"10", "trellis-live", url_.c_str(), nullptr};
        PGconn* conn = PQconnectdbParams(keywords, values, 1);
        PGresult* listen = nullptr;
        if (conn && PQstatus(conn) == CONNECTION_OK) listen = PQexec(conn, listen_sql.c_str());
        if (!listen || PQresultStatus(listen) != PGRES_COMMAND_OK) {
            spdlog::warn("live: cannot LISTEN on PostgreSQL: {}", conn ? PQerrorMessage(conn) : "out of memory");
            if (listen) PQclear(listen);
            if (conn) PQfinish(conn);
            for (auto waited = 0ms; waited < backoff && !stopping_; waited += 50ms) std::this_thread::sleep_for(50ms);
            backoff = std::min(backoff * 2, std::chrono::milliseconds(5s));
            continue;
        }
        PQclear(listen);
        backoff = 100ms;
        // Events sent while we were not listening are lost: tell every subscriber to reload.
        if (connected_before) hub_.resync_all();
        connected_before = true;
        listening_ = true;
        spdlog::info("live: listening for other instances' events");
        while (!stopping_) {
            pollfd fd{PQsocket(conn), POLLIN, 0};
            const int ready = ::poll(&fd, 1, 200);  // wakes up to notice stop()
            if (ready < 0 && errno != EINTR) break;
            if (ready <= 0) continue;
            if (!PQconsumeInput(conn)) break;
            while (PGnotify* note = PQnotifies(conn)) {
                try {
                    apply(note->extra);
                } catch (const std::exception& e) {
                    spdlog::error("live: bad event from another instance: {}", e.what());
                }
                PQfreemem(note);
            }
            if (PQstatus(conn) != CONNECTION_OK) break;
        }
        listening_ = false;
        if (!stopping_) spdlog::warn("live: lost the LISTEN connection: {}; reconnecting", PQerrorMessage(conn));
        PQfinish(conn);
    }
}

}  // namespace trellis::live
