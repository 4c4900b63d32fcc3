#include "api/client_address.hpp"

#include <algorithm>
#include <string_view>

namespace trellis::api {

namespace {

bool listed(std::string_view address, const std::vector<std::string>& list) {
    return std::ranges::find(list, address) != list.end();
}

// Enough to refuse garbage (a header is the sender's text); the proxy wrote what it saw on its socket.
bool looks_like_ip(std::string_view text) {
    return !text.empty() && text.size() <= 45 && std::ranges::all_of(text, [](char ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F') || ch == '.' ||
               ch == ':';
    });
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

}  // namespace

std::string client_address(const http::Request& request, const std::vector<std::string>& trusted_proxies) {
    if (!listed(request.remote_address, trusted_proxies)) return request.remote_address;
    // Every X-Forwarded-For field, in order, as one list; each proxy appends the address it received from.
    std::vector<std::string_view> hops;
    for (const auto& header : request.headers) {
        if (header.name != "x-forwarded-for") continue;
        std::string_view rest = header.value;
        while (true) {
            const auto comma = rest.find(',');
            hops.push_back(trim(rest.substr(0, comma)));
            if (comma == std::string_view::npos) break;
            rest.remove_prefix(comma + 1);
        }
    }
    // Walk back from the nearest hop: the first one that is not our own proxy is the client.
    for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
        if (listed(*hop, trusted_proxies)) continue;
        return looks_like_ip(*hop) ? std::string(*hop) : request.remote_address;
    }
    return request.remote_address;
}

}  // namespace trellis::api
