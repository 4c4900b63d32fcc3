// The live channel over real sockets: http::serve() with the application's authorizer and hub, driven by
// Beast's WebSocket client (test files may include Beast; the server's other users may not).
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>

#include <chrono>
#include <filesystem>
#include <future>
#include <thread>

#include "trellis/api/app.hpp"
#include "trellis/api/live.hpp"
#include "trellis/auth/secrets.hpp"
#include "trellis/http/server.hpp"
#include "trellis/live/hub.hpp"
#include "trellis/notify/mailer.hpp"
#include "trellis/store/accounts.hpp"

namespace trellis {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = boost::beast::websocket;
namespace json = boost::json;
using tcp = asio::ip::tcp;

std::int64_t now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

struct Client {
    asio::io_context ioc;
    websocket::stream<tcp::socket> ws{ioc};
    websocket::response_type response;
    beast::error_code error;

    // Connects and upgrades; `error` and `response` tell how it went.
    Client(unsigned short port, const std::string& target,
           const std::vector<std::pair<std::string, std::string>>& headers) {
        ws.next_layer().connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
        timeval tv{5, 0};
        ::setsockopt(ws.next_layer().native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        ws.set_option(websocket::stream_base::decorator([headers](websocket::request_type& req) {
            for (const auto& [name, value] : headers) req.set(name, value);
        }));
        ws.handshake(response, "127.0.0.1:" + std::to_string(port), target, error);
    }

    json::object next() {
        beast::flat_buffer buffer;
        ws.read(buffer);
        return json::parse(beast::buffers_to_string(buffer.data())).as_object();
    }
};

class LiveChannel : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ =
            std::filesystem::temp_directory_path() / ("trellis-live-" + std::to_string(::getpid()) + "-" +
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        database_ = store::Database::open("sqlite://" + (dir_ / "t.db").string(), 4);
        database_->migrate();
        {
            auto db = database_->acquire();
            const auto t = now();
            user_ = store::insert_user(*db, "lead@example.org", "Lead", "unused", false, t);
            token_ = auth::new_token();
            store::insert_api_token(*db, auth::token_hash(token_), user_, "test", t);
            cookie_ = auth::new_token();
            store::insert_session(*db, auth::token_hash(cookie_), user_, "csrf", t, t + 3600);
            const auto org = db->insert_returning_id(
                "INSERT INTO organizations (name, kind, created_at) VALUES ('Org', 'district', ?) RETURNING id", {t});
            const auto team = db->insert_returning_id(
                "INSERT INTO teams (organization_id, name, created_at) VALUES (?, 'Team', ?) RETURNING id", {org, t});
            const auto other_team = db->insert_returning_id(
                "INSERT INTO teams (organization_id, name, created_at) VALUES (?, 'Other', ?) RETURNING id", {org, t});
            db->execute(
                "INSERT INTO team_members (team_id, user_id, name, email, role, created_at) "
                "VALUES (?, ?, 'Lead', 'lead@example.org', 'lead', ?)",
                {team, user_, t});
            const char* meeting_sql =
                "INSERT INTO meetings (team_id, title, status, created_at, updated_at) VALUES (?, 'M', 'scheduled', ?, "
                "?) "
                "RETURNING id";
            meeting_ = db->insert_returning_id(meeting_sql, {team, t, t});
            other_meeting_ = db->insert_returning_id(meeting_sql, {other_team, t, t});
        }
        mailer_ = notify::make_log_mailer();
        services_ = std::make_unique<api::Services>(api::Services{*database_, *mailer_, "", {}, false, now});
        services_->live_hub = &hub_;
        http::ServerOptions options;
        options.port = 0;
        options.threads = 2;
        options.websocket_queue_messages = 5000;
        options.websocket_authorizer = api::make_live_authorizer(*services_);
        std::promise<unsigned short> bound;
        server_ = std::thread([this, options, &bound] {
            http::serve(options, api::make_app(*services_), [&bound](unsigned short p) { bound.set_value(p); });
        });
        port_ = bound.get_future().get();
    }

    void TearDown() override {
        http::request_shutdown();
        if (server_.joinable()) server_.join();
        database_.reset();
        std::filesystem::remove_all(dir_);
    }

    std::string target(std::int64_t meeting, const std::string& extra = "") const {
        return "/api/v1/live?topic=meeting:" + std::to_string(meeting) + extra;
    }
    std::vector<std::pair<std::string, std::string>> bearer() const { return {{"Authorization", "Bearer " + token_}}; }

    void publish(int n) {
        auto db = database_->acquire();
        api::publish_live(*services_, *db, api::meeting_topic(meeting_),
                          json::object{{"type", "note.saved"}, {"n", n}});
    }

