// Exercises http::serve() over real sockets with a plain POSIX client (no Beast here).
#include "trellis/http/server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <iterator>
#include <stdexcept>
#include <string>
#include <thread>

namespace trellis::http {
namespace {

using namespace std::chrono_literals;

int connect_to(unsigned short port) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    timeval tv{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void send_all(int fd, const std::string& data) {
    std::size_t sent = 0;
    while (sent < data.size()) {
        auto n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) return;
        sent += static_cast<std::size_t>(n);
    }
}

struct HttpResponse {
    int status = 0;
    std::string head;  // status line and headers, lower-cased
    std::string body;
    bool ok = false;
};

// Reads one response (Content-Length framing); `buffer` keeps bytes of a following response.
HttpResponse read_response(int fd, std::string& buffer) {
    HttpResponse r;
    char chunk[4096];
    auto fill = [&] {
        auto n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0) return false;
        buffer.append(chunk, static_cast<std::size_t>(n));
        return true;
    };
    std::size_t end;
    while ((end = buffer.find("\r\n\r\n")) == std::string::npos) {
        if (!fill()) return r;
    }
    r.head = buffer.substr(0, end + 2);
    for (char& c : r.head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    buffer.erase(0, end + 4);
    r.status = std::stoi(r.head.substr(9, 3));
    std::size_t length = 0;
    if (auto p = r.head.find("content-length:"); p != std::string::npos) length = std::stoul(r.head.substr(p + 15));
    while (buffer.size() < length) {
        if (!fill()) return r;
    }
    r.body = buffer.substr(0, length);
    buffer.erase(0, length);
    r.ok = true;
    return r;
}

// One request on a new connection; the response.
HttpResponse read_one(unsigned short port, const std::string& request) {
    int fd = connect_to(port);
    send_all(fd, request);
    std::string buffer;
    auto r = read_response(fd, buffer);
    ::close(fd);
    return r;
}

bool peer_closed(int fd) {
    char c;
    return ::recv(fd, &c, 1, 0) == 0;
}

// Runs serve() on `thread` and waits for its port (0 when it did not bind within 5 s); `returned` is set when
// serve() returns.
unsigned short serve_in_background(std::thread& thread, const ServerOptions& options, Handler handler,
                                   std::atomic<bool>* returned = nullptr) {
    std::promise<unsigned short> bound;
    auto bound_future = bound.get_future();
    thread = std::thread([options, handler = std::move(handler), &bound, returned] {
        serve(options, handler, [&bound](unsigned short port) { bound.set_value(port); });
        if (returned != nullptr) *returned = true;
    });
    if (bound_future.wait_for(5s) != std::future_status::ready) return 0;
    return bound_future.get();
}

class ServerTest : public ::testing::Test {
protected:
    void SetUp() override {
        ServerOptions options;
        options.port = 0;
        options.max_body_bytes = 1024;
        options.read_timeout = std::chrono::seconds(3);
        options.threads = 2;
        port_ = serve_in_background(
            thread_, options,
            [this](Request& request) {
                Response response;
                if (request.path == "/slow") {
                    slow_entered_ = true;
                    std::this_thread::sleep_for(300ms);
                    response.body = std::string(100000, 's');
                    return response;
                }
                if (request.path == "/throw") throw std::runtime_error("boom");
                std::string body = request.method + " path=" + request.path;
                for (const auto& [k, v] : request.query) body += " " + k + "=" + v;
                body += " ua=" + std::string(request.header("user-agent"));
                body += " remote=" + request.remote_address;
                body += " body=" + request.body;
                response.set_header("Content-Type", "text/plain");
                response.body = body;
                return response;
            },
            &returned_);
        ASSERT_NE(port_, 0);
    }
    void TearDown() override {
        request_shutdown();
        if (thread_.joinable()) thread_.join();
    }
    std::string roundtrip(const std::string& request, HttpResponse* out = nullptr) {
        int fd = connect_to(port_);
        send_all(fd, request);
        std::string buffer;
        auto r = read_response(fd, buffer);
        ::close(fd);
        if (out) *out = r;
        return r.body;
    }

