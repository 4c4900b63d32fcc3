#include "trellis/actions/notification_settings.hpp"

#include "trellis/auth/secrets.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/notify/unsubscribe.hpp"

namespace trellis::actions {

namespace {

void turn_off(store::NotificationSettings& settings, domain::MailKind kind) {
    switch (kind) {
        case domain::MailKind::minutes:
            settings.minutes = false;
            break;
        case domain::MailKind::reminders:
            settings.reminders = false;
            break;
        case domain::MailKind::digest:
            settings.digest = "none";
            break;
        case domain::MailKind::transactional:
            break;
    }
}

bool wanted(const store::NotificationSettings& settings, domain::MailKind kind) {
    switch (kind) {
        case domain::MailKind::minutes:
            return settings.minutes;
        case domain::MailKind::reminders:
            return settings.reminders;
        case domain::MailKind::digest:
            return settings.digest != "none";
        case domain::MailKind::transactional:
            break;
    }
    return true;
}

}  // namespace

store::NotificationSettings my_notification_settings(const Caller& caller) {
    return store::notification_settings(caller.db, caller.principal.user_id).value_or(store::NotificationSettings{});
}

store::NotificationSettings change_notification_settings(const Caller& caller, const SettingsChange& change) {
    auto settings = my_notification_settings(caller);
    if (change.language) settings.language = *change.language;
    if (change.minutes) settings.minutes = *change.minutes;
    if (change.reminders) settings.reminders = *change.reminders;
    if (change.digest) settings.digest = *change.digest;
    store::save_notification_settings(caller.db, caller.principal.user_id, settings);
    return settings;
}

void set_new_account_language(const Caller& caller, std::int64_t user_id) {
    auto settings = store::notification_settings(caller.db, user_id).value_or(store::NotificationSettings{});
    settings.language = caller.language == domain::Language::es ? "es" : "en";
    store::save_notification_settings(caller.db, user_id, settings);
}

bool unsubscribe(store::Connection& db, const std::string& token) {
    if (token.empty() || token.size() > 100) return false;
    const auto found = store::find_unsubscribe_token(db, auth::token_hash(token));
    if (!found) return false;
    const auto kind = domain::optional_mail_kind(found->kind);
    auto settings = store::notification_settings(db, found->user_id);
    if (!kind || !settings) return false;
    turn_off(*settings, *kind);
    store::save_notification_settings(db, found->user_id, *settings);
    return true;
}

std::optional<notify::MailMessage> personal_mail(
    store::Connection& db, const std::string& email, domain::MailKind kind, const std::string& public_url,
    std::int64_t now, const std::function<notify::MailMessage(const std::string& language)>& write) {
    const auto account = store::mail_account(db, domain::lowercase_ascii(email));
    const auto settings = account ? account->settings : store::NotificationSettings{};
    if (!wanted(settings, kind)) return std::nullopt;
    auto message = write(settings.language);
    if (account && kind != domain::MailKind::transactional) {
        const auto token = auth::new_token();
        store::insert_unsubscribe_token(db, auth::token_hash(token), account->user_id,
                                        std::string(domain::mail_kind_name(kind)), now);
        notify::add_unsubscribe(message, kind, domain::language_from_tag(settings.language),
                                public_url + "/api/v1/unsubscribe/" + token, public_url + "/unsubscribe/" + token);
    }
    return message;
}

bool wants_mail(store::Connection& db, const std::string& email, domain::MailKind kind) {
    const auto account = store::mail_account(db, domain::lowercase_ascii(email));
    return wanted(account ? account->settings : store::NotificationSettings{}, kind);
}

std::string digest_frequency(store::Connection& db, const std::string& email) {
    const auto account = store::mail_account(db, domain::lowercase_ascii(email));
    return account ? account->settings.digest : "daily";
}

}  // namespace trellis::actions
