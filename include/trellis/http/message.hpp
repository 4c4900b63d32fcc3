#pragma once
// The server's request/response interface. Deliberately free of Boost.Beast and Asio so that every layer
// above src/http/ compiles in a second or two (Beast + Asio cost ~20 s per translation unit here).
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trellis::http {

struct Header {
    std::string name;  // lower-case
    std::string value;
};

struct Request {
    std::string method;                        // "GET", "POST", ...
    std::string target;                        // raw request target as received
    std::string path;                          // percent-decoded path, without the query
    std::map<std::string, std::string> query;  // decoded query parameters (last one wins)
    std::vector<Header> headers;               // names lower-cased
    std::string body;
    // Set for an upload (BodyDecision::upload): the body was streamed to this file instead, and `body` is empty.
    // The server removes the file once the response is ready.
    std::string body_file;
    std::string remote_address;                 // peer IP address, without port
    std::map<std::string, std::string> params;  // path parameters, filled by the router
    // The X-Request-Id the answer carries (the caller's when sane, else made by the server; request_id.hpp).
    std::string request_id;
    // The route the application matched, as its pattern ("/api/v1/teams/{id}"; never a raw path, so metrics labels
    // stay bounded); set by the application, empty when none matched. Logged and counted by the server.
    std::string route;

    // The first header with this lower-case name, or "" when absent.
    [[nodiscard]] std::string_view header(std::string_view lowercase_name) const;
};

struct Response {
    int status = 200;
    std::vector<Header> headers;
    std::string body;

    // Replaces any header of the same (case-insensitive) name.
    void set_header(std::string_view name, std::string value);
    [[nodiscard]] std::string_view header(std::string_view lowercase_name) const;
};

// The whole application as the server sees it: one function from request to response.
// It must not throw; the server still catches and answers 500 if it does.
using Handler = std::function<Response(Request&)>;

// What the application decides from a request's header (no body yet: `body` and `body_file` are empty), before
// the server reads any byte of the body.
struct BodyDecision {
    std::optional<Response> refusal;  // sent at once; the connection then closes without reading the body
    bool upload = false;              // the body may be as large as an upload and is streamed to a file
    std::shared_ptr<void> hold;       // kept until the response is ready (e.g. one of the person's upload slots)
};
// Called on a worker thread (it may query the database) for every request that has a body. Must not throw.
using BodyCheck = std::function<BodyDecision(const Request& headers)>;

}  // namespace trellis::http