    std::filesystem::path dir_;
    std::unique_ptr<store::Database> database_;
    std::unique_ptr<notify::Mailer> mailer_;
    std::unique_ptr<api::Services> services_;
    live::Hub hub_;
    std::thread server_;
    unsigned short port_ = 0;
    std::int64_t user_ = 0, meeting_ = 0, other_meeting_ = 0;
    std::string token_, cookie_;
};

TEST_F(LiveChannel, RefusesTheAnonymousTheUnrelatedAndCrossSiteCookies) {
    Client anonymous(port_, target(meeting_), {});
    EXPECT_EQ(anonymous.error, websocket::error::upgrade_declined);
    EXPECT_EQ(anonymous.response.result_int(), 401U);
    EXPECT_EQ(std::string(anonymous.response[beast::http::field::content_type]), "application/problem+json");

    Client bad_token(port_, target(meeting_), {{"Authorization", "Bearer nope"}});
    EXPECT_EQ(bad_token.response.result_int(), 401U);

    Client other_team(port_, target(other_meeting_), bearer());
    EXPECT_EQ(other_team.response.result_int(), 404U);

    Client missing(port_, target(999999), bearer());
    EXPECT_EQ(missing.response.result_int(), 404U);

    Client bad_topic(port_, "/api/v1/live?topic=team:1", bearer());
    EXPECT_EQ(bad_topic.response.result_int(), 400U);

    const std::string cookie = "trellis_session=" + cookie_;
    Client cross_site(port_, target(meeting_), {{"Cookie", cookie}, {"Origin", "https://evil.example"}});
    EXPECT_EQ(cross_site.response.result_int(), 403U);
    Client no_origin(port_, target(meeting_), {{"Cookie", cookie}});
    EXPECT_EQ(no_origin.response.result_int(), 403U);

    Client same_site(port_, target(meeting_),
                     {{"Cookie", cookie}, {"Origin", "http://127.0.0.1:" + std::to_string(port_)}});
    EXPECT_FALSE(same_site.error) << same_site.error.message();
    EXPECT_EQ(same_site.next().at("type"), "hello");
}

TEST_F(LiveChannel, EventsArriveInOrderAndAReconnectResumesWithoutLoss) {
    Client first(port_, target(meeting_, "&since=0"), bearer());
    ASSERT_FALSE(first.error) << first.error.message();
    const auto hello = first.next();
    EXPECT_EQ(hello.at("type"), "hello");
    const std::string epoch(hello.at("epoch").as_string());

    for (int i = 1; i <= 50; ++i) publish(i);
    std::uint64_t last = 0;
    for (int i = 1; i <= 20; ++i) {
        const auto m = first.next();
        EXPECT_EQ(m.at("topic").as_string(), "meeting:" + std::to_string(meeting_));
        EXPECT_EQ(m.at("seq").to_number<std::uint64_t>(), last + 1);
        EXPECT_EQ(m.at("event").at("n"), i);
        last = m.at("seq").to_number<std::uint64_t>();
    }
    first.ws.next_layer().close();  // the network drops; 30 events were sent that this client never read

    for (int i = 51; i <= 60; ++i) publish(i);
    Client second(port_, target(meeting_, "&since=" + std::to_string(last) + "&epoch=" + epoch), bearer());
    ASSERT_FALSE(second.error) << second.error.message();
    EXPECT_EQ(second.next().at("seq"), 60);  // hello: the latest seq
    for (int i = 21; i <= 60; ++i) {
        const auto m = second.next();
        ASSERT_EQ(m.at("seq").to_number<std::uint64_t>(), last + 1);
        EXPECT_EQ(m.at("event").at("n"), i);
        last = m.at("seq").to_number<std::uint64_t>();
    }
    publish(61);  // then live events follow the replay
    EXPECT_EQ(second.next().at("event").at("n"), 61);

    Client stale(port_, target(meeting_, "&since=3&epoch=0000"), bearer());
    stale.next();
    EXPECT_EQ(stale.next().at("type"), "resync");  // numbers from another life of the server
}

// A restarting server tells live clients so (1012, "service restart") and why, so that they reconnect.
TEST_F(LiveChannel, ShutdownAsksOpenConnectionsToReconnect) {
    Client client(port_, target(meeting_), bearer());
    ASSERT_FALSE(client.error);
    client.next();
    http::request_shutdown();
    beast::flat_buffer buffer;
    beast::error_code ec;
    client.ws.read(buffer, ec);
    EXPECT_EQ(ec, websocket::error::closed);
    EXPECT_EQ(client.ws.reason().code, websocket::close_code::service_restart);
    EXPECT_NE(std::string(client.ws.reason().reason.c_str()).find("reconnect"), std::string::npos);
    server_.join();  // serve() returned
}

}  // namespace
}  // namespace trellis
