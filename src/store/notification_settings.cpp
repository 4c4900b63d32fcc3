#include "trellis/store/notification_settings.hpp"

namespace trellis::store {

namespace {

constexpr const char* kColumns = "language, mail_minutes, mail_reminders, mail_digest";

NotificationSettings read_settings(const Row& row, std::size_t first) {
    return {row.text(first), row.integer(first + 1) != 0, row.integer(first + 2) != 0, row.text(first + 3)};
}

}  // namespace

std::optional<NotificationSettings> notification_settings(Connection& db, std::int64_t user_id) {
    const auto row = db.query_one(std::string("SELECT ") + kColumns + " FROM users WHERE id = ?", {user_id});
    if (!row) return std::nullopt;
    return read_settings(*row, 0);
}

void save_notification_settings(Connection& db, std::int64_t user_id, const NotificationSettings& s) {
    db.execute("UPDATE users SET language = ?, mail_minutes = ?, mail_reminders = ?, mail_digest = ? WHERE id = ?",
               {s.language, std::int64_t{s.minutes ? 1 : 0}, std::int64_t{s.reminders ? 1 : 0}, s.digest, user_id});
}

std::optional<MailAccount> mail_account(Connection& db, const std::string& email) {
    const auto row = db.query_one(std::string("SELECT id, ") + kColumns + " FROM users WHERE email = ?", {email});
    if (!row) return std::nullopt;
    return MailAccount{row->integer(0), read_settings(*row, 1)};
}

void insert_unsubscribe_token(Connection& db, const std::string& token_hash, std::int64_t user_id,
                              const std::string& kind, std::int64_t now) {
    db.execute("INSERT INTO unsubscribe_tokens (token_hash, user_id, kind, created_at) VALUES (?, ?, ?, ?)",
               {token_hash, user_id, kind, now});
}

std::optional<UnsubscribeToken> find_unsubscribe_token(Connection& db, const std::string& token_hash) {
    const auto row = db.query_one("SELECT user_id, kind FROM unsubscribe_tokens WHERE token_hash = ?", {token_hash});
    if (!row) return std::nullopt;
    return UnsubscribeToken{row->integer(0), row->text(1)};
}

}  // namespace trellis::store
