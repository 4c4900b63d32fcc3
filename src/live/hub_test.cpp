#include "trellis/live/hub.hpp"

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <mutex>
#include <thread>

#include "trellis/live/pg_relay.hpp"

namespace trellis::live {
namespace {

namespace json = boost::json;

// Collects what it is sent; refuses once it holds `capacity` messages (a client that stopped reading).
class Recorder final : public Subscriber {
public:
    explicit Recorder(std::size_t capacity = 100000) : capacity_(capacity) {}
    bool deliver(const Message& message) override {
        std::lock_guard lock(mutex_);
        if (messages_.size() >= capacity_) return false;
        messages_.push_back(json::parse(*message).as_object());
        return true;
    }
    std::vector<json::object> messages() {
        std::lock_guard lock(mutex_);
        return messages_;
    }
    // seqs of events (not hello or resync)
    std::vector<std::uint64_t> seqs() {
        std::vector<std::uint64_t> out;
        for (const auto& m : messages()) {
            if (!m.contains("type")) out.push_back(m.at("seq").to_number<std::uint64_t>());
        }
        return out;
    }

private:
    std::mutex mutex_;
    std::size_t capacity_;
    std::vector<json::object> messages_;
};

json::value edit(int n) { return json::object{{"type", "note.saved"}, {"n", n}}; }

TEST(LiveHub, NumbersEventsPerTopicAndDeliversThemInOrder) {
    Hub hub;
    auto a = std::make_shared<Recorder>();
    auto b = std::make_shared<Recorder>();
    auto sa = hub.subscribe("meeting:1", std::nullopt, a);
    auto sb = hub.subscribe("meeting:2", std::nullopt, b);
    for (int i = 0; i < 5; ++i) EXPECT_EQ(hub.publish("meeting:1", edit(i)), static_cast<std::uint64_t>(i + 1));
    EXPECT_EQ(hub.publish("meeting:2", edit(9)), 1U);

    const auto messages = a->messages();
    ASSERT_EQ(messages.size(), 6U);
    EXPECT_EQ(messages[0].at("type"), "hello");
    EXPECT_EQ(messages[0].at("seq"), 0);
    EXPECT_EQ(messages[0].at("epoch").as_string(), hub.epoch());
    EXPECT_EQ(messages[3].at("topic"), "meeting:1");
    EXPECT_EQ(messages[3].at("event").at("n"), 2);
    EXPECT_EQ(a->seqs(), (std::vector<std::uint64_t>{1, 2, 3, 4, 5}));
    EXPECT_EQ(b->seqs(), (std::vector<std::uint64_t>{1}));
}

TEST(LiveHub, ResumesAfterTheLastSeenEventWithoutLossOrRepeats) {
    Hub hub;
    for (int i = 0; i < 10; ++i) hub.publish("meeting:1", edit(i));
    auto again = std::make_shared<Recorder>();
    auto subscription = hub.subscribe("meeting:1", Resume{7, hub.epoch()}, again);
    hub.publish("meeting:1", edit(10));
    EXPECT_EQ(again->seqs(), (std::vector<std::uint64_t>{8, 9, 10, 11}));
    EXPECT_EQ(again->messages().front().at("seq"), 10);  // hello carries the latest seq at subscription

    auto up_to_date = std::make_shared<Recorder>();
    auto s2 = hub.subscribe("meeting:1", Resume{11, ""}, up_to_date);
    EXPECT_TRUE(up_to_date->seqs().empty());
    ASSERT_EQ(up_to_date->messages().size(), 1U);  // hello only: nothing missed, no resync
}

TEST(LiveHub, AsksForAResyncWhenWhatWasMissedIsNoLongerKept) {
    Hub hub(HubOptions{.history = 5});
    for (int i = 0; i < 20; ++i) hub.publish("meeting:1", edit(i));
    auto late = std::make_shared<Recorder>();
    auto s1 = hub.subscribe("meeting:1", Resume{3, ""}, late);
    auto messages = late->messages();
    ASSERT_EQ(messages.size(), 2U);
    EXPECT_EQ(messages[1].at("type"), "resync");
    EXPECT_EQ(messages[1].at("seq"), 20);

    // Just inside the window: 16..20 are kept, so since=15 resumes.
    auto inside = std::make_shared<Recorder>();
    auto s2 = hub.subscribe("meeting:1", Resume{15, ""}, inside);
    EXPECT_EQ(inside->seqs(), (std::vector<std::uint64_t>{16, 17, 18, 19, 20}));

    // Numbers from another life of the hub (another epoch, or ahead of this one) cannot be trusted.
    auto other_epoch = std::make_shared<Recorder>();
    auto s3 = hub.subscribe("meeting:1", Resume{18, "another"}, other_epoch);
    EXPECT_EQ(other_epoch->messages().back().at("type"), "resync");
    auto ahead = std::make_shared<Recorder>();
    auto s4 = hub.subscribe("meeting:1", Resume{99, ""}, ahead);
    EXPECT_EQ(ahead->messages().back().at("type"), "resync");
}

TEST(LiveHub, DropsASubscriberThatStopsTakingMessagesAndKeepsServingTheOthers) {
    Hub hub;
    auto slow = std::make_shared<Recorder>(3);  // hello + 2 events, then full
    auto fine = std::make_shared<Recorder>();
    auto s1 = hub.subscribe("meeting:1", std::nullopt, slow);
    auto s2 = hub.subscribe("meeting:1", std::nullopt, fine);
    EXPECT_EQ(hub.subscriber_count(), 2U);
    for (int i = 0; i < 10; ++i) hub.publish("meeting:1", edit(i));
    EXPECT_EQ(slow->seqs().size(), 2U);
    EXPECT_EQ(fine->seqs().size(), 10U);
    EXPECT_EQ(hub.subscriber_count(), 1U);
    s1.reset();  // unsubscribing a dropped subscriber is harmless
    s2.reset();
    EXPECT_EQ(hub.subscriber_count(), 0U);
}

TEST(LiveHub, ConcurrentPublishersNeverReorderOrLoseEvents) {
    Hub hub;
    auto recorder = std::make_shared<Recorder>();
    auto subscription = hub.subscribe("meeting:1", std::nullopt, recorder);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&hub] {
            for (int i = 0; i < 500; ++i) hub.publish("meeting:1", edit(i));
        });
    }
    for (auto& t : threads) t.join();
    const auto seqs = recorder->seqs();
    ASSERT_EQ(seqs.size(), 2000U);
    for (std::size_t i = 0; i < seqs.size(); ++i) ASSERT_EQ(seqs[i], i + 1);
}