    std::thread thread_;
    unsigned short port_ = 0;
    std::atomic<bool> slow_entered_{false};
    std::atomic<bool> returned_{false};
};

TEST_F(ServerTest, KeepAliveServesTwoRequestsOnOneConnection) {
    int fd = connect_to(port_);
    ASSERT_GE(fd, 0);
    std::string buffer;
    send_all(fd, "GET /one HTTP/1.1\r\nHost: x\r\nUser-Agent: t1\r\n\r\n");
    auto first = read_response(fd, buffer);
    ASSERT_TRUE(first.ok);
    EXPECT_EQ(first.status, 200);
    EXPECT_EQ(first.body, "GET path=/one ua=t1 remote=127.0.0.1 body=");
    EXPECT_EQ(first.head.find("connection: close"), std::string::npos);
    send_all(fd, "POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
    auto second = read_response(fd, buffer);
    ASSERT_TRUE(second.ok);
    EXPECT_EQ(second.body, "POST path=/two ua= remote=127.0.0.1 body=hello");
    ::close(fd);
}

TEST_F(ServerTest, PipelinedRequestsAreAnsweredInOrder) {
    int fd = connect_to(port_);
    std::string buffer;
    send_all(fd, "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(read_response(fd, buffer).body, "GET path=/a ua= remote=127.0.0.1 body=");
    auto b = read_response(fd, buffer);
    EXPECT_EQ(b.body, "GET path=/b ua= remote=127.0.0.1 body=");
    EXPECT_NE(b.head.find("connection: close"), std::string::npos);
    EXPECT_TRUE(peer_closed(fd));
    ::close(fd);
}

TEST_F(ServerTest, DecodesPathAndQuery) {
    EXPECT_EQ(roundtrip("GET /a%20b/%C3%A9?x=1%262&y=hello+world&x=3 HTTP/1.1\r\nHost: x\r\n\r\n"),
              "GET path=/a b/\xC3\xA9 x=3 y=hello world ua= remote=127.0.0.1 body=");
}

TEST_F(ServerTest, BodyAboveLimitGets413AndClose) {
    int fd = connect_to(port_);
    std::string buffer;
    send_all(fd, "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 2000\r\n\r\n" + std::string(2000, 'a'));
    auto r = read_response(fd, buffer);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.status, 413);
    EXPECT_NE(r.head.find("content-type: application/problem+json"), std::string::npos);
    EXPECT_NE(r.body.find("/problems/body-too-large"), std::string::npos);
    EXPECT_NE(r.body.find("1024 bytes"), std::string::npos);
    EXPECT_TRUE(peer_closed(fd));
    ::close(fd);

    // Chunked bodies are limited too.
    fd = connect_to(port_);
    buffer.clear();
    send_all(fd, "POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n7d0\r\n" + std::string(2000, 'a') +
                     "\r\n0\r\n\r\n");
    EXPECT_EQ(read_response(fd, buffer).status, 413);
    ::close(fd);
    // At the limit is fine.
    HttpResponse ok;
    roundtrip("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 1024\r\n\r\n" + std::string(1024, 'a'), &ok);
    EXPECT_EQ(ok.status, 200);
}

TEST_F(ServerTest, GarbageGets400AndClose) {
    int fd = connect_to(port_);
    std::string buffer;
    send_all(fd, "HELLO THERE\r\n\r\n");
    auto r = read_response(fd, buffer);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.status, 400);
    EXPECT_NE(r.body.find("/problems/bad-request"), std::string::npos);
    EXPECT_TRUE(peer_closed(fd));
    ::close(fd);
}

TEST_F(ServerTest, UnparsableTargetGets400) {
    HttpResponse r;
    roundtrip("GET /a%zz HTTP/1.1\r\nHost: x\r\n\r\n", &r);
    EXPECT_EQ(r.status, 400);
    EXPECT_NE(r.body.find("/problems/bad-request"), std::string::npos);
    roundtrip("GET http://evil/x HTTP/1.1\r\nHost: x\r\n\r\n", &r);
    EXPECT_EQ(r.status, 400);
}

TEST_F(ServerTest, HandlerExceptionGets500) {
    HttpResponse r;
    roundtrip("GET /throw HTTP/1.1\r\nHost: x\r\n\r\n", &r);
    EXPECT_EQ(r.status, 500);
    EXPECT_NE(r.body.find("/problems/internal"), std::string::npos);
    EXPECT_EQ(r.body.find("boom"), std::string::npos);
}

TEST_F(ServerTest, HeadSendsNoBody) {
    int fd = connect_to(port_);
    std::string buffer;
    send_all(fd, "HEAD /h HTTP/1.1\r\nHost: x\r\n\r\nGET /g HTTP/1.1\r\nHost: x\r\n\r\n");
    // The HEAD answer announces the GET length but carries no body: the next bytes are the GET answer.
    std::string head_only;
    char chunk[4096];
    while (head_only.find("\r\n\r\n") == std::string::npos) {
        auto n = ::recv(fd, chunk, sizeof chunk, 0);
        ASSERT_GT(n, 0);
        head_only.append(chunk, static_cast<std::size_t>(n));
    }
    auto end = head_only.find("\r\n\r\n");
    const std::string expected_length =
        "Content-Length: " + std::to_string(std::string("HEAD path=/h ua= remote=127.0.0.1 body=").size());
    EXPECT_NE(head_only.find(expected_length), std::string::npos) << head_only;
    buffer = head_only.substr(end + 4);
    auto g = read_response(fd, buffer);
    EXPECT_EQ(g.body, "GET path=/g ua= remote=127.0.0.1 body=");
    ::close(fd);
}

TEST_F(ServerTest, IdleConnectionTimesOut) {
    int fd = connect_to(port_);
    auto start = std::chrono::steady_clock::now();
    EXPECT_TRUE(peer_closed(fd));  // read_timeout is 3 s, the client's receive timeout 5 s
    EXPECT_GE(std::chrono::steady_clock::now() - start, 2500ms);
    ::close(fd);
}

TEST_F(ServerTest, GracefulShutdownFinishesRequestInFlight) {
    int idle = connect_to(port_);
    std::string idle_buffer;
    send_all(idle, "GET /warm HTTP/1.1\r\nHost: x\r\n\r\n");
    ASSERT_TRUE(read_response(idle, idle_buffer).ok);

    int busy = connect_to(port_);
    send_all(busy, "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
    for (int i = 0; i < 200 && !slow_entered_; ++i) std::this_thread::sleep_for(5ms);
    ASSERT_TRUE(slow_entered_);
    request_shutdown();

    std::string buffer;
    auto r = read_response(busy, buffer);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body.size(), 100000U);
    EXPECT_NE(r.head.find("connection: close"), std::string::npos);
    EXPECT_TRUE(peer_closed(busy));
    EXPECT_TRUE(peer_closed(idle));
    for (int i = 0; i < 200 && !returned_; ++i) std::this_thread::sleep_for(10ms);
    EXPECT_TRUE(returned_);
    EXPECT_LT(connect_to(port_), 0);
    ::close(busy);
    ::close(idle);
}

// The header stage: before_body sees the header before any body byte; uploads go to a 0600 file that is gone once
// the response is out.
class UploadServerTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() / ("trellis-upload-test-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir_);
        ServerOptions options;
        options.port = 0;
        options.max_body_bytes = 16;
        options.max_upload_bytes = 1 << 20;
        options.upload_dir = dir_.string();
        options.read_timeout = std::chrono::seconds(3);
        options.before_body = [](const Request& headers) {
            BodyDecision decision;
            if (headers.header("authorization") != "yes") {
                decision.refusal = Response{401, {}, "no"};
            } else {
                decision.upload = headers.path == "/upload";
            }
            return decision;
        };
        port_ = serve_in_background(thread_, options, [this](Request& request) {
            Response response;
            if (request.body_file.empty()) {
                response.body = "memory:" + request.body;
                return response;
            }
            seen_file_ = request.body_file;
            const auto perms = std::filesystem::status(request.body_file).permissions();
            std::ifstream in(request.body_file, std::ios::binary);
            std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            response.body = fmt::format("file:{}:{:o}:{}", request.body.empty() ? "no-body" : "body",
                                        static_cast<unsigned>(perms), content.size());
            return response;
        });
        ASSERT_NE(port_, 0);
    }
    void TearDown() override {
        request_shutdown();
        if (thread_.joinable()) thread_.join();
        std::filesystem::remove_all(dir_);
    }

