// The only translation unit that includes Boost.Beast and Asio (they cost ~30 s per file to compile).
#include "trellis/http/server.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <exception>
#include <expected>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <variant>
#include <vector>

#include <unistd.h>

#include <fmt/chrono.h>
#include <spdlog/spdlog.h>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

#include "trellis/http/access_log.hpp"
#include "trellis/http/log_redaction.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/http/request_id.hpp"

namespace trellis::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace websocket = boost::beast::websocket;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

constexpr auto nothrow_awaitable = asio::as_tuple(asio::use_awaitable);
constexpr std::uint32_t header_limit = 16 * 1024;

struct WsConnection;

struct Session {
    explicit Session(tcp::socket socket) : stream(std::move(socket)) {}
    beast::tcp_stream stream;          // moved into WsConnection once upgraded (then stays usable, closed)
    bool idle = false;                 // waiting for the first byte of a request; only touched on the session's strand
    bool upgraded = false;             // the stream has moved into a WebSocket; only touched on the session's strand
    std::shared_ptr<WsConnection> ws;  // set while upgraded to WebSocket; only touched on the session's strand
};

// Why a WebSocket is closed: the server restarting (1012, "service restart": the client should reconnect, to
// this instance once it is back or to another behind the proxy), or the application ending it (1001).
enum class CloseWhy { restart, application };
void close_websocket(WsConnection& connection, CloseWhy why);
void drop_connection(Session& session);

struct Server {
    Server(const ServerOptions& opts, Handler h)
        : options(opts),
          handler(std::move(h)),
          ioc(static_cast<int>(std::max(1U, opts.threads))),
          workers(std::max(1U, opts.worker_threads)),
          control(asio::make_strand(ioc)),
          acceptor(control),
          signals(control, SIGINT, SIGTERM),
          grace_timer(control) {}

    const ServerOptions& options;
    Handler handler;
    asio::io_context ioc;
    asio::thread_pool workers;                              // runs the handlers (see ServerOptions::worker_threads)
    asio::strand<asio::io_context::executor_type> control;  // acceptor and signals live here
    tcp::acceptor acceptor;
    asio::signal_set signals;
    asio::steady_timer grace_timer;  // bounds how long shutdown waits on requests in flight
    std::atomic<bool> stopping{false};
    std::mutex sessions_mutex;
    std::unordered_map<Session*, std::weak_ptr<Session>> sessions;

    // Thread-safe: stop accepting, close idle connections and ask live clients to reconnect; busy connections
    // close after their current response, or are cut once options.shutdown_grace has passed.
    void shutdown() {
        if (stopping.exchange(true)) return;
        spdlog::info("http: shutting down, finishing requests in flight (at most {} s)",
                     options.shutdown_grace.count());
        asio::post(control, [this] {
            boost::system::error_code ec;
            acceptor.close(ec);
            signals.cancel(ec);
            grace_timer.expires_after(options.shutdown_grace);
            grace_timer.async_wait([this](boost::system::error_code wait_ec) {
                if (!wait_ec) cut_remaining();
            });
            end_grace_if_done();
        });
        for_each_session([](const std::shared_ptr<Session>& session) {
            if (session->ws) {
                close_websocket(*session->ws, CloseWhy::restart);
            } else if (session->idle) {
                session->stream.cancel();
            }
        });
    }

    // The grace period is over: whatever is still open (a slow upload, a client that never reads) is closed.
    void cut_remaining() {
        std::size_t cut = 0;
        {
            std::lock_guard lock(sessions_mutex);
            cut = sessions.size();
        }
        if (cut == 0) return;
        spdlog::warn("http: {} connection(s) still busy after {} s; closing them", cut, options.shutdown_grace.count());
        for_each_session([](const std::shared_ptr<Session>& session) { drop_connection(*session); });
    }

    // Control strand: the last connection is gone, so the grace timer must not keep serve() waiting.
    void end_grace_if_done() {
        std::lock_guard lock(sessions_mutex);
        if (sessions.empty()) grace_timer.cancel();
    }

    // Runs `work` on each open session's own strand.
    template <class Work>
    void for_each_session(Work work) {
        std::lock_guard lock(sessions_mutex);
        for (auto& [raw, weak] : sessions) {
            if (auto session = weak.lock())
                asio::post(session->stream.get_executor(), [session, work] { work(session); });
        }
    }
};

