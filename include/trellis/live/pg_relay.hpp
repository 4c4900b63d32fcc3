#pragma once
// Live events across instances on PostgreSQL: each publish also runs NOTIFY trellis_live (on the publishing
// request's own connection, after its commit), and one LISTEN connection per instance feeds the other
// instances' events into the local hub. Events this instance sent are recognised by its id and skipped.
// A payload over PostgreSQL's 8000-byte limit is replaced by a small {"type":"changed"} event (reload).
#include <boost/json/value.hpp>

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <thread>

#include "trellis/live/hub.hpp"
#include "trellis/store/database.hpp"

namespace trellis::live {

inline constexpr const char* kNotifyChannel = "trellis_live";
inline constexpr std::size_t kMaxNotifyPayload = 7999;  // PostgreSQL refuses 8000 bytes and more

// The NOTIFY payload for an event: {"origin":..., "topic":..., "event":...}, or the "changed" stand-in.
std::string notify_payload(std::string_view origin, std::string_view topic, const boost::json::value& event);

class PostgresRelay {
public:
    // `url`: the PostgreSQL URL the database was opened with.
    PostgresRelay(std::string url, Hub& hub);
    ~PostgresRelay();  // stops the listener
    PostgresRelay(const PostgresRelay&) = delete;
    PostgresRelay& operator=(const PostgresRelay&) = delete;

    void start();  // starts the LISTEN thread (reconnects with back-off; after a reconnect, subscribers resync)
    void stop();

    // NOTIFY on `db` (a PostgreSQL connection, outside any transaction or just before its commit).
    void notify(store::Connection& db, std::string_view topic, const boost::json::value& event) const;

    // Applies one received payload to the hub; false when it was ours or malformed. Public for tests.
    bool apply(std::string_view payload);

    [[nodiscard]] const std::string& origin() const { return origin_; }

    // True while the LISTEN connection is up. Until then (at start, or after losing it) this instance's live
    // clients would miss the other instances' events, so /readyz says "not ready" and a proxy sends them elsewhere.
    [[nodiscard]] bool listening() const { return listening_; }

private:
    void run();

    std::string url_;
    Hub& hub_;
    std::string origin_;
    std::atomic<bool> stopping_{false};
    std::atomic<bool> listening_{false};
    std::thread thread_;
};

}  // namespace trellis::live
