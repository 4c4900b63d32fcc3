#include "actions/assessment_sheets.hpp"

#include "trellis/actions/self_assessments.hpp"
#include "trellis/domain/plan_export_text.hpp"

namespace trellis::actions {

namespace {

using domain::Language;
using sheets::Cell;
using sheets::CellType;
using sheets::date_cell;
using sheets::number_cell;
using sheets::Sheet;
using sheets::text_cell;

std::string column(std::string_view header) { return std::string(header); }

// Oldest first, so that the sheet reads as the ratings over time.
Sheet ratings_sheet(Language language, const TeamAssessments& team) {
    const auto& t = domain::plan_sheet_text(language);
    Sheet sheet{column(t.assessments_sheet),
                {{column(t.term), CellType::text, 14},
                 {column(t.taken_on), CellType::date, 12},
                 {column(t.area), CellType::text, 30},
                 {column(t.rating), CellType::integer, 8},
                 {column(t.scale), CellType::text, 40},
                 {column(t.evidence), CellType::text, 60}},
                {}};
    for (auto a = team.assessments.rbegin(); a != team.assessments.rend(); ++a) {
        for (const auto& r : a->assessment.ratings)
            sheet.rows.push_back({text_cell(a->assessment.term), date_cell(a->assessment.taken_on),
                                  text_cell(domain::plan_area_words(language, r.area)), Cell{r.rating},
                                  text_cell(domain::rating_words(language, static_cast<int>(r.rating))),
                                  text_cell(r.evidence)});
    }
    return sheet;
}

Sheet criteria_sheet(Language language, const TeamAssessments& team) {
    const auto& t = domain::plan_sheet_text(language);
    Sheet sheet{column(t.criteria_sheet),
                {{column(t.term), CellType::text, 14},
                 {column(t.taken_on), CellType::date, 12},
                 {column(t.criterion), CellType::text, 50},
                 {column(t.threshold), CellType::number, 10},
                 {column(t.unit), CellType::text, 8},
                 {column(t.observed), CellType::number, 10},
                 {column(t.result), CellType::text, 14}},
                {}};
    for (auto a = team.assessments.rbegin(); a != team.assessments.rend(); ++a) {
        for (const auto& r : a->results)
            sheet.rows.push_back({text_cell(a->assessment.term), date_cell(a->assessment.taken_on),
                                  text_cell(r.criterion.description), Cell{r.criterion.threshold},
                                  text_cell(r.criterion.unit), number_cell(r.observed),
                                  text_cell(domain::criterion_result_words(language, r.result))});
    }
    return sheet;
}

}  // namespace

std::vector<sheets::Sheet> assessment_sheets(const Caller& caller, std::int64_t team_id) {
    const auto team = team_assessments(caller, team_id);
    return {ratings_sheet(caller.language, team), criteria_sheet(caller.language, team)};
}

}  // namespace trellis::actions
