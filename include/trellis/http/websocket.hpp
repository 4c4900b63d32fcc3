#pragma once
// WebSocket upgrades, seen from the application (Beast-free like message.hpp). The server asks the application
// once per upgrade request; the application answers with a refusal (an ordinary HTTP response: 401, 403, 404
// problem+json) or an acceptance whose on_open is called once the handshake is done.
#include <functional>
#include <memory>
#include <string>
#include <variant>

#include "trellis/http/message.hpp"

namespace trellis::http {

// One open WebSocket connection. Thread-safe; nothing here blocks.
class WebSocketPeer {
public:
    virtual ~WebSocketPeer() = default;
    // Queues one text message. Returns false when the connection is closed or too far behind: its bounded send
    // queue is full, and the server then drops the connection (the client reconnects and resumes).
    virtual bool send(std::shared_ptr<const std::string> text) = 0;
    // Closes the connection (close frame, "going away").
    virtual void close() = 0;
};

struct WebSocketAccept {
    // Called once, on the connection's I/O thread, right after the handshake. What it returns is kept until the
    // connection ends and then destroyed (e.g. a subscription that unsubscribes in its destructor). It must not
    // block. Messages the client sends are read and ignored: the channel is server-to-client.
    std::function<std::shared_ptr<void>(std::shared_ptr<WebSocketPeer>)> on_open;
};

using WebSocketDecision = std::variant<Response, WebSocketAccept>;

// Decides an upgrade request (GET with Upgrade: websocket). May use the database, like a handler.
using WebSocketAuthorizer = std::function<WebSocketDecision(Request&)>;

}  // namespace trellis::http
