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
std::vector<QueuedMail> claim_due_mail(Connection& db, std::int64_t now, std::int64_t lease_seconds,
                                       std::int64_t limit);
// A message that is done with (sent, or given up on) keeps only `record_json` (who, subject: for operators):
// its body held reset and invitation links, which must not lie in the database once they are on their way.
void mark_mail_sent(Connection& db, std::int64_t id, std::int64_t now, const std::string& record_json);
// Schedules another attempt at `retry_at` (the body is kept for it).
void retry_mail(Connection& db, std::int64_t id, const std::string& error, std::int64_t retry_at);
// Gives up: kept as failed with its error and `record_json`, never deleted.
void give_up_mail(Connection& db, std::int64_t id, const std::string& error, const std::string& record_json);
// Messages done with that still hold their body (written before bodies were cleared), to be cleared with
// keep_mail_record.
std::vector<QueuedMail> finished_mail_with_bodies(Connection& db, std::int64_t limit);
void keep_mail_record(Connection& db, std::int64_t id, const std::string& record_json);

// What waits and what was given up on, for operators (/metrics).
struct MailOutboxCounts {
    std::int64_t queued = 0;  // not yet delivered (waiting or being retried)
    std::int64_t failed = 0;  // given up on after every retry
};
MailOutboxCounts mail_outbox_counts(Connection& db);

}  // namespace trellis::store
