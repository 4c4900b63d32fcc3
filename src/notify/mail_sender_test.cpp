// Delivery from the outbox: retried after a failure, sent once, kept with its error when it never goes through.
// The mailer here stands in for an SMTP server that is down (the real SMTP path is tested against aiosmtpd
// in mailer_test.cpp and the black-box tests).
#include "trellis/notify/mail_sender.hpp"

#include <gtest/gtest.h>

#include <filesystem>

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
