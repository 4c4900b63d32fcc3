#pragma once
// The live channel: GET /api/v1/live?topic=meeting:<id>[&since=<seq>[&epoch=<epoch>]] upgraded to a WebSocket.
// The caller is identified like any API request (bearer token, or the session cookie with an Origin matching
// the Host, against cross-site WebSocket hijacking), and the permission policy decides: reading a meeting
// means reading its team. Messages are the hub's (trellis/live/hub.hpp).
#include <boost/json/value.hpp>

#include <string_view>

#include "trellis/api/services.hpp"
#include "trellis/http/websocket.hpp"
#include "trellis/live/hub.hpp"
#include "trellis/live/pg_relay.hpp"
#include "trellis/store/database.hpp"

namespace trellis::api {

// For http::ServerOptions::websocket_authorizer.
http::WebSocketAuthorizer make_live_authorizer(Services& services, live::Hub& hub);

// The hub (and, on PostgreSQL, the relay to other instances) that publish_live() feeds. Set once by `serve`
// before it listens, cleared after; null: publishing does nothing (CLI commands, tests without a hub).
void install_live_hub(live::Hub* hub, live::PostgresRelay* relay = nullptr);

// Publishes a committed change: to this instance's subscribers, and through `db` (NOTIFY) to other instances.
// Never throws: the change is committed whatever happens to its announcement.
void publish_live(store::Connection& db, std::string_view topic, const boost::json::value& event);

// "meeting:12"
std::string meeting_topic(std::int64_t meeting_id);

}  // namespace trellis::api
