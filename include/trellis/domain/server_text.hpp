#pragma once
// Text the server writes into the team's own records, for people to read later: the agenda items a new
// meeting carries over, and the default titles of "who is missing" outreach items. One table, English and
// Spanish, so the text can follow the reader's language (the web app translates only what it renders itself).
#include <optional>
#include <string>
#include <string_view>

namespace trellis::domain {

enum class Language { en, es };

// "es", "es-MX", "ES" -> es; anything else (including empty) -> en.
Language language_from_tag(std::string_view tag);

// "Carried over: Call the PTA (Ana, due 2025-03-01)"; an empty owner reads "no owner".
std::string carried_over_action_item(Language language, std::string_view title, std::string_view owner,
                                     std::string_view due_on);
// "Carried over: Invite two students (due 2025-03-01)"; without a due date, no parenthesis.
std::string carried_over_outreach_item(Language language, std::string_view title,
                                       const std::optional<std::string>& due_on);

// The default title of an outreach item for a missing grade span ("K-5") or perspective (its label in
// `language`, or its key when the perspective is unknown).
std::string grade_span_outreach_title(Language language, std::string_view grade_span);
std::string perspective_outreach_title(Language language, std::string_view label);

}  // namespace trellis::domain
