#pragma once
// Statements that read and write no rows of ours: the health check's round trip, and PostgreSQL's
// LISTEN/NOTIFY, which carries live events between instances (live/pg_relay.cpp).
#include <string>
#include <string_view>

#include "trellis/store/database.hpp"

namespace trellis::store {

// One round trip to the database; throws DatabaseError when it is not reachable.
void ping(Connection& db);

// NOTIFY `channel` with `payload` on `db` (PostgreSQL only). Sent when the transaction commits, or at once
// outside one.
void notify_channel(Connection& db, std::string_view channel, std::string_view payload);

// The statement a dedicated listening connection (libpq, outside Connection) runs to receive `channel`.
// `channel` must be a plain identifier of ours, never user input.
std::string listen_statement(std::string_view channel);

}  // namespace trellis::store
