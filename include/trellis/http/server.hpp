#pragma once
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "trellis/http/access_log.hpp"
#include "trellis/http/message.hpp"
#include "trellis/http/websocket.hpp"

namespace trellis::http {

struct ServerOptions {
    std::string host = "127.0.0.1";
    unsigned short port = 8080;                // 0 picks a free port (see on_listening)
    std::size_t max_body_bytes = 1024 * 1024;  // larger bodies get 413 problem+json
    // Asked once the header of a request with a body is read, before any body byte is: it may refuse the request
    // (the connection then closes unread), or accept it as a file upload (a district's student export), which
    // gets max_upload_bytes and upload_timeout and is streamed to a file in upload_dir (created 0600, removed
    // after the response; empty: the system's temporary directory), so its size never costs memory.
    // Unset: every body is read into memory under max_body_bytes.
    BodyCheck before_body;
    std::size_t max_upload_bytes = 256 * 1024 * 1024;
    std::chrono::seconds upload_timeout{600};
    std::string upload_dir;
    // Paths whose next segment is a secret (a calendar feed's or an invitation's token): the access log shows
    // that segment as [redacted].
    std::vector<std::string> secret_path_prefixes;
    std::chrono::seconds read_timeout{30};  // idle keep-alive and slow-body limit
    unsigned threads = 2;                   // I/O threads: sockets, TLS-free HTTP parsing, WebSocket fan-out
    // Handlers run on their own pool, because they wait on the database (and Argon2 at sign-in): kept off the
    // I/O threads, a slow commit never delays the live channel's deliveries or other connections' reads.
    unsigned worker_threads = 4;
    // WebSocket upgrades (GET with Upgrade: websocket) go to this authorizer; unset, they reach the handler as
    // ordinary requests. Open connections are pinged when quiet and dropped after websocket_idle_timeout without
    // an answer; each has a send queue bounded in messages and bytes (a client that falls behind is dropped).
    WebSocketAuthorizer websocket_authorizer;
    std::chrono::seconds websocket_idle_timeout{30};
    std::size_t websocket_queue_messages = 2048;
    std::size_t websocket_queue_bytes = 8 * 1024 * 1024;
    // On SIGTERM, how long requests in flight may take to finish before their connections are closed.
    std::chrono::seconds shutdown_grace{20};
    // Called after each access-log line with the same record (request metrics); on an I/O thread: keep it short.
    std::function<void(const AccessRecord&)> on_answered;
};

// Serves HTTP/1.1 with keep-alive until SIGINT or SIGTERM. On a signal it stops accepting, lets requests in
// flight finish (their responses are written) for up to shutdown_grace, closes WebSocket connections with 1012
// ("service restart": reconnect), then returns.
// `on_listening` is called once with the bound port.
// One access-log line per request on spdlog's logger (access_log.hpp): request id, method, path without query and
// with secret segments redacted, route, status, bytes, duration, client address. Every answer carries
// X-Request-Id (request_id.hpp).
void serve(const ServerOptions& options, Handler handler,
           const std::function<void(unsigned short port)>& on_listening = {});

// Does what SIGINT/SIGTERM do to a running serve(): stop accepting, close idle keep-alive connections, let
// requests in flight finish, then serve() returns. Thread-safe; a no-op when no serve() is running.
void request_shutdown();

}  // namespace trellis::http
