#include "trellis/domain/export_text.hpp"

#include <fmt/format.h>

namespace trellis::domain {

namespace {

constexpr MeasureSheetText kEnglish{"Measures",
                                    "Points",
                                    "Signals",
                                    "Measure",
                                    "Unit",
                                    "Direction",
                                    "Numerator",
                                    "Denominator",
                                    "Baseline points",
                                    "Points",
                                    "Median",
                                    "Latest date",
                                    "Latest value",
                                    "Signals",
                                    "Date",
                                    "Value",
                                    "Note",
                                    "Astronomical",
                                    "Rule",
                                    "First date",
                                    "Last date",
                                    "higher is better",
                                    "lower is better",
                                    "shift",
                                    "trend",
                                    "runs",
                                    "none"};

constexpr MeasureSheetText kSpanish{"Medidas",
                                    "Puntos",
                                    "Señales",
                                    "Medida",
                                    "Unidad",
                                    "Dirección",
                                    "Numerador",
                                    "Denominador",
                                    "Puntos de la línea base",
                                    "Puntos",
                                    "Mediana",
                                    "Fecha del último dato",
                                    "Último valor",
                                    "Señales",
                                    "Fecha",
                                    "Valor",
                                    "Nota",
                                    "Astronómico",
                                    "Regla",
                                    "Primera fecha",
                                    "Última fecha",
                                    "más alto es mejor",
                                    "más bajo es mejor",
                                    "desplazamiento",
                                    "tendencia",
                                    "corridas",
                                    "ninguna"};

struct Sentences {
    std::string_view shift_above, shift_below, trend_up, trend_down;  // {points} {from} {to}
    std::string_view too_few, too_many;                               // {runs} {lower} {upper}
};

constexpr Sentences kEnglishSentences{"{} points in a row above the median from {} to {}: a shift",
                                      "{} points in a row below the median from {} to {}: a shift",
                                      "{} points in a row going up from {} to {}: a trend",
                                      "{} points in a row going down from {} to {}: a trend",
                                      "{} runs where {} to {} are expected: too few runs",
                                      "{} runs where {} to {} are expected: too many runs"};

constexpr Sentences kSpanishSentences{"{} puntos seguidos por encima de la mediana de {} a {}: un desplazamiento",
                                      "{} puntos seguidos por debajo de la mediana de {} a {}: un desplazamiento",
                                      "{} puntos seguidos en aumento de {} a {}: una tendencia",
                                      "{} puntos seguidos en descenso de {} a {}: una tendencia",
                                      "{} corridas cuando se esperan de {} a {}: muy pocas corridas",
                                      "{} corridas cuando se esperan de {} a {}: demasiadas corridas"};

const Sentences& sentences(Language language) {
    return language == Language::es ? kSpanishSentences : kEnglishSentences;
}

}  // namespace

const MeasureSheetText& measure_sheet_text(Language language) { return language == Language::es ? kSpanish : kEnglish; }

std::string direction_words(Language language, std::string_view direction) {
    const auto& text = measure_sheet_text(language);
    if (direction == "higher_is_better") return std::string(text.higher_is_better);
    if (direction == "lower_is_better") return std::string(text.lower_is_better);
    return std::string(direction);
}

std::string shift_sentence(Language language, Movement side, std::size_t points, std::string_view from,
                           std::string_view to) {
    const auto& s = sentences(language);
    return fmt::format(fmt::runtime(side == Movement::up ? s.shift_above : s.shift_below), points, from, to);
}

std::string trend_sentence(Language language, Movement way, std::size_t points, std::string_view from,
                           std::string_view to) {
    const auto& s = sentences(language);
    return fmt::format(fmt::runtime(way == Movement::up ? s.trend_up : s.trend_down), points, from, to);
}

std::string runs_sentence(Language language, const RunsTest& runs) {
    const auto& s = sentences(language);
    const int lower = runs.limits ? runs.limits->lower : 0;
    const int upper = runs.limits ? runs.limits->upper : 0;
    return fmt::format(fmt::runtime(runs.verdict == RunsVerdict::too_many ? s.too_many : s.too_few), runs.observed,
                       lower, upper);
}

std::string data_view_point_note(Language language, std::string_view indicator, int year, std::string_view group,
                                 std::string_view org_code) {
    const auto* text = language == Language::es ? "De la vista de datos: {}, {}–{:02}, grupo {}, {}"
                                                : "From the data view: {}, {}–{:02}, group {}, {}";
    return fmt::format(fmt::runtime(text), indicator, year, (year + 1) % 100, group, org_code);
}

}  // namespace trellis::domain
