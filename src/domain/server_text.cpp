#include "trellis/domain/server_text.hpp"

#include <fmt/format.h>

#include "trellis/domain/identifiers.hpp"

namespace trellis::domain {

namespace {

struct Texts {
    std::string_view carried_over;  // {title} ({owner}, due {date})
    std::string_view carried_over_outreach;
    std::string_view due;  // " (due {date})"
    std::string_view no_owner;
    std::string_view grade_span;   // {span}
    std::string_view perspective;  // {label}
};

// The translation table: English as the server wrote it before, and Spanish in the web app's words
// ("Trasladado" is its badge for a carried-over item).
constexpr Texts kEnglish{"Carried over: {} ({}, due {})",
                         "Carried over: {}",
                         " (due {})",
                         "no owner",
                         "Invite someone who works with {} grades",
                         "Invite someone who brings this perspective: {}"};
constexpr Texts kSpanish{"Trasladado: {} ({}, vence el {})",
                         "Trasladado: {}",
                         " (vence el {})",
                         "sin responsable",
                         "Invitar a alguien que trabaje con los grados {}",
                         "Invitar a alguien que aporte esta perspectiva: {}"};

const Texts& texts(Language language) { return language == Language::es ? kSpanish : kEnglish; }

// The grade span keys (domain/representation.hpp) read as English words inside the English text, but not
// inside the Spanish one: "los grados elementary" is no Spanish. Unknown spans ("K-5") stay as given.
std::string_view grade_span_in(Language language, std::string_view span) {
    if (language != Language::es) return span;
    if (span == "elementary") return "de primaria";
    if (span == "middle") return "de secundaria";
    if (span == "high") return "de preparatoria";
    return span;
}

}  // namespace

Language language_from_tag(std::string_view tag) {
    const auto primary = lowercase_ascii(tag.substr(0, tag.find_first_of("-_,; ")));
    return primary == "es" ? Language::es : Language::en;
}

std::string carried_over_action_item(Language language, std::string_view title, std::string_view owner,
                                     std::string_view due_on) {
    const auto& t = texts(language);
    return fmt::format(fmt::runtime(t.carried_over), title, owner.empty() ? t.no_owner : owner, due_on);
}

std::string carried_over_outreach_item(Language language, std::string_view title,
                                       const std::optional<std::string>& due_on) {
    const auto& t = texts(language);
    auto out = fmt::format(fmt::runtime(t.carried_over_outreach), title);
    if (due_on) out += fmt::format(fmt::runtime(t.due), *due_on);
    return out;
}

std::string grade_span_outreach_title(Language language, std::string_view grade_span) {
    return fmt::format(fmt::runtime(texts(language).grade_span), grade_span_in(language, grade_span));
}

std::string perspective_outreach_title(Language language, std::string_view label) {
    return fmt::format(fmt::runtime(texts(language).perspective), label);
}

}  // namespace trellis::domain
