#pragma once
// The words of the plan's and the self-assessments' sheets in a team's export (issue 13): sheet names, headers
// and the closed vocabularies (plan areas, task statuses, the five-point scale, criterion results) in English and
// Spanish, the Spanish in the web app's words.
#include <string>
#include <string_view>

#include "trellis/domain/self_assessment.hpp"
#include "trellis/domain/server_text.hpp"

namespace trellis::domain {

struct PlanSheetText {
    // sheet names
    std::string_view goals_sheet, tasks_sheet, plan_sheet, assessments_sheet, criteria_sheet;
    // headers
    std::string_view goal, description, lcap_priorities, objective, measure, unit, direction, baseline, baseline_date,
        target, target_date, task, area, owner, due, status, depends_on, milestone, from_meeting, overdue, kind, text,
        date, detail, term, taken_on, rating, scale, evidence, criterion, threshold, observed, result;
    // the kinds of row on the plan sheet
    std::string_view vision, activity, barrier, done, not_done;
};

const PlanSheetText& plan_sheet_text(Language language);

// "Use of data" for "use_of_data"; "" for no area; an unknown key as stored.
std::string plan_area_words(Language language, std::string_view area);
// "In progress" for "in_progress"; an unknown key as stored.
std::string task_status_words(Language language, std::string_view status);
// "4 full implementation" for 4.
std::string rating_words(Language language, int rating);
std::string criterion_result_words(Language language, CriterionResult result);

}  // namespace trellis::domain
