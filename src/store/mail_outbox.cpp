#include "trellis/store/mail_outbox.hpp"

namespace trellis::store {

void enqueue_mail(Connection& db, const std::string& recipient, const std::string& message_json, std::int64_t now) {
    db.execute(
        "INSERT INTO mail_outbox (recipient, message_json, created_at, next_attempt_at, attempts, status) "
        "VALUES (?, ?, ?, ?, 0, 'queued')",
        {recipient, message_json, now, now});
}

std::vector<QueuedMail> claim_due_mail(Connection& db, std::int64_t now, std::int64_t lease_seconds,
                                       std::int64_t limit) {
    std::vector<QueuedMail> claimed;
    Transaction transaction(db);
    for (const auto& row : db.query("SELECT id, message_json, attempts FROM mail_outbox WHERE status = 'queued' "
                                    "AND next_attempt_at <= ? ORDER BY id LIMIT ?",
                                    {now, limit})) {
        // The version check on next_attempt_at makes the claim atomic between instances.
        if (db.execute("UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ? AND status = 'queued' "
                       "AND next_attempt_at <= ?",
                       {now + lease_seconds, row.integer(0), now}) == 1) {
            claimed.push_back({row.integer(0), row.text(1), row.integer(2)});
        }
    }
    transaction.commit();
    return claimed;
}

void mark_mail_sent(Connection& db, std::int64_t id, std::int64_t now, const std::string& record_json) {
    db.execute(
        "UPDATE mail_outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL, "
        "message_json = ? WHERE id = ?",
        {now, record_json, id});
}

void retry_mail(Connection& db, std::int64_t id, const std::string& error, std::int64_t retry_at) {
    db.execute("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?",
               {error, retry_at, id});
}

void give_up_mail(Connection& db, std::int64_t id, const std::string& error, const std::string& record_json) {
    db.execute(
        "UPDATE mail_outbox SET status = 'failed', attempts = attempts + 1, last_error = ?, message_json = ? "
        "WHERE id = ?",
        {error, record_json, id});
}

std::vector<QueuedMail> finished_mail_with_bodies(Connection& db, std::int64_t limit) {
    std::vector<QueuedMail> found;
    // A record's body is the empty string; inside a JSON string a quote is escaped, so this text can only be
    // the "text" member itself.
    for (const auto& row : db.query("SELECT id, message_json, attempts FROM mail_outbox WHERE status <> 'queued' "
                                    "AND message_json NOT LIKE '%\"text\":\"\"%' ORDER BY id LIMIT ?",
                                    {limit})) {
        found.push_back({row.integer(0), row.text(1), row.integer(2)});
    }
    return found;
}

void keep_mail_record(Connection& db, std::int64_t id, const std::string& record_json) {
    db.execute("UPDATE mail_outbox SET message_json = ? WHERE id = ?", {record_json, id});
}

MailOutboxCounts mail_outbox_counts(Connection& db) {
    MailOutboxCounts counts;
    for (const auto& row :
         db.query("SELECT status, COUNT(*) FROM mail_outbox WHERE status IN ('queued', 'failed') GROUP BY status")) {
        (row.text(0) == "queued" ? counts.queued : counts.failed) = row.integer(1);
    }
    return counts;
}

}  // namespace trellis::store
