// Delivery from the outbox: retried after a failure, sent once, kept with its error when it never goes through.
// The mailer here stands in for an SMTP server that is down (the real SMTP path is tested against aiosmtpd
// in mailer_test.cpp and the black-box tests).
#include "trellis/notify/mail_sender.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>

#include "trellis/notify/mail_json.hpp"
#include "trellis/store/mail_outbox.hpp"

using namespace trellis;

namespace {

class FlakyMailer : public notify::Mailer {
public:
    int failures_left = 0;
    std::vector<std::string> delivered;
    std::expected<void, std::string> send(const notify::MailMessage& message) override {
        if (failures_left > 0) {
            --failures_left;
            return std::unexpected("connection refused");
        }
        delivered.push_back(message.subject);
        return {};
    }
};

class MailSenderTest : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = std::filesystem::temp_directory_path() / ("outbox-" + std::to_string(::getpid()) + ".db");
        std::filesystem::remove(path_);
        database_ = store::Database::open("sqlite://" + path_.string(), 2);
        database_->migrate();
    }
    void TearDown() override {
        database_.reset();
        for (const auto* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_.string() + suffix);
    }
    void queue(const std::string& subject) {
        auto db = database_->acquire();
        store::enqueue_mail(*db, "a@b.org", notify::mail_to_json({"a@b.org", "", subject, "body", {}, {}}), now_);
    }
    std::string status() {
        auto db = database_->acquire();
        return db->query_one("SELECT status FROM mail_outbox")->text(0);
    }
    std::filesystem::path path_;
    std::unique_ptr<store::Database> database_;
    std::int64_t now_ = 1'800'000'000;
};

}  // namespace

TEST_F(MailSenderTest, RetriesAfterAFailureAndSendsOnce) {
    FlakyMailer mailer;
    mailer.failures_left = 1;
    notify::MailSender sender(*database_, mailer, [this] { return now_; });
    queue("Minutes");
    EXPECT_EQ(sender.deliver_due(), 0u);
    EXPECT_EQ(status(), "queued");
    EXPECT_EQ(sender.deliver_due(), 0u) << "not retried before its time";
    now_ += 31;
    EXPECT_EQ(sender.deliver_due(), 1u);
    EXPECT_EQ(sender.deliver_due(), 0u);
    EXPECT_EQ(mailer.delivered, std::vector<std::string>{"Minutes"});
    EXPECT_EQ(status(), "sent");
}

TEST_F(MailSenderTest, GivesUpAfterEightFailuresAndKeepsTheMessage) {
    FlakyMailer mailer;
    mailer.failures_left = 100;
    notify::MailSender sender(*database_, mailer, [this] { return now_; });
    queue("Invitation");
    for (int i = 0; i < 10; ++i) {
        sender.deliver_due();
        now_ += 3601;
    }
    EXPECT_EQ(status(), "failed");
    EXPECT_EQ(mailer.failures_left, 92);
    auto db = database_->acquire();
    EXPECT_EQ(db->query_one("SELECT last_error FROM mail_outbox")->text(0), "connection refused");
}

TEST_F(MailSenderTest, ASentMessageKeepsItsRecipientAndSubjectButNotItsBody) {
    FlakyMailer mailer;
    notify::MailSender sender(*database_, mailer, [this] { return now_; });
    queue("Reset your password");
    EXPECT_EQ(sender.deliver_due(), 1u);
    auto db = database_->acquire();
    const auto row = db->query_one("SELECT recipient, message_json, sent_at FROM mail_outbox");
    EXPECT_EQ(row->text(0), "a@b.org");
    const auto kept = notify::mail_from_json(row->text(1));
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->subject, "Reset your password");
    EXPECT_EQ(kept->text, "");
    EXPECT_EQ(row->optional_integer(2), now_);
}

TEST_F(MailSenderTest, AMessageGivenUpOnKeepsItsBodyUntilThen) {
    FlakyMailer mailer;
    mailer.failures_left = 100;
    notify::MailSender sender(*database_, mailer, [this] { return now_; });
    queue("Invitation");
    auto body = [this] {
        auto db = database_->acquire();
        return notify::mail_from_json(db->query_one("SELECT message_json FROM mail_outbox")->text(0))->text;
    };
    sender.deliver_due();
    EXPECT_EQ(body(), "body") << "kept for the next attempt";
    for (int i = 0; i < 10; ++i) {
        now_ += 3601;
        sender.deliver_due();
    }
    EXPECT_EQ(status(), "failed");
    EXPECT_EQ(body(), "");
}

TEST_F(MailSenderTest, BodiesOfMailSentBeforeTheyWereClearedAreClearedAtStart) {
    FlakyMailer mailer;
    notify::MailSender sender(*database_, mailer, [this] { return now_; });
    queue("Old invitation");
    auto db = database_->acquire();
    db->execute("UPDATE mail_outbox SET status = 'sent', sent_at = ?", {now_});  // as an older version left it
    EXPECT_EQ(sender.clear_finished_bodies(), 1u);
    EXPECT_EQ(sender.clear_finished_bodies(), 0u);
    const auto kept = notify::mail_from_json(db->query_one("SELECT message_json FROM mail_outbox")->text(0));
    EXPECT_EQ(kept->subject, "Old invitation");
    EXPECT_EQ(kept->text, "");
}

namespace {

// An SMTP exchange that takes `seconds` of the shared clock; during the second one, another instance's sender
// makes a pass over the same outbox (several instances run a sender each).
class SlowMailer : public notify::Mailer {
public:
    SlowMailer(std::int64_t& now, std::int64_t seconds, std::vector<std::string>& delivered)
        : now_(now), seconds_(seconds), delivered_(delivered) {}
    std::function<void()> during_second_send;
    std::expected<void, std::string> send(const notify::MailMessage& message) override {
        now_ += seconds_;
        if (++calls_ == 2 && during_second_send) during_second_send();
        delivered_.push_back(message.subject);
        return {};
    }

private:
    std::int64_t& now_;
    std::int64_t seconds_;
    std::vector<std::string>& delivered_;
    int calls_ = 0;
};

class RecordingMailer : public notify::Mailer {
public:
    explicit RecordingMailer(std::vector<std::string>& delivered) : delivered_(delivered) {}
    std::expected<void, std::string> send(const notify::MailMessage& message) override {
        delivered_.push_back(message.subject);
        return {};
    }

private:
    std::vector<std::string>& delivered_;
};

}  // namespace

TEST_F(MailSenderTest, TwoInstancesSendEachMessageOnceEvenWhenTheSmtpServerIsSlow) {
    std::vector<std::string> delivered;
    SlowMailer slow(now_, 100, delivered);  // each message takes 100 s: a batch outlives a 120 s claim
    RecordingMailer quick(delivered);
    notify::MailSender first(*database_, slow, [this] { return now_; });
    notify::MailSender second(*database_, quick, [this] { return now_; });
    slow.during_second_send = [&] { second.deliver_due(); };
    for (const auto* subject : {"one", "two", "three", "four"}) queue(subject);
    first.deliver_due();
    second.deliver_due();
    std::sort(delivered.begin(), delivered.end());
    EXPECT_EQ(delivered, (std::vector<std::string>{"four", "one", "three", "two"}));
}
