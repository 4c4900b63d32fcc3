#include "trellis/domain/network_meeting_text.hpp"

#include <fmt/format.h>

namespace trellis::domain {

std::string community_of_practice_name(Language language, std::string_view network_name) {
    return fmt::format(fmt::runtime(language == Language::es ? "{} — reuniones de la red" : "{} — network meetings"),
                       network_name);
}

std::string network_meeting_summary(Language language, const std::vector<std::string>& decisions,
                                    std::size_t action_items, std::size_t max_chars) {
    const bool es = language == Language::es;
    std::string listed;
    for (const auto& d : decisions) listed += (listed.empty() ? "" : "; ") + d;
    if (listed.size() > max_chars) {
        // Cut on a UTF-8 character boundary: never inside a multi-byte sequence.
        auto cut = max_chars;
        while (cut > 0 && (static_cast<unsigned char>(listed[cut]) & 0xC0) == 0x80) --cut;
        listed = listed.substr(0, cut) + "…";
    }
    std::string out = es ? "Reunión de la red." : "Network meeting.";
    if (!decisions.empty()) {
        // A decision written as a sentence already ends in its own full stop: do not add a second one.
        const bool ends_a_sentence = listed.ends_with('.') || listed.ends_with('!') || listed.ends_with('?');
        out += fmt::format(fmt::runtime(es ? " Acuerdos ({}): {}{}" : " Decisions ({}): {}{}"), decisions.size(),
                           listed, ends_a_sentence ? "" : ".");
    }
    out += fmt::format(fmt::runtime(es ? " Tareas: {}." : " Action items: {}."), action_items);
    return out;
}

}  // namespace trellis::domain
