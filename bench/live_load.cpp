// Load generator for bench/live.sh (a benchmark, not a test). One process, one thread, loopback only:
//   - `participants` WebSocket clients per meeting subscribe to /api/v1/live?topic=meeting:<id>;
//   - edits (PUT /api/v1/meetings/<id>/notes/<item>, keep-alive HTTP) go out at a fixed total rate, round-robin
//     over the meetings, for `seconds`;
//   - for each edit it records the steady-clock time the request was written (what a person waits from: the moment
//     they typed), of its HTTP acknowledgement, and for every participant but the first of that meeting (the
//     editor's own screen) the time the event arrived.
// Prints key=value lines: latency from the edit's sending to its arrival (p50, p99, max), and what was lost;
// `before_ack` counts deliveries that reached a participant before the editor had the acknowledgement.
// Usage: trellis_bench_live PORTS TOKEN MEETINGS_FILE PARTICIPANTS RATE SECONDS
//   PORTS: one port, or several separated by commas (several instances: participants and edits are spread over
//   them round robin, so most deliveries cross from one instance to another);
//   MEETINGS_FILE: one "meeting_id agenda_item_id" per line.
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace websocket = boost::beast::websocket;
namespace json = boost::json;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;
constexpr auto nothrow = asio::as_tuple(asio::use_awaitable);

struct Meeting {
    std::int64_t id = 0;
    std::int64_t item = 0;
    std::int64_t version = 0;  // of our note on the item; 0: none yet
    bool in_flight = false;
};

struct Edit {
    Clock::time_point sent{}, acked{};
    bool ok = false;
};

struct Receipt {
    std::size_t edit = 0;
    Clock::time_point at{};
};

struct Instance {
    tcp::endpoint endpoint;
    std::string host;
    std::vector<std::unique_ptr<beast::tcp_stream>> idle_http;
};

struct Bench {
    std::vector<Instance> instances;
    std::string token;
    std::vector<Meeting> meetings;
    int participants = 20;
    double rate = 200;
    double seconds = 20;

    std::vector<Edit> edits;
    std::vector<Receipt> receipts;
    int connected = 0, failed_connects = 0, dropped = 0, http_errors = 0, skipped = 0;
    bool measuring = false, done = false;
    std::string first_error;
};

// "...\"text\":\"edit 123\"..." → 123
std::optional<std::size_t> edit_number(std::string_view message) {
    static constexpr std::string_view marker = "\"text\":\"edit ";
    const auto at = message.find(marker);
    if (at == std::string_view::npos) return std::nullopt;
    const char* begin = message.data() + at + marker.size();
    std::size_t n = 0;
    auto [end, ec] = std::from_chars(begin, message.data() + message.size(), n);
    if (ec != std::errc{}) return std::nullopt;
    return n;
}

asio::awaitable<void> participant(Bench& bench, Instance& instance, std::size_t meeting, bool records) {
    websocket::stream<beast::tcp_stream> ws(co_await asio::this_coro::executor);
    auto [ec] = co_await beast::get_lowest_layer(ws).async_connect(instance.endpoint, nothrow);
    if (!ec) {
        ws.set_option(websocket::stream_base::decorator(
            [&bench](websocket::request_type& req) { req.set(bhttp::field::authorization, "Bearer " + bench.token); }));
        ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
        std::tie(ec) = co_await ws.async_handshake(
            instance.host, "/api/v1/live?topic=meeting:" + std::to_string(bench.meetings[meeting].id), nothrow);
    }
    if (ec) {
        ++bench.failed_connects;
        if (bench.first_error.empty()) bench.first_error = "WebSocket connect: " + ec.message();
        co_return;
    }
    ++bench.connected;
    beast::flat_buffer buffer;
    while (!bench.done) {
        auto [read_ec, n] = co_await ws.async_read(buffer, nothrow);
        const auto at = Clock::now();
        if (read_ec) {
            if (!bench.done) ++bench.dropped;
            co_return;
        }
        if (records) {
            const auto text = beast::buffers_to_string(buffer.data());
            if (auto edit = edit_number(text)) bench.receipts.push_back({*edit, at});
        }
        buffer.consume(buffer.size());
    }
}

