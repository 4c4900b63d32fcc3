#pragma once
// Outgoing mail waits in the database, written in the same transaction as the change it announces, so a mail
// is neither lost when the SMTP server is down nor sent for a change that was rolled back.
#include <cstdint>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct QueuedMail {
    std::int64_t id = 0;
    std::string message_json;  // notify::mail_to_json
    std::int64_t attempts = 0;
};

void enqueue_mail(Connection& db, const std::string& recipient, const std::string& message_json, std::int64_t now);
// Claims up to `limit` messages due now for `lease_seconds`, so two instances never send the same message.
std::vector<QueuedMail> claim_due_mail(Connection& db, std::int64_t now, std::int64_t lease_seconds, std::int64_t limit);
void mark_mail_sent(Connection& db, std::int64_t id, std::int64_t now);
// Schedules another attempt at `retry_at`, or gives up (kept with its error, never deleted) when retry_at is 0.
void mark_mail_failed(Connection& db, std::int64_t id, const std::string& error, std::int64_t retry_at);

}  // namespace trellis::store