std::mutex g_running_mutex;
Server* g_running = nullptr;

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool has_control_chars(std::string_view s) {
    for (char c : s) {
        if (c == '\r' || c == '\n' || c == '\0') return true;
    }
    return false;
}

// IMF-fixdate, recomputed at most once a second per thread.
const std::string& http_date() {
    thread_local std::time_t cached_second = 0;
    thread_local std::string cached;
    const std::time_t now = std::time(nullptr);
    if (now != cached_second) {
        cached = fmt::format("{:%a, %d %b %Y %H:%M:%S} GMT", fmt::gmtime(now));  // classic-locale names
        cached_second = now;
    }
    return cached;
}

using BeastResponse = bhttp::response<bhttp::string_body>;

// Converts the handler's response to Beast's. `keep_alive` is in/out: a handler's "Connection: close" clears it.
BeastResponse to_beast(Response&& response, unsigned version, bool head, bool& keep_alive, std::size_t& body_bytes) {
    BeastResponse out;
    out.version(version);
    int status = response.status;
    if (status < 100 || status > 999) {
        spdlog::error("http: handler returned invalid status {}, answering 500", status);
        response = problem(ProblemKind::server_error, "The server produced an invalid response.");
        status = 500;
    }
    out.result(static_cast<unsigned>(status));
    out.set(bhttp::field::date, http_date());
    std::optional<std::uint64_t> explicit_length;
    for (auto& h : response.headers) {
        if (has_control_chars(h.name) || has_control_chars(h.value) || h.name.empty()) {
            spdlog::warn("http: dropped response header with control characters");
            continue;
        }
        if (iequals(h.name, "content-length")) {
            std::uint64_t n = 0;
            auto [p, ec] = std::from_chars(h.value.data(), h.value.data() + h.value.size(), n);
            if (ec == std::errc{} && p == h.value.data() + h.value.size()) explicit_length = n;
            continue;
        }
        if (iequals(h.name, "connection")) {
            if (iequals(h.value, "close")) keep_alive = false;
            continue;
        }
        if (iequals(h.name, "transfer-encoding") || iequals(h.name, "date")) continue;
        out.insert(h.name, h.value);
    }
    const bool no_body = status < 200 || status == 204 || status == 304;
    if (no_body) {
        body_bytes = 0;
    } else if (head) {
        // HEAD: the handler may answer with the GET body or with an explicit Content-Length and no body.
        out.content_length(explicit_length.value_or(response.body.size()));
        body_bytes = 0;
    } else {
        body_bytes = response.body.size();
        out.content_length(body_bytes);
        out.body() = std::move(response.body);
    }
    out.keep_alive(keep_alive);
    return out;
}

