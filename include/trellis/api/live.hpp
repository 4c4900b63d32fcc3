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

// For http::ServerOptions::websocket_authorizer: subscribes to services.live_hub, which must be set.
http::WebSocketAuthorizer make_live_authorizer(Services& services);

// Publishes a committed change: to the subscribers of this instance's hub (Services::live_hub), and through
// `db` (NOTIFY, Services::live_relay) to other instances. Never throws: the change is committed whatever
// happens to its announcement.
void publish_live(const Services& services, store::Connection& db, std::string_view topic,
                  const boost::json::value& event);

// "meeting:12"
std::string meeting_topic(std::int64_t meeting_id);

}  // namespace trellis::api
