#include "trellis/store/signals.hpp"

namespace trellis::store {

void ping(Connection& db) { db.query("SELECT 1"); }

void notify_channel(Connection& db, std::string_view channel, std::string_view payload) {
    db.query("SELECT pg_notify(?, ?)", {std::string(channel), std::string(payload)});
}

std::string listen_statement(std::string_view channel) { return "LISTEN " + std::string(channel); }

}  // namespace trellis::store
