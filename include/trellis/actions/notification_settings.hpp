#pragma once
// Each person's language and which e-mail they get (issue 15), and the one place that addresses mail to a
// person: it asks their settings (a kind they turned off is not written at all), picks their language, and
// gives every mail of a kind they may turn off its one-click unsubscribe.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/domain/mail_preferences.hpp"
#include "trellis/notify/mailer.hpp"
#include "trellis/store/notification_settings.hpp"

namespace trellis::actions {

// The caller's own settings (signed in).
store::NotificationSettings my_notification_settings(const Caller& caller);

// A change to some of them; what is absent stays. Values are checked by the caller's parser
// (domain::check_language, check_digest_frequency).
struct SettingsChange {
    std::optional<std::string> language;
    std::optional<bool> minutes;
    std::optional<bool> reminders;
    std::optional<std::string> digest;
};
store::NotificationSettings change_notification_settings(const Caller& caller, const SettingsChange& change);

// A new account's language: the one its person used the app in (the caller's, from Accept-Language).
void set_new_account_language(const Caller& caller, std::int64_t user_id);

// Follows a one-click unsubscribe link: turns that kind off for its person. False for an unknown token.
// Following it again changes nothing and answers true.
bool unsubscribe(store::Connection& db, const std::string& token);

// The mail to `email` of `kind`, written by `write` in the language of the account behind the address (English
// for an address without one), or nullopt when the person turned the kind off. For a kind they may turn off, a
// new unsubscribe token is stored (hashed) in `db` and the message gets List-Unsubscribe, List-Unsubscribe-Post
// and a visible link. `public_url` is the server's public base URL.
std::optional<notify::MailMessage> personal_mail(
    store::Connection& db, const std::string& email, domain::MailKind kind, const std::string& public_url,
    std::int64_t now, const std::function<notify::MailMessage(const std::string& language)>& write);

// Whether the person behind `email` takes mail of `kind` (an address without an account takes every kind).
bool wants_mail(store::Connection& db, const std::string& email, domain::MailKind kind);

// The frequency of the digest the person behind `email` chose ("daily" for an address without an account).
std::string digest_frequency(store::Connection& db, const std::string& email);

}  // namespace trellis::actions