asio::awaitable<void> edit(Bench& bench, Instance& instance, std::size_t index, std::size_t meeting_index) {
    auto& meeting = bench.meetings[meeting_index];
    std::unique_ptr<beast::tcp_stream> stream;
    if (!instance.idle_http.empty()) {
        stream = std::move(instance.idle_http.back());
        instance.idle_http.pop_back();
    } else {
        stream = std::make_unique<beast::tcp_stream>(co_await asio::this_coro::executor);
        auto [ec] = co_await stream->async_connect(instance.endpoint, nothrow);
        if (ec) {
            ++bench.http_errors;
            meeting.in_flight = false;
            co_return;
        }
        stream->socket().set_option(tcp::no_delay(true));
    }
    json::object body{{"text", "edit " + std::to_string(index) + " - notes on this agenda item, revised"}};
    if (meeting.version > 0) body["version"] = meeting.version;
    bhttp::request<bhttp::string_body> req{
        bhttp::verb::put, "/api/v1/meetings/" + std::to_string(meeting.id) + "/notes/" + std::to_string(meeting.item),
        11};
    req.set(bhttp::field::host, instance.host);
    req.set(bhttp::field::authorization, "Bearer " + bench.token);
    req.set(bhttp::field::content_type, "application/json");
    req.body() = json::serialize(body);
    req.prepare_payload();
    bench.edits[index].sent = Clock::now();
    stream->expires_after(10s);
    auto [wec, wn] = co_await bhttp::async_write(*stream, req, nothrow);
    beast::flat_buffer buffer;
    bhttp::response<bhttp::string_body> res;
    beast::error_code rec = wec;
    if (!wec) std::tie(rec, wn) = co_await bhttp::async_read(*stream, buffer, res, nothrow);
    const auto acked = Clock::now();
    meeting.in_flight = false;
    if (rec || res.result_int() >= 300) {
        ++bench.http_errors;
        if (bench.first_error.empty())
            bench.first_error = rec ? rec.message() : std::to_string(res.result_int()) + " " + res.body();
        if (!rec) {
            // A stale version (another run left a note): take the current one and carry on.
            boost::system::error_code pec;
            auto v = json::parse(res.body(), pec);
            if (!pec && v.is_object()) {
                if (auto* current = v.as_object().if_contains("current"); current && current->is_object()) {
                    if (auto* ver = current->as_object().if_contains("version"))
                        meeting.version = ver->to_number<std::int64_t>();
                }
            }
        }
        co_return;
    }
    bench.edits[index].acked = acked;
    bench.edits[index].ok = true;
    meeting.version = json::parse(res.body()).at("version").to_number<std::int64_t>();
    if (res.keep_alive()) instance.idle_http.push_back(std::move(stream));
}

// Every participant connects (spread over the instances) before the first edit.
asio::awaitable<void> connect_participants(Bench& bench) {
    auto executor = co_await asio::this_coro::executor;
    asio::steady_timer timer(executor);
    const auto total = static_cast<int>(bench.meetings.size()) * bench.participants;
    // Connect in waves of 100 so the accept queue never overflows.
    for (std::size_t m = 0; m < bench.meetings.size(); ++m) {
        for (int p = 0; p < bench.participants; ++p) {
            auto& instance = bench.instances[(m * bench.participants + p) % bench.instances.size()];
            asio::co_spawn(executor, participant(bench, instance, m, p != 0), asio::detached);
        }
        if ((m + 1) % 5 == 0) {
            const auto deadline = Clock::now() + 30s;
            while (bench.connected + bench.failed_connects < static_cast<int>((m + 1)) * bench.participants &&
                   Clock::now() < deadline) {
                timer.expires_after(5ms);
                co_await timer.async_wait(nothrow);
            }
        }
    }
    for (auto deadline = Clock::now() + 30s;
         bench.connected + bench.failed_connects < total && Clock::now() < deadline;) {
        timer.expires_after(5ms);
        co_await timer.async_wait(nothrow);
    }
    std::cout << "connected=" << bench.connected << " failed_connects=" << bench.failed_connects << std::endl;
}

