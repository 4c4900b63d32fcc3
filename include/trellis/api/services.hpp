#pragma once
// What the API needs from the outside world, assembled once in main() and shared by every request.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "trellis/guides/guide.hpp"

#include "trellis/notify/mailer.hpp"
#include "trellis/store/database.hpp"

namespace trellis::live {
class Hub;
class PostgresRelay;
}  // namespace trellis::live

namespace trellis::api {

class Metrics;

struct Services {
    store::Database& database;
    notify::Mailer& mailer;
    std::string public_url;                              // e.g. "https://trellis.district.org", used in links we e-mail
    std::filesystem::path web_root;                      // built web app (web/dist); empty: API only
    bool secure_cookies = false;                         // set Secure on cookies (behind TLS)
    std::function<std::int64_t()> now;                   // Unix seconds; injectable for tests
    std::function<void()> mail_queued;                   // wakes the outbox sender after a commit that queued mail
    const std::vector<guides::Guide>* guides = nullptr;  // loaded once at start (guides/); null: none
    // Reverse proxies whose X-Forwarded-For is believed (api/client_address.hpp); empty: none, the peer counts.
    std::vector<std::string> trusted_proxies;
    // The live hub that publish_live() feeds, and on PostgreSQL the relay to other instances (api/live.hpp).
    // Set by `serve` before it listens and cleared after it stops; null: publishing does nothing (CLI commands,
    // tests without a hub).
    live::Hub* live_hub = nullptr;
    live::PostgresRelay* live_relay = nullptr;
    // What /metrics reports (api/metrics.hpp); null: /metrics answers 404. Who may read it: loopback callers that
    // come through no proxy, or `Authorization: Bearer <metrics_token>` when the token is set.
    Metrics* metrics = nullptr;
    std::string metrics_token;
};

}  // namespace trellis::api
