// The live channel's door: who may subscribe to what (through the one permission policy), and publishing.
#include "trellis/api/live.hpp"

#include "api/routes.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <charconv>

#include "api/authenticate.hpp"
#include "api/refusals.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/store/pool_wait.hpp"
#include "trellis/store/relationships.hpp"

namespace trellis::api {

namespace {

std::optional<std::uint64_t> parse_number(std::string_view text) {
    std::uint64_t value = 0;
    if (text.empty() || text.size() > 19) return std::nullopt;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// "http://host:port" → "host:port", lower-cased; "" when it is not an http(s) origin.
std::string origin_authority(std::string_view origin) {
    for (std::string_view scheme : {"http://", "https://"}) {
        if (domain::lowercase_ascii(origin.substr(0, scheme.size())) == scheme) {
            return domain::lowercase_ascii(origin.substr(scheme.size()));
        }
    }
    return {};
}

// A browser sends the session cookie with any page's WebSocket, even another site's: for cookie sessions the
// page must come from this server (Origin matches Host, or the configured public URL).
bool same_origin(const http::Request& request, const Services& services) {
    const auto origin = request.header("origin");
    if (origin.empty()) return false;
    const auto authority = origin_authority(origin);
    if (authority.empty()) return false;
    if (authority == domain::lowercase_ascii(request.header("host"))) return true;
    std::string_view public_url = services.public_url;
    while (public_url.ends_with('/')) public_url.remove_suffix(1);
    return !public_url.empty() && domain::lowercase_ascii(origin) == domain::lowercase_ascii(public_url);
}

class PeerSubscriber final : public live::Subscriber {
public:
    explicit PeerSubscriber(std::weak_ptr<http::WebSocketPeer> peer) : peer_(std::move(peer)) {}
    bool deliver(const live::Message& message) override {
        auto peer = peer_.lock();
        return peer && peer->send(message);
    }

private:
    std::weak_ptr<http::WebSocketPeer> peer_;  // weak: the connection owns the subscription, not the reverse
};

http::Response bad_query(std::string_view detail) { return http::problem(http::ProblemKind::bad_request, detail); }

http::WebSocketDecision authorize(http::Request& request, Services& services, live::Hub& hub) {
    if (request.path != "/api/v1/live") {
        return http::problem(http::ProblemKind::not_found, fmt::format("no WebSocket endpoint at {}", request.path));
    }
    const auto topic_it = request.query.find("topic");
    if (topic_it == request.query.end() || !topic_it->second.starts_with("meeting:")) {
        return bad_query("topic must be meeting:<id>");
    }
    const auto meeting_id = parse_number(std::string_view(topic_it->second).substr(8));
    if (!meeting_id || *meeting_id == 0 || *meeting_id > static_cast<std::uint64_t>(INT64_MAX)) {
        return bad_query("topic must be meeting:<id>");
    }
    std::optional<live::Resume> resume;
    if (const auto since = request.query.find("since"); since != request.query.end()) {
        const auto seq = parse_number(since->second);
        if (!seq) return bad_query("since must be the last seq received (a whole number)");
        resume = live::Resume{*seq, {}};
        if (const auto epoch = request.query.find("epoch"); epoch != request.query.end()) {
            if (epoch->second.size() > 64) return bad_query("epoch is too long");
            resume->epoch = epoch->second;
        }
    }

    auto lease = services.database.acquire();
    const auto authentication = authenticate(request, *lease, services.now());
    if (authentication.invalid_bearer) {
        return invalid_api_token();
    }
    const auto& principal = authentication.principal;
    if (principal.via_cookie && !same_origin(request, services)) {
        return http::problem(http::ProblemKind::cross_origin,
                             "a session-cookie WebSocket must come from a page of this site (Origin must match Host)");
    }
    const auto id = static_cast<std::int64_t>(*meeting_id);
    const auto relationship = store::load_relationship(*lease, principal.user_id, auth::ResourceKind::meeting, id);
    const auto decision = auth::decide(principal, auth::ResourceKind::meeting, auth::Action::read, relationship);
    if (auto refused = refusal(decision, auth::ResourceKind::meeting, id)) return std::move(*refused);
    http::WebSocketAccept accept;
    accept.on_open = [&hub, topic = topic_it->second,
                      resume](std::shared_ptr<http::WebSocketPeer> peer) -> std::shared_ptr<void> {
        auto subscription =
            std::make_shared<live::Subscription>(hub.subscribe(topic, resume, std::make_shared<PeerSubscriber>(peer)));
        if (!subscription->active()) peer->close();
        return subscription;
    };
    return accept;
}

}  // namespace

// The live channel is a WebSocket, not a row of the route table; its promise sits here beside its door: a
// meeting's events go to those who may read the meeting.
const Access& live_channel_access() { return access::team_readers; }

http::WebSocketAuthorizer make_live_authorizer(Services& services) {
    return [&services](http::Request& request) -> http::WebSocketDecision {
        if (request.path == "/api/v1/live") request.route = request.path;  // for the access log and metrics
        try {
            return authorize(request, services, *services.live_hub);
        } catch (const store::PoolTimeout& e) {
            spdlog::warn("live: {} for an upgrade of {}", e.what(), request.path);
            return busy_response();
        } catch (const std::exception& e) {
            spdlog::error("live: upgrade of {} failed: {}", request.path, e.what());
            return http::problem(http::ProblemKind::internal, "something went wrong on our side; it has been logged");
        }
    };
}

void publish_live(const Services& services, store::Connection& db, std::string_view topic,
                  const boost::json::value& event) {
    auto* hub = services.live_hub;
    if (!hub) return;
    try {
        hub->publish(topic, event);
        if (auto* relay = services.live_relay; relay && db.dialect() == store::Dialect::postgresql) {
            relay->notify(db, topic, event);
        }
    } catch (const std::exception& e) {
        spdlog::error("live: publishing to {} failed: {}", topic, e.what());
    }
}

std::string meeting_topic(std::int64_t meeting_id) { return fmt::format("meeting:{}", meeting_id); }

}  // namespace trellis::api