// The access-log line of an answered request, and the application's own record of it (metrics).
void record_access(const Server& server, const AccessRecord& record) {
    log_access(record);
    if (server.options.on_answered) server.options.on_answered(record);
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// After an error answer: stop sending, read and drop what the client still sends (bounded), then close.
// Closing with unread data would send a RST that can destroy the response before the client reads it.
asio::awaitable<void> linger_close(beast::tcp_stream& stream) {
    boost::system::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    std::array<char, 8192> scratch;
    std::size_t total = 0;
    stream.expires_after(2s);
    while (total < 4 * 1024 * 1024) {
        auto [read_ec, n] = co_await stream.async_read_some(asio::buffer(scratch), nothrow_awaitable);
        if (read_ec) break;
        total += n;
    }
    stream.close();
}

// One upgraded connection. send() may be called from any thread (the live hub publishes from request threads);
// the queue is bounded in messages and bytes, and a client that falls that far behind is dropped (its socket
// closed) rather than allowed to grow the server's memory. Everything else runs on the connection's strand.
struct WsConnection final : WebSocketPeer, std::enable_shared_from_this<WsConnection> {
    WsConnection(Server& s, beast::tcp_stream&& stream)
        : server(s), ws(std::move(stream)), close_timer(ws.get_executor()) {}

    Server& server;
    websocket::stream<beast::tcp_stream> ws;
    asio::steady_timer close_timer;
    std::mutex mutex;
    std::deque<std::shared_ptr<const std::string>> queue;  // guarded by mutex; front() is being written
    std::size_t queued_bytes = 0;                          // guarded by mutex
    bool pump_posted = false;                              // guarded by mutex
    bool open = true;                                      // guarded by mutex; false: send() refuses
    bool writing = false;                                  // strand only
    bool close_requested = false;                          // strand only
    bool closing = false;                                  // strand only
    CloseWhy close_why = CloseWhy::application;            // strand only

    bool send(std::shared_ptr<const std::string> text) override {
        if (!text) return true;
        std::unique_lock lock(mutex);
        if (!open) return false;
        if (queue.size() >= server.options.websocket_queue_messages ||
            queued_bytes + text->size() > server.options.websocket_queue_bytes) {
            open = false;
            const auto pending = queue.size();
            lock.unlock();
            spdlog::warn("http: WebSocket client fell {} messages behind; dropping it", pending);
            asio::post(ws.get_executor(), [self = shared_from_this()] { self->drop(); });
            return false;
        }
        queued_bytes += text->size();
        queue.push_back(std::move(text));
        if (!pump_posted) {
            pump_posted = true;
            asio::post(ws.get_executor(), [self = shared_from_this()] { self->pump(); });
        }
        return true;
    }

    void close() override {
        asio::post(ws.get_executor(), [self = shared_from_this()] { close_websocket(*self, CloseWhy::application); });
    }

    // Strand: closes the socket at once; pending reads and writes end with an error.
    void drop() {
        {
            std::lock_guard lock(mutex);
            open = false;
        }
        boost::system::error_code ec;
        auto& socket = beast::get_lowest_layer(ws).socket();
        if (socket.is_open()) {
            socket.shutdown(tcp::socket::shutdown_both, ec);
            beast::get_lowest_layer(ws).close();
        }
        close_timer.cancel();
    }

    // Strand: one write at a time, in queue order; a requested close goes out after what was queued before it.
    void pump() {
        if (writing || closing) return;
        std::shared_ptr<const std::string> next;
        {
            std::lock_guard lock(mutex);
            if (!queue.empty() && open) {
                next = queue.front();
            } else {
                pump_posted = false;
            }
        }
        if (!next) {
            if (close_requested) start_close();
            return;
        }
        writing = true;
        ws.text(true);
        ws.async_write(asio::buffer(*next),
                       [self = shared_from_this(), next](boost::system::error_code ec, std::size_t) {
                           self->writing = false;
                           {
                               std::lock_guard lock(self->mutex);
                               if (!self->queue.empty()) {
                                   self->queued_bytes -= self->queue.front()->size();
                                   self->queue.pop_front();
                               }
                           }
                           if (ec) {
                               self->drop();
                               return;
                           }
                           self->pump();
                       });
    }

    void start_close() {
        closing = true;
        {
            std::lock_guard lock(mutex);
            open = false;
        }
        const websocket::close_reason reason =
            close_why == CloseWhy::restart
                ? websocket::close_reason(websocket::close_code::service_restart,
                                          "server restarting; reconnect and resume from your last seq")
                : websocket::close_reason(websocket::close_code::going_away);
        ws.async_close(reason, [self = shared_from_this()](boost::system::error_code) {});
    }
};

// Strand: asks for a clean close ("going away") after what is queued; a client that does not answer within 3 s
// is dropped, so shutdown never waits on it.
void close_websocket(WsConnection& connection, CloseWhy why) {
    if (connection.close_requested) return;
    connection.close_requested = true;
    connection.close_why = why;
    connection.close_timer.expires_after(3s);
    connection.close_timer.async_wait([self = connection.shared_from_this()](boost::system::error_code ec) {
        if (!ec) self->drop();
    });
    connection.pump();
}

// Strand: closes a session's connection at once, WebSocket or not; its coroutine ends on the error.
void drop_connection(Session& session) {
    if (session.upgraded) {
        if (session.ws) session.ws->drop();  // unset while the handshake runs: its own timeout ends it
        return;
    }
    boost::system::error_code ec;
    session.stream.socket().shutdown(tcp::socket::shutdown_both, ec);
    session.stream.close();
}

// Runs an accepted upgrade until either side closes it. The session's stream moves into the WebSocket stream.
asio::awaitable<void> run_websocket(Server& server, std::shared_ptr<Session> session,
                                    bhttp::request<bhttp::string_body> req, WebSocketAccept accept, std::string remote,
                                    std::chrono::steady_clock::time_point start, std::string path_for_log,
                                    std::string request_id, std::string route) {
    session->upgraded = true;
    auto connection = std::make_shared<WsConnection>(server, std::move(session->stream));
    auto& ws = connection->ws;
    beast::get_lowest_layer(ws).expires_never();  // the WebSocket stream's own timeouts take over
    websocket::stream_base::timeout timeouts{};
    timeouts.handshake_timeout = 30s;
    timeouts.idle_timeout = server.options.websocket_idle_timeout;  // a ping after half of it, dropped after all
    timeouts.keep_alive_pings = true;
    ws.set_option(timeouts);
    ws.read_message_max(64 * 1024);
    ws.set_option(websocket::stream_base::decorator(
        [request_id](websocket::response_type& response) { response.set("X-Request-Id", request_id); }));
    auto [ec] = co_await ws.async_accept(req, nothrow_awaitable);
    record_access(server, {request_id, "GET", path_for_log, route, ec ? 400 : 101, 0, seconds_since(start), remote});
    if (ec) {
        connection->drop();
        co_return;
    }
    session->ws = connection;
    std::shared_ptr<void> keep;
    try {
        if (accept.on_open) keep = accept.on_open(connection);
    } catch (const std::exception& e) {
        spdlog::error("http: WebSocket {} failed to open: {}", path_for_log, e.what());
        connection->drop();
    }
    if (server.stopping.load()) close_websocket(*connection, CloseWhy::restart);

    // The channel is server-to-client: read only to answer pings and notice the close (or the timeout).
    beast::flat_buffer buffer;
    for (;;) {
        auto [read_ec, n] = co_await ws.async_read(buffer, nothrow_awaitable);
        if (read_ec) break;
        buffer.consume(buffer.size());
    }
    keep.reset();  // unsubscribe before the connection goes
    session->ws.reset();
    connection->drop();
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

using StringParser = bhttp::request_parser<bhttp::string_body>;
using FileParser = bhttp::request_parser<bhttp::file_body>;

// The header of whichever parser holds the request (an upload's moves into a file parser once accepted).
const bhttp::request_header<>& parser_header(const StringParser& parser, const std::optional<FileParser>& file_parser) {
    return file_parser ? file_parser->get().base() : parser.get().base();
}

// Transfer-Encoding other than exactly "chunked" (one field, one coding) is refused before any body is read:
// "chunked, identity" would otherwise be read as an unframed body, which a proxy in front may frame differently.
std::optional<Response> framing_problem(const bhttp::request_header<>& header) {
    std::size_t fields = 0;
    bool chunked = false;
    for (const auto& field : header) {
        if (field.name() != bhttp::field::transfer_encoding) continue;
        ++fields;
        chunked = iequals(trim(field.value()), "chunked");
    }
    if (fields == 0) return std::nullopt;
    if (fields > 1 || !chunked) {
        return problem(ProblemKind::bad_request,
                       "Transfer-Encoding must be exactly \"chunked\" (one field, one coding); send the body chunked "
                       "or with a Content-Length.");
    }
    if (header.count(bhttp::field::content_length) > 0) {
        return problem(ProblemKind::bad_request, "A request may not have both Transfer-Encoding and Content-Length.");
    }
    return std::nullopt;
}

// The application's view of a request whose header is read: everything but the body.
Request request_from_header(const bhttp::request_header<>& header, const boost::urls::url_view& target,
                            const std::string& remote) {
    Request request;
    request.method = header.method_string();
    request.target = header.target();
    request.path = target.path();
    for (auto param : target.params()) request.query[param.key] = param.value;
    request.headers.reserve(static_cast<std::size_t>(std::distance(header.begin(), header.end())));
    for (const auto& field : header)
        request.headers.push_back({lower(field.name_string()), std::string(field.value())});
    request.remote_address = remote;
    return request;
}

// An upload's body file: created 0600 (mkstemp) in the configured directory, removed when the request is done.
struct UploadFile {
    std::string path;
    UploadFile() = default;
    UploadFile(const UploadFile&) = delete;
    UploadFile& operator=(const UploadFile&) = delete;
    ~UploadFile() { remove(); }

    void remove() {
        if (!path.empty()) ::unlink(path.c_str());
        path.clear();
    }

    // Opens a new file for `body`; false (and logged) when the directory is not writable.
    bool create(const std::string& directory, bhttp::file_body::value_type& body) {
        std::error_code fs_ec;
        const std::string dir = directory.empty() ? std::filesystem::temp_directory_path(fs_ec).string() : directory;
        std::string name = (std::filesystem::path(dir) / "trellis-upload-XXXXXX").string();
        const int fd = ::mkstemp(name.data());
        if (fd < 0) {
            spdlog::error("http: cannot create an upload file in {}: {}", dir, std::strerror(errno));
            return false;
        }
        path = name;
        beast::file file;
        file.native_handle(fd);
        boost::system::error_code ec;
        body.reset(std::move(file), ec);
        return !ec;
    }
};

Response internal_error(std::string_view id, std::string_view what, std::string_view method, std::string_view path) {
    spdlog::error("http: request {} {} {} failed: {}", id, method, path, what);
    return problem(ProblemKind::server_error, fmt::format("An unexpected error occurred; reference {}.", id),
                   fmt::format(R"("request_id":"{}")", id));
}

// Runs `work` on the handler pool (it may wait on the database), turning an exception into a 500.
template <class Result, class Work>
asio::awaitable<std::expected<Result, Response>> on_workers(Server& server, Work work, std::string_view method,
                                                            std::string_view path, std::string_view request_id) {
    try {
        co_return co_await asio::co_spawn(
            server.workers, [&]() -> asio::awaitable<Result> { co_return work(); }, asio::use_awaitable);
    } catch (const std::exception& e) {
        co_return std::unexpected(internal_error(request_id, e.what(), method, path));
    } catch (...) {
        co_return std::unexpected(internal_error(request_id, "unknown exception", method, path));
    }
}

using Clock = std::chrono::steady_clock;
using ErrorCode = boost::system::error_code;

// One request's state while it is read and answered.
struct Exchange {
    Clock::time_point start = Clock::now();
    StringParser parser;
    std::optional<FileParser> file_parser;  // an accepted upload's parser: its body goes to upload_file
    UploadFile upload_file;
    std::optional<Request> request;  // nullopt when the target is not a valid path and query
    std::string path_for_log = "-";
    std::string request_id;           // the caller's X-Request-Id when sane, else made here; echoed and logged
    std::optional<Response> refusal;  // answered at once; the connection then closes without reading the body
    std::size_t body_limit = 0;
    bool upload = false;
    std::shared_ptr<void> hold;  // what the application keeps for this request (an upload slot)

    const bhttp::request_header<>& header() const { return parser_header(parser, file_parser); }
};

// Idle phase: waits for the first byte of the next request (shutdown cancels this wait). False when the
// connection is done: closed by the peer, idle timeout or shutdown.
asio::awaitable<bool> await_next_request(Server& server, Session& session, beast::flat_buffer& buffer,
                                         Clock::duration timeout) {
    if (buffer.size() != 0) co_return true;
    if (server.stopping.load()) co_return false;
    session.idle = true;
    session.stream.expires_after(timeout);
    auto [ec, n] = co_await session.stream.async_read_some(buffer.prepare(4096), nothrow_awaitable);
    session.idle = false;
    if (ec) co_return false;
    buffer.commit(n);
    co_return true;
}

// Asks the application, before any body is read, whether it takes the body and how (an upload, a refusal).
asio::awaitable<void> decide_on_body(Server& server, Exchange& ex) {
    auto decided = co_await on_workers<BodyDecision>(
        server, [&] { return server.options.before_body(*ex.request); }, ex.parser.get().base().method_string(),
        ex.path_for_log, ex.request_id);
    if (!decided) {
        ex.refusal = std::move(decided.error());
        co_return;
    }
    ex.refusal = std::move(decided->refusal);
    ex.upload = decided->upload;
    ex.hold = std::move(decided->hold);
}

// Header stage: nothing of the body has been read yet. A refusal here is answered and the connection closed
// without reading the body, so an anonymous 250 MB upload costs the server nothing.
asio::awaitable<ErrorCode> read_header(Server& server, beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                       Exchange& ex, const std::string& remote, Clock::duration timeout) {
    ex.parser.header_limit(header_limit);
    // Beast checks Content-Length against the body limit while it parses the header, so the header is read
    // without one and the request's own limit is applied once the application has seen it (an anonymous
    // oversized upload is a 401, like any other anonymous upload).
    ex.parser.body_limit(boost::none);
    stream.expires_after(timeout);
    auto [ec, n] = co_await bhttp::async_read_header(stream, buffer, ex.parser, nothrow_awaitable);
    if (ec) co_return ec;
    const auto& header = ex.parser.get().base();
    auto target = boost::urls::parse_origin_form(header.target());
    ex.request_id = request_id_for(header["X-Request-Id"]);
    if (target) {
        ex.request = request_from_header(header, *target, remote);
        ex.request->request_id = ex.request_id;
    }
    ex.path_for_log =
        loggable_path(header.target(), ex.request ? std::string_view(ex.request->path) : std::string_view{},
                      server.options.secret_path_prefixes);
    ex.refusal = framing_problem(header);
    if (!ex.refusal && ex.request && !ex.parser.is_done() && server.options.before_body)
        co_await decide_on_body(server, ex);
    if (ex.refusal) co_return ec;
    if (ex.upload) {
        ex.body_limit = std::max(server.options.max_upload_bytes, server.options.max_body_bytes);
        stream.expires_after(std::chrono::duration_cast<Clock::duration>(server.options.upload_timeout));
    }
    if (ex.parser.content_length() && *ex.parser.content_length() > ex.body_limit) co_return bhttp::error::body_limit;
    co_return ec;
}

// The body: into memory under the small limit, or for an upload into a file, a buffer at a time.
asio::awaitable<ErrorCode> read_body(Server& server, beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                     Exchange& ex) {
    if (ex.upload) {
        ex.file_parser.emplace(std::move(ex.parser));
        ex.file_parser->body_limit(ex.body_limit);  // chunked bodies are counted as they arrive
        if (!ex.upload_file.create(server.options.upload_dir, ex.file_parser->get().body())) {
            ex.refusal =
                problem(ProblemKind::upload_unavailable, "The server cannot store uploads right now; try again later.");
            co_return ErrorCode{};
        }
    } else {
        ex.parser.body_limit(ex.body_limit);
    }
    if (iequals(ex.header()[bhttp::field::expect], "100-continue")) {
        static constexpr std::string_view continue_line = "HTTP/1.1 100 Continue\r\n\r\n";
        auto [ec, n] = co_await asio::async_write(stream, asio::buffer(continue_line), nothrow_awaitable);
        if (ec) co_return ec;
    }
    if (ex.file_parser) {
        auto [ec, n] = co_await bhttp::async_read(stream, buffer, *ex.file_parser, nothrow_awaitable);
        co_return ec;
    }
    auto [ec, n] = co_await bhttp::async_read(stream, buffer, ex.parser, nothrow_awaitable);
    co_return ec;
}

// The answer to a request that could not be read; nullopt when the client went away or was too slow.
std::optional<Response> read_failure_problem(ErrorCode ec, std::size_t body_limit) {
    if (ec == bhttp::error::body_limit) {
        return problem(ProblemKind::body_too_large,
                       fmt::format("The request body exceeds the limit of {} bytes.", body_limit));
    }
    if (ec == bhttp::error::header_limit) {
        return problem(ProblemKind::bad_request,
                       fmt::format("The request headers exceed the limit of {} bytes.", header_limit));
    }
    if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message || ec == beast::error::timeout ||
        ec == asio::error::operation_aborted || ec == asio::error::connection_reset || ec == asio::error::eof) {
        return std::nullopt;
    }
    return problem(ProblemKind::bad_request, "The request is not valid HTTP/1.1.");
}

// Answers a refused request (the connection closes after it, lingering for the unread body).
asio::awaitable<void> send_refusal(Server& server, beast::tcp_stream& stream, Exchange& ex, const std::string& remote,
                                   Clock::duration timeout) {
    ex.hold.reset();
    bool keep_alive = false;
    std::size_t bytes = 0;
    const int status = ex.refusal->status;
    if (ex.request_id.empty()) ex.request_id = make_request_id();  // the header could not be read
    auto out = to_beast(std::move(*ex.refusal), 11, false, keep_alive, bytes);
    out.set("X-Request-Id", ex.request_id);
    stream.expires_after(timeout);
    co_await bhttp::async_write(stream, out, nothrow_awaitable);
    const bool header_done = ex.file_parser || ex.parser.is_header_done();
    record_access(
        server, {ex.request_id, header_done ? std::string_view(ex.header().method_string()) : std::string_view("-"),
                 ex.path_for_log, ex.request ? std::string_view(ex.request->route) : std::string_view{}, status, bytes,
                 seconds_since(ex.start), remote});
}

// Asks the application whether to accept a WebSocket upgrade, turning an exception into a 500.
WebSocketDecision authorize_upgrade(Server& server, Exchange& ex) {
    if (server.stopping.load())
        return problem(ProblemKind::shutting_down, "The server is shutting down; reconnect shortly.");
    try {
        return server.options.websocket_authorizer(*ex.request);
    } catch (const std::exception& e) {
        return internal_error(ex.request_id, e.what(), ex.request->method, ex.path_for_log);
    } catch (...) {
        return internal_error(ex.request_id, "unknown exception", ex.request->method, ex.path_for_log);
    }
}

// Hands the request, body included, to the application's handler on the worker pool.
asio::awaitable<Response> handle_request(Server& server, Exchange& ex) {
    if (ex.file_parser) {
        ex.file_parser->get().body().close();  // every byte is on disk; the handler reads the file by its path
        ex.request->body_file = ex.upload_file.path;
    } else {
        ex.request->body = std::move(ex.parser.get().body());
    }
    auto handled = co_await on_workers<Response>(
        server, [&] { return server.handler(*ex.request); }, ex.request->method, ex.path_for_log, ex.request_id);
    co_return handled ? std::move(*handled) : std::move(handled.error());
}

enum class Next { read_another, close, upgraded };

// Answers a request that was read whole: the handler's response, or a WebSocket session that takes over.
asio::awaitable<Next> answer(Server& server, std::shared_ptr<Session> session, Exchange& ex, std::string& remote,
                             Clock::duration timeout) {
    const auto& req = ex.header();
    const bool head = req.method() == bhttp::verb::head;
    const bool upgrade = !ex.file_parser && server.options.websocket_authorizer && websocket::is_upgrade(req);
    const bool wants_keep_alive = ex.file_parser ? ex.file_parser->keep_alive() : ex.parser.keep_alive();
    WebSocketDecision decision;
    if (!ex.request) {
        decision = problem(ProblemKind::bad_request, "The request target is not a valid path and query.");
    } else if (upgrade) {
        decision = authorize_upgrade(server, ex);
    } else {
        decision = co_await handle_request(server, ex);
    }
    // The upload's file and slot are let go before the answer leaves: a client that has read it may upload again.
    ex.upload_file.remove();
    ex.hold.reset();

    if (auto* accepted = std::get_if<WebSocketAccept>(&decision)) {
        co_await run_websocket(server, session, ex.parser.release(), std::move(*accepted), std::move(remote), ex.start,
                               ex.path_for_log, ex.request_id, ex.request->route);
        co_return Next::upgraded;
    }
    // A refused upgrade ends the connection: the client asked for a protocol it did not get.
    bool keep_alive = wants_keep_alive && !server.stopping.load() && !upgrade;
    std::size_t bytes = 0;
    auto out = to_beast(std::move(std::get<Response>(decision)), req.version(), head, keep_alive, bytes);
    out.set("X-Request-Id", ex.request_id);
    session->stream.expires_after(timeout);
    auto [ec, n] = co_await bhttp::async_write(session->stream, out, nothrow_awaitable);
    record_access(server, {ex.request_id,
                           ex.request ? std::string_view(ex.request->method) : std::string_view(req.method_string()),
                           ex.path_for_log, ex.request ? std::string_view(ex.request->route) : std::string_view{},
                           static_cast<int>(out.result_int()), bytes, seconds_since(ex.start), remote});
    co_return (ec || !keep_alive) ? Next::close : Next::read_another;
}

asio::awaitable<void> run_session(Server& server, std::shared_ptr<Session> session, std::string remote) {
    auto& stream = session->stream;
    const auto timeout = std::chrono::duration_cast<Clock::duration>(server.options.read_timeout);
    beast::flat_buffer buffer;
    bool lingering = false;

    while (co_await await_next_request(server, *session, buffer, timeout)) {
        Exchange ex;
        ex.body_limit = server.options.max_body_bytes;
        auto ec = co_await read_header(server, stream, buffer, ex, remote, timeout);
        if (!ec && !ex.refusal && !ex.parser.is_done()) ec = co_await read_body(server, stream, buffer, ex);
        if (ec && !ex.refusal) {
            ex.refusal = read_failure_problem(ec, ex.body_limit);
            if (!ex.refusal) break;  // the client went away or was too slow: nothing to answer
        }
        if (ex.refusal) {
            co_await send_refusal(server, stream, ex, remote, timeout);
            lingering = true;
            break;
        }
        const Next next = co_await answer(server, session, ex, remote, timeout);
        if (next == Next::upgraded) co_return;
        if (next == Next::close) break;
    }

    if (lingering) {
        co_await linger_close(stream);
    } else {
        boost::system::error_code ec;
        stream.socket().shutdown(tcp::socket::shutdown_send, ec);
        stream.close();
    }
}

void log_exception(std::exception_ptr e) {
    if (!e) return;
    try {
        std::rethrow_exception(e);
    } catch (const std::exception& x) {
        spdlog::error("http: connection failed: {}", x.what());
    } catch (...) {
        spdlog::error("http: connection failed: unknown exception");
    }
}

asio::awaitable<void> accept_loop(Server& server) {
    asio::steady_timer backoff(server.control);
    for (;;) {
        auto [ec, socket] = co_await server.acceptor.async_accept(asio::make_strand(server.ioc), nothrow_awaitable);
        if (server.stopping.load() || ec == asio::error::operation_aborted) co_return;
        if (ec) {
            spdlog::warn("http: accept failed: {}", ec.message());
            backoff.expires_after(50ms);  // e.g. out of file descriptors: do not spin
            co_await backoff.async_wait(nothrow_awaitable);
            continue;
        }
        boost::system::error_code opt_ec;
        socket.set_option(tcp::no_delay(true), opt_ec);
        auto endpoint = socket.remote_endpoint(opt_ec);
        std::string remote = opt_ec ? std::string("-") : endpoint.address().to_string();
        if (endpoint.address().is_v6() && endpoint.address().to_v6().is_v4_mapped()) {
            remote = asio::ip::make_address_v4(asio::ip::v4_mapped, endpoint.address().to_v6()).to_string();
        }
        auto session = std::make_shared<Session>(std::move(socket));
        {
            std::lock_guard lock(server.sessions_mutex);
            server.sessions.emplace(session.get(), session);
        }
        auto executor = session->stream.get_executor();
        asio::co_spawn(
            executor,
            [](Server& srv, std::shared_ptr<Session> s, std::string addr) -> asio::awaitable<void> {
                try {
                    co_await run_session(srv, s, std::move(addr));
                } catch (...) {
                    log_exception(std::current_exception());
                }
                {
                    std::lock_guard lock(srv.sessions_mutex);
                    srv.sessions.erase(s.get());
                }
                if (srv.stopping.load()) asio::post(srv.control, [&srv] { srv.end_grace_if_done(); });
            }(server, std::move(session), std::move(remote)),
            asio::detached);
    }
}

}  // namespace

