#pragma once
#include <string>
#include <vector>

#include "trellis/http/message.hpp"

namespace trellis::api {

// The network address of whoever sent a request: the peer of the connection, or, when that peer is one of the
// reverse proxies the operator named (`--trusted-proxy`), the nearest address in X-Forwarded-For that is not
// one of those proxies. From anyone else the header is ignored: a client can write whatever it likes there.
std::string client_address(const http::Request& request, const std::vector<std::string>& trusted_proxies);

}  // namespace trellis::api
