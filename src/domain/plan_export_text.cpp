#include "trellis/domain/plan_export_text.hpp"

#include <fmt/format.h>

#include <array>
#include <iterator>

#include "trellis/domain/plan.hpp"

namespace trellis::domain {

namespace {

constexpr PlanSheetText kEnglish{"Goals",
                                 "Tasks",
                                 "Plan",
                                 "Self-assessments",
                                 "Criteria results",
                                 "Goal",
                                 "Description",
                                 "LCAP priorities",
                                 "Objective",
                                 "Measure",
                                 "Unit",
                                 "Direction",
                                 "Baseline",
                                 "Baseline date",
                                 "Target",
                                 "Target date",
                                 "Task",
                                 "Area",
                                 "Owner",
                                 "Due",
                                 "Status",
                                 "Depends on",
                                 "Milestone",
                                 "From meeting",
                                 "Overdue",
                                 "Kind",
                                 "Text",
                                 "Date",
                                 "Detail",
                                 "Term",
                                 "Taken on",
                                 "Rating",
                                 "Scale",
                                 "Evidence",
                                 "Criterion",
                                 "Threshold",
                                 "Observed",
                                 "Result",
                                 "Vision",
                                 "Activity",
                                 "Barrier",
                                 "done",
                                 "not done"};

constexpr PlanSheetText kSpanish{"Metas",
                                 "Tareas",
                                 "Plan",
                                 "Autoevaluaciones",
                                 "Resultados de criterios",
                                 "Meta",
                                 "Descripción",
                                 "Prioridades del LCAP",
                                 "Objetivo",
                                 "Medida",
                                 "Unidad",
                                 "Dirección",
                                 "Línea de base",
                                 "Fecha de la línea de base",
                                 "Meta numérica",
                                 "Fecha de la meta",
                                 "Tarea",
                                 "Área",
                                 "Responsable",
                                 "Fecha límite",
                                 "Estado",
                                 "Depende de",
                                 "Hito",
                                 "De la reunión",
                                 "Atrasada",
                                 "Tipo",
                                 "Texto",
                                 "Fecha",
                                 "Detalle",
                                 "Periodo",
                                 "Fecha de la autoevaluación",
                                 "Calificación",
                                 "Escala",
                                 "Evidencia",
                                 "Criterio",
                                 "Umbral",
                                 "Observado",
                                 "Resultado",
                                 "Visión",
                                 "Actividad",
                                 "Obstáculo",
                                 "cumplido",
                                 "pendiente"};

// In the order of kPlanAreas.
constexpr std::array<std::string_view, 6> kAreasEn = {"Communication and feedback", "Use of data",
                                                      "Teacher learning",           "Recruitment and retention",
                                                      "Families and community",     "Continuous improvement"};
constexpr std::array<std::string_view, 6> kAreasEs = {
    "Comunicación y retroalimentación", "Uso de datos",         "Aprendizaje docente",
    "Contratación y retención",         "Familias y comunidad", "Mejora continua"};
// In the order of kTaskStatuses.
constexpr std::array<std::string_view, 4> kStatusesEn = {"Not started", "In progress", "Done", "Blocked"};
constexpr std::array<std::string_view, 4> kStatusesEs = {"Sin empezar", "En curso", "Hecha", "Bloqueada"};
// California's five-point self-reflection scale, 1 to 5.
constexpr std::array<std::string_view, 5> kScaleEn = {"exploration and research", "beginning development",
                                                      "initial implementation", "full implementation",
                                                      "full implementation and sustainability"};
constexpr std::array<std::string_view, 5> kScaleEs = {"exploración e investigación", "desarrollo inicial",
                                                      "implementación inicial", "implementación plena",
                                                      "implementación plena y sostenibilidad"};

template <std::size_t N, std::size_t M>
std::string word_for(std::string_view key, const std::string_view (&keys)[N],
                     const std::array<std::string_view, M>& words) {
    static_assert(N == M);
    for (std::size_t i = 0; i < N; ++i)
        if (keys[i] == key) return std::string(words[i]);
    return std::string(key);
}

}  // namespace

const PlanSheetText& plan_sheet_text(Language language) { return language == Language::es ? kSpanish : kEnglish; }

std::string plan_area_words(Language language, std::string_view area) {
    return word_for(area, kPlanAreas, language == Language::es ? kAreasEs : kAreasEn);
}

std::string task_status_words(Language language, std::string_view status) {
    return word_for(status, kTaskStatuses, language == Language::es ? kStatusesEs : kStatusesEn);
}

std::string rating_words(Language language, int rating) {
    if (rating < kLowestRating || rating > kHighestRating) return std::to_string(rating);
    const auto& scale = language == Language::es ? kScaleEs : kScaleEn;
    return fmt::format("{} {}", rating, scale[static_cast<std::size_t>(rating - 1)]);
}

std::string criterion_result_words(Language language, CriterionResult result) {
    static constexpr std::array<std::string_view, 3> kEn = {"met", "not met", "not observed"};
    static constexpr std::array<std::string_view, 3> kEs = {"cumplido", "no cumplido", "sin observar"};
    return std::string((language == Language::es ? kEs : kEn)[static_cast<std::size_t>(result)]);
}

}  // namespace trellis::domain
