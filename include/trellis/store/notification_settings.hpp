#pragma once
// Each person's language and which e-mail they get (columns of `users`, migration 16), and the one-click
// unsubscribe tokens of the mail they may turn off.
#include <cstdint>
#include <optional>
#include <string>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct NotificationSettings {
    std::string language = "en";  // "en" or "es"
    bool minutes = true;
    bool reminders = true;
    std::string digest = "daily";  // "daily", "weekly" or "none"
};

std::optional<NotificationSettings> notification_settings(Connection& db, std::int64_t user_id);
void save_notification_settings(Connection& db, std::int64_t user_id, const NotificationSettings& settings);

// The account behind an address (lower-case), with its settings: mail to it follows them.
struct MailAccount {
    std::int64_t user_id = 0;
    NotificationSettings settings;
};
std::optional<MailAccount> mail_account(Connection& db, const std::string& email);

void insert_unsubscribe_token(Connection& db, const std::string& token_hash, std::int64_t user_id,
                              const std::string& kind, std::int64_t now);
struct UnsubscribeToken {
    std::int64_t user_id = 0;
    std::string kind;  // "minutes", "reminders" or "digest"
};
std::optional<UnsubscribeToken> find_unsubscribe_token(Connection& db, const std::string& token_hash);

}  // namespace trellis::store
