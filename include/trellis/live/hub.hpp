#pragma once
// The live hub: topics ("meeting:12"), each a stream of JSON events numbered 1, 2, 3... The hub keeps the last
// events of every topic so a subscriber that reconnects with the last number it saw gets what it missed, then
// live events, in order. Beast-free: the WebSocket side lives in src/http/server.cpp and the glue in src/api/.
//
// Messages are JSON text, shared by every subscriber (one serialization per event):
//   {"topic":"meeting:12","seq":7,"event":{...}}                        an event
//   {"type":"hello","topic":"meeting:12","seq":6,"epoch":"9f3c..."}    first message of every subscription
//   {"type":"resync","topic":"meeting:12","seq":6,"epoch":"9f3c..."}   what you missed is gone: reload, then
//                                                                       carry on with the events that follow
// `seq` in hello and resync is the topic's latest number. `epoch` changes when the hub restarts; a client that
// resumes with the epoch it saw is told to resync if the numbers belong to another life of the hub.
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace trellis::live {

using Message = std::shared_ptr<const std::string>;

// Receives one topic's messages. deliver() runs under the topic's lock: it must not block and must not call
// into the hub. It returns false when the subscriber takes no more (closed, or its bounded send queue is full);
// the hub then drops it. A slow subscriber therefore never slows publishing nor grows the hub's memory.
class Subscriber {
public:
    virtual ~Subscriber() = default;
    virtual bool deliver(const Message& message) = 0;
};

struct HubOptions {
    std::size_t history = 1000;                   // events kept per topic for resuming
    std::size_t history_bytes = 4 * 1024 * 1024;  // and at most this much text per topic
};

struct Resume {
    std::uint64_t since = 0;  // the last seq the client saw
    std::string epoch;        // the epoch it saw them in ("" = trust the number)
};

class Hub;

// Ends the subscription when destroyed (or reset()).
class Subscription {
public:
    Subscription() = default;
    Subscription(Subscription&& other) noexcept;
    Subscription& operator=(Subscription&& other) noexcept;
    Subscription(const Subscription&) = delete;
    Subscription& operator=(const Subscription&) = delete;
    ~Subscription();
    void reset();
    [[nodiscard]] bool active() const { return topic_ != nullptr; }

private:
    friend class Hub;
    Subscription(std::shared_ptr<void> topic, std::uint64_t id) : topic_(std::move(topic)), id_(id) {}
    std::shared_ptr<void> topic_;  // Hub::Topic
    std::uint64_t id_ = 0;
};

class Hub {
public:
    explicit Hub(HubOptions options = {});
    ~Hub();
    Hub(const Hub&) = delete;
    Hub& operator=(const Hub&) = delete;

    // Thread-safe. Numbers the event, keeps it, and hands it to every subscriber of the topic. Returns its seq.
    std::uint64_t publish(std::string_view topic, const boost::json::value& event);

    // Thread-safe. Delivers hello, then (with `resume`) every kept event after resume->since, or a resync when
    // some of them are gone or belong to another epoch, then every new event. Without `resume`: hello, then new
    // events only.
    Subscription subscribe(std::string_view topic, const std::optional<Resume>& resume,
                           std::shared_ptr<Subscriber> subscriber);

    // Tells every current subscriber of every topic to reload (a resync message): used when events may have
    // been lost, e.g. after the cross-instance link reconnects.
    void resync_all();

    [[nodiscard]] const std::string& epoch() const { return epoch_; }
    [[nodiscard]] std::size_t subscriber_count() const;
    [[nodiscard]] std::uint64_t latest_seq(std::string_view topic) const;

    struct Topic;

private:
    std::shared_ptr<Topic> topic(std::string_view name, bool create);
    void forget_idle_topics_locked(std::int64_t now);

    HubOptions options_;
    std::string epoch_;
    mutable std::mutex topics_mutex_;
    std::unordered_map<std::string, std::shared_ptr<Topic>> topics_;
    std::int64_t last_sweep_ = 0;
};

}  // namespace trellis::live