void request_shutdown() {
    std::lock_guard lock(g_running_mutex);
    if (g_running != nullptr) g_running->shutdown();
}

void serve(const ServerOptions& options, Handler handler,
           const std::function<void(unsigned short port)>& on_listening) {
    Server server(options, std::move(handler));

    tcp::resolver resolver(server.ioc);
    auto results = resolver.resolve(options.host, std::to_string(options.port), tcp::resolver::passive);
    if (results.empty()) throw std::runtime_error("http: cannot resolve listen address " + options.host);
    const tcp::endpoint endpoint = *results.begin();
    server.acceptor.open(endpoint.protocol());
    server.acceptor.set_option(asio::socket_base::reuse_address(true));
    server.acceptor.bind(endpoint);
    server.acceptor.listen(asio::socket_base::max_listen_connections);
    const unsigned short port = server.acceptor.local_endpoint().port();

    server.signals.async_wait([&server](const boost::system::error_code& ec, int signal_number) {
        if (ec) return;
        spdlog::info("http: received signal {}", signal_number);
        server.shutdown();
    });
    asio::co_spawn(server.control, accept_loop(server), [](std::exception_ptr e) { log_exception(e); });

    {
        std::lock_guard lock(g_running_mutex);
        g_running = &server;
    }
    struct Unregister {
        ~Unregister() {
            std::lock_guard lock(g_running_mutex);
            g_running = nullptr;
        }
    } unregister;

    spdlog::info("http: listening on {}:{} with {} thread(s)", endpoint.address().to_string(), port,
                 std::max(1U, options.threads));
    if (on_listening) on_listening(port);

    std::vector<std::thread> pool;
    for (unsigned i = 1; i < options.threads; ++i) {
        pool.emplace_back([&server] { server.ioc.run(); });
    }
    server.ioc.run();
    for (auto& t : pool) t.join();
    server.workers.join();
    spdlog::info("http: stopped");
}

}  // namespace trellis::http