    std::filesystem::path dir_;
    std::thread thread_;
    unsigned short port_ = 0;
    std::string seen_file_;
};

TEST_F(UploadServerTest, ARefusalIsAnsweredOnTheHeaderWithoutWaitingForTheBody) {
    int fd = connect_to(port_);
    std::string buffer;
    send_all(fd, "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 900000\r\n\r\nabc");  // 3 of 900,000 bytes
    auto r = read_response(fd, buffer);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.status, 401);
    EXPECT_NE(r.head.find("connection: close"), std::string::npos);
    ::close(fd);
}

TEST_F(UploadServerTest, AnAcceptedUploadIsStreamedToAPrivateFileRemovedAfterTheResponse) {
    const std::string body(300000, 'x');
    HttpResponse r;
    int fd = connect_to(port_);
    std::string buffer;
    send_all(fd, "POST /upload HTTP/1.1\r\nHost: x\r\nAuthorization: yes\r\nContent-Length: 300000\r\n\r\n" + body);
    r = read_response(fd, buffer);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.body, "file:no-body:600:300000");
    EXPECT_FALSE(seen_file_.empty());
    EXPECT_FALSE(std::filesystem::exists(seen_file_));
    EXPECT_TRUE(seen_file_.starts_with(dir_.string()));
    // Chunked uploads too; and the upload limit still holds.
    send_all(fd,
             "POST /upload HTTP/1.1\r\nHost: x\r\nAuthorization: yes\r\nTransfer-Encoding: chunked\r\n\r\n"
             "5\r\nhello\r\n0\r\n\r\n");
    EXPECT_EQ(read_response(fd, buffer).body, "file:no-body:600:5");
    ::close(fd);
    fd = connect_to(port_);
    buffer.clear();
    send_all(fd, "POST /upload HTTP/1.1\r\nHost: x\r\nAuthorization: yes\r\nContent-Length: 2000000\r\n\r\n");
    EXPECT_EQ(read_response(fd, buffer).status, 413);
    ::close(fd);
    EXPECT_TRUE(std::filesystem::is_empty(dir_));
}

TEST_F(UploadServerTest, OtherBodiesStayInMemoryUnderTheSmallLimit) {
    EXPECT_EQ(
        read_one(port_, "POST /other HTTP/1.1\r\nHost: x\r\nAuthorization: yes\r\nContent-Length: 5\r\n\r\nhello").body,
        "memory:hello");
    EXPECT_EQ(
        read_one(port_, "POST /other HTTP/1.1\r\nHost: x\r\nAuthorization: yes\r\nContent-Length: 17\r\n\r\n").status,
        413);
}

TEST_F(UploadServerTest, TransferEncodingMustBeExactlyChunked) {
    for (const std::string coding : {"chunked, identity", "identity", "gzip, chunked"}) {
        const auto r =
            read_one(port_, "POST /upload HTTP/1.1\r\nHost: x\r\nAuthorization: yes\r\nTransfer-Encoding: " + coding +
                                "\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        EXPECT_EQ(r.status, 400) << coding;
        EXPECT_NE(r.body.find("Transfer-Encoding"), std::string::npos) << coding;
    }
}

}  // namespace
}  // namespace trellis::http
