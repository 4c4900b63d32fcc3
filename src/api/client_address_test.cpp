// Which address a request counts against (sign-in limits, the audit trail): a forged X-Forwarded-For must not
// move a client to another address, and behind a named proxy the client's own address must be the one used.
#include "api/client_address.hpp"

#include <gtest/gtest.h>

using namespace trellis;

namespace {

http::Request from(std::string peer, std::vector<std::string> forwarded_for) {
    http::Request request;
    request.remote_address = std::move(peer);
    for (auto& value : forwarded_for) request.headers.push_back({"x-forwarded-for", std::move(value)});
    return request;
}

}  // namespace

TEST(ClientAddress, IsThePeerWhenNoProxyIsTrusted) {
    EXPECT_EQ(api::client_address(from("203.0.113.7", {"198.51.100.1"}), {}), "203.0.113.7");
}

TEST(ClientAddress, IgnoresTheHeaderFromAPeerThatIsNotATrustedProxy) {
    EXPECT_EQ(api::client_address(from("203.0.113.7", {"198.51.100.1"}), {"10.0.0.2"}), "203.0.113.7");
}

TEST(ClientAddress, TakesTheNearestUntrustedHopBehindTrustedProxies) {
    // The client wrote "1.2.3.4" itself; our proxy 10.0.0.2 appended the address it saw, 198.51.100.1.
    const std::vector<std::string> proxies{"10.0.0.2", "10.0.0.3"};
    EXPECT_EQ(api::client_address(from("10.0.0.2", {"1.2.3.4, 198.51.100.1"}), proxies), "198.51.100.1");
    EXPECT_EQ(api::client_address(from("10.0.0.2", {"1.2.3.4", "198.51.100.1, 10.0.0.3"}), proxies), "198.51.100.1");
    EXPECT_EQ(api::client_address(from("10.0.0.2", {"2001:db8::1"}), proxies), "2001:db8::1");
}

TEST(ClientAddress, FallsBackToThePeerWhenTheHeaderIsMissingOrGarbage) {
    const std::vector<std::string> proxies{"10.0.0.2"};
    EXPECT_EQ(api::client_address(from("10.0.0.2", {}), proxies), "10.0.0.2");
    EXPECT_EQ(api::client_address(from("10.0.0.2", {"<script>"}), proxies), "10.0.0.2");
    EXPECT_EQ(api::client_address(from("10.0.0.2", {"10.0.0.2"}), proxies), "10.0.0.2");
}
