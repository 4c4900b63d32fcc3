#pragma once
// What e-mail a person gets (issue 15): the kinds a person may turn off, the digest's frequency, the account's
// language, and dates written for that language. Pure; the settings live on the user's row (store).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "trellis/domain/server_text.hpp"

namespace trellis::domain {

// Every mail Trellis sends is one of these. `transactional` mail is always sent (password resets, invitations,
// meeting invitations and cancellations with their calendar file, network membership requests): it carries a
// link or a decision the person asked for or must answer. The others each have a switch and a one-click
// unsubscribe: the minutes of a closed meeting, reminders (today: the coaching-hours warnings of an agreement),
// and the follow-through digest (daily, weekly or never).
enum class MailKind { transactional, minutes, reminders, digest };

// "minutes", "reminders", "digest"; "" for transactional.
std::string_view mail_kind_name(MailKind kind);
// The kind a person may turn off, from its name; nullopt for anything else.
std::optional<MailKind> optional_mail_kind(std::string_view name);

// "en" or "es" for a stored or requested language; nullopt otherwise (the API answers 422).
std::optional<std::string> check_language(std::string_view value);
// "daily", "weekly" or "none"; nullopt otherwise.
std::optional<std::string> check_digest_frequency(std::string_view value);

// Whether the digest goes out on `today` (YYYY-MM-DD, UTC) for a person who chose `frequency`: every day for
// "daily", Mondays only for "weekly", never for "none".
bool digest_due_on(std::string_view frequency, const std::string& today);
// How far ahead a digest looks: 3 days for a daily digest, a week for the weekly one.
int digest_horizon_days(std::string_view frequency);

// "December 7, 2026" / "7 de diciembre de 2026" for a YYYY-MM-DD date; the text as given when it is not one.
std::string format_date(Language language, std::string_view iso_date);
// A time of day is written on a meeting's own clock: trellis/domain/zoned_time.hpp.

}  // namespace trellis::domain