TEST(LiveHub, ResyncAllTellsEverySubscriberToReload) {
    Hub hub;
    auto recorder = std::make_shared<Recorder>();
    auto subscription = hub.subscribe("meeting:4", std::nullopt, recorder);
    hub.resync_all();
    EXPECT_EQ(recorder->messages().back().at("type"), "resync");
}

TEST(PostgresRelay, PayloadsStayUnderTheNotifyLimitAndOwnEventsAreSkipped) {
    Hub hub;
    PostgresRelay relay("postgresql://unused", hub);
    const auto small = notify_payload(relay.origin(), "meeting:3", edit(1));
    EXPECT_FALSE(relay.apply(small));  // ours
    EXPECT_EQ(hub.latest_seq("meeting:3"), 0U);

    PostgresRelay other("postgresql://unused", hub);
    auto recorder = std::make_shared<Recorder>();
    auto subscription = hub.subscribe("meeting:3", std::nullopt, recorder);
    EXPECT_TRUE(other.apply(small));  // another instance's: published here
    EXPECT_EQ(recorder->messages().back().at("event").at("n"), 1);

    json::object big{{"type", "note.saved"}, {"meeting_id", 3}, {"text", std::string(9000, 'x')}};
    const auto payload = notify_payload(relay.origin(), "meeting:3", big);
    EXPECT_LE(payload.size(), kMaxNotifyPayload);
    EXPECT_TRUE(other.apply(payload));
    const auto changed = recorder->messages().back().at("event").as_object();
    EXPECT_EQ(changed.at("type"), "changed");
    EXPECT_EQ(changed.at("meeting_id"), 3);
    EXPECT_FALSE(other.apply("not json"));
}

}  // namespace
}  // namespace trellis::live
