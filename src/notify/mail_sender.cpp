#include "trellis/notify/mail_sender.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>

#include "trellis/notify/mail_json.hpp"
#include "trellis/store/mail_outbox.hpp"

namespace trellis::notify {

namespace {

constexpr std::int64_t kLeaseSeconds = 120;  // longer than one SMTP exchange (curl gives up after 30 s)
// Claimed one at a time, just before sending: a claim lasts kLeaseSeconds, which covers one exchange but not a
// batch of slow ones, and another instance's sender takes over a claim that has run out (mail sent twice).
constexpr std::int64_t kClaimAtOnce = 1;
constexpr std::int64_t kBatch = 20;
constexpr std::int64_t kMaxAttempts = 8;

std::int64_t retry_delay(std::int64_t attempts) {
    return std::min<std::int64_t>(3600, 30LL << std::min<std::int64_t>(attempts, 7));
}

}  // namespace

MailSender::MailSender(store::Database& database, Mailer& mailer, std::function<std::int64_t()> now)
    : database_(database), mailer_(mailer), now_(std::move(now)) {}

MailSender::~MailSender() { stop(); }

void MailSender::start() {
    if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
}

void MailSender::wake() {
    {
        std::lock_guard lock(mutex_);
        woken_ = true;
    }
    wakeup_.notify_one();
}

void MailSender::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wakeup_.notify_one();
    if (thread_.joinable()) thread_.join();
}

std::size_t MailSender::deliver_due() {
    auto db = database_.acquire();
    std::size_t sent = 0;
    while (true) {
        const auto batch = store::claim_due_mail(*db, now_(), kLeaseSeconds, kClaimAtOnce);
        if (batch.empty()) return sent;
        for (const auto& queued : batch) {
            const auto message = mail_from_json(queued.message_json);
            if (!message) {
                store::give_up_mail(*db, queued.id, "unreadable message in the outbox", mail_record_json({}));
                continue;
            }
            if (auto result = mailer_.send(*message); result) {
                store::mark_mail_sent(*db, queued.id, now_(), mail_record_json(*message));
                ++sent;
            } else {
                const bool give_up = queued.attempts + 1 >= kMaxAttempts;
                spdlog::warn("mail {} to {} failed (attempt {}{}): {}", queued.id, message->to, queued.attempts + 1,
                             give_up ? ", giving up" : ", will retry", result.error());
                if (give_up) {
                    store::give_up_mail(*db, queued.id, result.error(), mail_record_json(*message));
                } else {
                    store::retry_mail(*db, queued.id, result.error(), now_() + retry_delay(queued.attempts));
                }
            }
        }
    }
}

std::size_t MailSender::clear_finished_bodies() {
    auto db = database_.acquire();
    std::size_t cleared = 0;
    while (true) {
        const auto batch = store::finished_mail_with_bodies(*db, kBatch);
        if (batch.empty()) return cleared;
        for (const auto& finished : batch) {
            const auto message = mail_from_json(finished.message_json);
            store::keep_mail_record(*db, finished.id, mail_record_json(message.value_or(MailMessage{})));
            ++cleared;
        }
    }
}

void MailSender::run() {
    try {
        if (const auto cleared = clear_finished_bodies()) spdlog::info("cleared the bodies of {} sent mails", cleared);
    } catch (const std::exception& e) {
        spdlog::error("clearing the bodies of sent mail failed: {}", e.what());
    }
    while (true) {
        try {
            deliver_due();
        } catch (const std::exception& e) {
            spdlog::error("mail delivery pass failed: {}", e.what());
        }
        std::unique_lock lock(mutex_);
        if (stopping_) break;
        wakeup_.wait_for(lock, std::chrono::seconds(15), [this] { return woken_ || stopping_; });
        woken_ = false;
        if (stopping_) {
            lock.unlock();
            try {
                deliver_due();  // what the last requests queued before shutdown
            } catch (const std::exception& e) {
                spdlog::error("final mail delivery pass failed: {}", e.what());
            }
            break;
        }
    }
}

}  // namespace trellis::notify
