#include "trellis/domain/coaching_export_text.hpp"

#include <array>
#include <utility>

namespace trellis::domain {

namespace {

constexpr CoachingSheetText kEnglish{"Coaching log", "Date",  "Kind",          "Hours", "Over",       "Coaches",
                                     "Teams",        "Focus", "Guide section", "Notes", "Next steps", "Follow-up date"};
constexpr CoachingSheetText kSpanish{"Registro de acompañamiento", "Fecha",   "Tipo",           "Horas",
                                     "Excede lo contratado",       "Coaches", "Equipos",        "Enfoque",
                                     "Sección de la guía",         "Notas",   "Próximos pasos", "Fecha de seguimiento"};

using Words = std::array<std::pair<std::string_view, std::array<std::string_view, 2>>, 4>;
constexpr Words kKinds = {{{"site_visit", {"Site visit", "Visita a sitio"}},
                           {"virtual_coaching", {"Virtual coaching", "Acompañamiento virtual"}},
                           {"professional_learning", {"Professional learning", "Aprendizaje profesional"}},
                           {"network_meeting", {"Network meeting", "Reunión de la red"}}}};
constexpr std::array<std::pair<std::string_view, std::array<std::string_view, 2>>, 3> kStatuses = {
    {{"proposed", {"proposed", "propuesto"}},
     {"accepted", {"accepted", "aceptado"}},
     {"declined", {"declined", "rechazado"}}}};

template <typename Table>
std::string words_of(const Table& table, Language language, std::string_view key) {
    for (const auto& [k, words] : table) {
        if (k == key) return std::string(words[language == Language::es ? 1 : 0]);
    }
    return std::string(key);
}

}  // namespace

const CoachingSheetText& coaching_sheet_text(Language language) {
    return language == Language::es ? kSpanish : kEnglish;
}

std::string coaching_kind_words(Language language, std::string_view kind) { return words_of(kKinds, language, kind); }

std::string next_step_status_words(Language language, std::string_view status) {
    return words_of(kStatuses, language, status);
}

}  // namespace trellis::domain
