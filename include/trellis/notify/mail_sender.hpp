#pragma once
// Delivers the database outbox (store/mail_outbox.hpp) in the background, with retries and backoff.
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

#include "trellis/notify/mailer.hpp"
#include "trellis/store/database.hpp"

namespace trellis::notify {

class MailSender {
public:
    MailSender(store::Database& database, Mailer& mailer, std::function<std::int64_t()> now);
    ~MailSender();
    MailSender(const MailSender&) = delete;
    MailSender& operator=(const MailSender&) = delete;

    void start();  // background delivery: woken by wake(), otherwise every 15 seconds
    void wake();   // after a commit that queued mail
    void stop();   // one last delivery pass, then the thread ends

    // Sends every message due now; returns how many went out. A failure is retried after 30 s, 1, 2, 4 ... minutes
    // (at most an hour apart); after 8 failures the message is marked failed and kept with its error.
    std::size_t deliver_due();

    // Clears the bodies of messages sent or given up on before bodies were cleared at once (run at start);
    // returns how many.
    std::size_t clear_finished_bodies();

private:
    void run();
    store::Database& database_;
    Mailer& mailer_;
    std::function<std::int64_t()> now_;
    std::mutex mutex_;
    std::condition_variable wakeup_;
    bool woken_ = false;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace trellis::notify