asio::awaitable<void> run(Bench& bench) {
    auto executor = co_await asio::this_coro::executor;
    asio::steady_timer timer(executor);
    co_await connect_participants(bench);

    const auto planned = static_cast<std::size_t>(bench.rate * bench.seconds);
    bench.edits.resize(planned);
    bench.receipts.reserve(planned * static_cast<std::size_t>(bench.participants));
    const auto start = Clock::now();
    std::size_t issued = 0, next_meeting = 0;
    while (issued < planned) {
        const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        const auto due = std::min(planned, static_cast<std::size_t>(elapsed * bench.rate) + 1);
        while (issued < due) {
            auto& meeting = bench.meetings[next_meeting];
            if (meeting.in_flight) {
                ++bench.skipped;  // the previous edit of this meeting is not acknowledged yet
            } else {
                meeting.in_flight = true;
                auto& instance = bench.instances[issued % bench.instances.size()];
                asio::co_spawn(executor, edit(bench, instance, issued, next_meeting), asio::detached);
            }
            ++issued;
            next_meeting = (next_meeting + 1) % bench.meetings.size();
        }
        timer.expires_after(1ms);
        co_await timer.async_wait(nothrow);
    }
    const double took = std::chrono::duration<double>(Clock::now() - start).count();
    timer.expires_after(2s);  // stragglers
    co_await timer.async_wait(nothrow);
    bench.done = true;

    std::vector<double> latencies;
    std::size_t before_ack = 0;
    std::size_t acked = 0;
    for (const auto& e : bench.edits) acked += e.ok ? 1 : 0;
    latencies.reserve(bench.receipts.size());
    for (const auto& r : bench.receipts) {
        if (r.edit >= bench.edits.size() || !bench.edits[r.edit].ok) continue;
        const auto& edit = bench.edits[r.edit];
        if (r.at < edit.acked) ++before_ack;
        latencies.push_back(std::chrono::duration<double, std::milli>(r.at - edit.sent).count());
    }
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double q) {
        if (latencies.empty()) return 0.0;
        return latencies[std::min(latencies.size() - 1,
                                  static_cast<std::size_t>(q * static_cast<double>(latencies.size())))];
    };
    const auto expected = acked * static_cast<std::size_t>(bench.participants - 1);
    std::printf("edits_planned=%zu edits_acked=%zu http_errors=%d skipped=%d seconds=%.1f rate=%.1f\n", planned, acked,
                bench.http_errors, bench.skipped, took, static_cast<double>(acked) / took);
    std::printf("deliveries_expected=%zu deliveries=%zu lost=%zu before_ack=%zu dropped_connections=%d\n", expected,
                latencies.size(), expected - std::min(expected, latencies.size()), before_ack, bench.dropped);
    std::printf("p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n", pct(0.50), pct(0.99),
                latencies.empty() ? 0.0 : latencies.back());
    if (!bench.first_error.empty()) std::printf("first_error=%s\n", bench.first_error.c_str());
    std::fflush(stdout);
    std::exit(0);  // the 1,000 sockets close with the process
}

int main(int argc, char** argv) {
    if (argc != 7) {
        std::cerr << "usage: trellis_bench_live PORTS TOKEN MEETINGS_FILE PARTICIPANTS RATE SECONDS\n";
        return 2;
    }
    Bench bench;
    std::stringstream ports(argv[1]);
    for (std::string port; std::getline(ports, port, ',');) {
        Instance instance;
        instance.endpoint =
            tcp::endpoint(asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(std::stoi(port)));
        instance.host = "127.0.0.1:" + port;
        bench.instances.push_back(std::move(instance));
    }
    bench.token = argv[2];
    std::ifstream in(argv[3]);
    for (Meeting m; in >> m.id >> m.item;) bench.meetings.push_back(m);
    bench.participants = std::max(2, std::stoi(argv[4]));
    bench.rate = std::stod(argv[5]);
    bench.seconds = std::min(120.0, std::stod(argv[6]));  // bounded, whatever is asked
    if (bench.meetings.empty()) {
        std::cerr << "no meetings in " << argv[3] << "\n";
        return 2;
    }
    asio::io_context ioc(1);
    asio::co_spawn(ioc, run(bench), [](std::exception_ptr e) {
        if (!e) return;
        try {
            std::rethrow_exception(e);
        } catch (const std::exception& x) {
            std::cerr << "bench failed: " << x.what() << "\n";
            std::exit(1);
        }
    });
    // A watchdog: whatever happens, the generator stops.
    asio::steady_timer watchdog(
        ioc, std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(bench.seconds + 120)));
    watchdog.async_wait([](beast::error_code ec) {
        if (!ec) {
            std::cerr << "bench: watchdog expired\n";
            std::exit(1);
        }
    });
    ioc.run();
    return 1;
}
