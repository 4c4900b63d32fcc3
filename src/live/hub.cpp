#include "trellis/live/hub.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include <chrono>
#include <deque>
#include <map>
#include <random>

namespace trellis::live {

namespace json = boost::json;

namespace {

std::int64_t steady_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::string random_epoch() {
    std::random_device device;
    return fmt::format("{:08x}{:08x}", device(), device());
}

Message control_message(std::string_view type, std::string_view topic, std::uint64_t seq, std::string_view epoch) {
    return std::make_shared<const std::string>(
        json::serialize(json::object{{"type", type}, {"topic", topic}, {"seq", seq}, {"epoch", epoch}}));
}

// A topic nobody listens to and nobody wrote to for this long gives back its kept events (its numbering stays).
constexpr std::int64_t kIdleTopicSeconds = 3600;

}  // namespace

struct Hub::Topic {
    std::string name;
    std::mutex mutex;
    std::uint64_t head = 0;  // latest seq
    std::deque<std::pair<std::uint64_t, Message>> kept;
    std::size_t kept_bytes = 0;
    std::map<std::uint64_t, std::shared_ptr<Subscriber>> subscribers;
    std::uint64_t next_subscriber = 1;
    std::int64_t last_used = 0;  // steady seconds

    // Sends `message` to every subscriber (the mutex held). One that cannot take it (a slow or closed client)
    // is unsubscribed and moved into `dropped`, for the caller to destroy once the lock is released.
    void deliver_to_all(const Message& message, std::vector<std::shared_ptr<Subscriber>>& dropped) {
        for (auto it = subscribers.begin(); it != subscribers.end();) {
            if (it->second->deliver(message)) {
                ++it;
            } else {
                dropped.push_back(std::move(it->second));
                it = subscribers.erase(it);
            }
        }
    }
};

Subscription::Subscription(Subscription&& other) noexcept : topic_(std::move(other.topic_)), id_(other.id_) {}

Subscription& Subscription::operator=(Subscription&& other) noexcept {
    if (this != &other) {
        reset();
        topic_ = std::move(other.topic_);
        id_ = other.id_;
    }
    return *this;
}

Subscription::~Subscription() { reset(); }

void Subscription::reset() {
    if (!topic_) return;
    auto* topic = static_cast<Hub::Topic*>(topic_.get());
    std::shared_ptr<Subscriber> dropped;  // destroyed outside the lock
    {
        std::lock_guard lock(topic->mutex);
        if (auto it = topic->subscribers.find(id_); it != topic->subscribers.end()) {
            dropped = std::move(it->second);
            topic->subscribers.erase(it);
        }
        topic->last_used = steady_seconds();
    }
    topic_.reset();
}

Hub::Hub(HubOptions options) : options_(options), epoch_(random_epoch()) {
    if (options_.history == 0) options_.history = 1;
}

Hub::~Hub() = default;

std::shared_ptr<Hub::Topic> Hub::topic(std::string_view name, bool create) {
    std::lock_guard lock(topics_mutex_);
    const auto now = steady_seconds();
    if (now - last_sweep_ >= 60) {
        last_sweep_ = now;
        forget_idle_topics_locked(now);
    }
    auto it = topics_.find(std::string(name));
    if (it != topics_.end()) return it->second;
    if (!create) return nullptr;
    auto topic = std::make_shared<Topic>();
    topic->name = std::string(name);
    topic->last_used = now;
    topics_.emplace(topic->name, topic);
    return topic;
}

void Hub::forget_idle_topics_locked(std::int64_t now) {
    for (auto& [name, topic] : topics_) {
        std::lock_guard lock(topic->mutex);
        if (topic->subscribers.empty() && now - topic->last_used > kIdleTopicSeconds) {
            topic->kept.clear();
            topic->kept.shrink_to_fit();
            topic->kept_bytes = 0;
        }
    }
}

std::uint64_t Hub::publish(std::string_view name, const json::value& event) {
    auto topic = this->topic(name, true);
    std::vector<std::shared_ptr<Subscriber>> dropped;  // destroyed outside the lock
    std::lock_guard lock(topic->mutex);
    const auto seq = ++topic->head;
    auto message = std::make_shared<const std::string>(
        json::serialize(json::object{{"topic", name}, {"seq", seq}, {"event", event}}));
    topic->kept.emplace_back(seq, message);
    topic->kept_bytes += message->size();
    while (topic->kept.size() > options_.history ||
           (topic->kept.size() > 1 && topic->kept_bytes > options_.history_bytes)) {
        topic->kept_bytes -= topic->kept.front().second->size();
        topic->kept.pop_front();
    }
    topic->last_used = steady_seconds();
    topic->deliver_to_all(message, dropped);
    return seq;
}

Subscription Hub::subscribe(std::string_view name, const std::optional<Resume>& resume,
                            std::shared_ptr<Subscriber> subscriber) {
    auto topic = this->topic(name, true);
    std::lock_guard lock(topic->mutex);
    topic->last_used = steady_seconds();
    if (!subscriber->deliver(control_message("hello", name, topic->head, epoch_))) return {};
    if (resume && resume->since != topic->head) {
        const bool same_epoch = resume->epoch.empty() || resume->epoch == epoch_;
        // The first kept event must be the one right after `since` (or earlier) for nothing to be missing.
        const bool all_kept = same_epoch && resume->since < topic->head && !topic->kept.empty() &&
                              topic->kept.front().first <= resume->since + 1;
        if (all_kept) {
            for (const auto& [seq, message] : topic->kept) {
                if (seq <= resume->since) continue;
                if (!subscriber->deliver(message)) return {};
            }
        } else if (!subscriber->deliver(control_message("resync", name, topic->head, epoch_))) {
            return {};
        }
    } else if (resume && !resume->epoch.empty() && resume->epoch != epoch_) {
        if (!subscriber->deliver(control_message("resync", name, topic->head, epoch_))) return {};
    }
    const auto id = topic->next_subscriber++;
    topic->subscribers.emplace(id, std::move(subscriber));
    return Subscription(topic, id);
}

void Hub::resync_all() {
    std::vector<std::shared_ptr<Topic>> all;
    {
        std::lock_guard lock(topics_mutex_);
        for (auto& [name, topic] : topics_) all.push_back(topic);
    }
    for (auto& topic : all) {
        std::vector<std::shared_ptr<Subscriber>> dropped;
        std::lock_guard lock(topic->mutex);
        if (topic->subscribers.empty()) continue;
        auto message = control_message("resync", topic->name, topic->head, epoch_);
        topic->deliver_to_all(message, dropped);
    }
}

std::size_t Hub::subscriber_count() const {
    std::lock_guard lock(topics_mutex_);
    std::size_t total = 0;
    for (const auto& [name, topic] : topics_) {
        std::lock_guard topic_lock(topic->mutex);
        total += topic->subscribers.size();
    }
    return total;
}

std::uint64_t Hub::latest_seq(std::string_view name) const {
    std::shared_ptr<Topic> topic;
    {
        std::lock_guard lock(topics_mutex_);
        auto it = topics_.find(std::string(name));
        if (it == topics_.end()) return 0;
        topic = it->second;
    }
    std::lock_guard lock(topic->mutex);
    return topic->head;
}

}  // namespace trellis::live
