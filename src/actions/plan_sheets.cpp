#include "actions/plan_sheets.hpp"

#include <fmt/format.h>

#include <map>
#include <string>

#include "trellis/actions/plan.hpp"
#include "trellis/domain/export_text.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/plan_export_text.hpp"

namespace trellis::actions {

namespace {

using domain::Language;
using sheets::Cell;
using sheets::CellType;
using sheets::count_cell;
using sheets::date_cell;
using sheets::number_cell;
using sheets::optional_date_cell;
using sheets::Sheet;
using sheets::text_cell;

std::string column(std::string_view header) { return std::string(header); }

std::string priorities_text(const std::vector<std::int64_t>& priorities) {
    return fmt::format("{}", fmt::join(priorities, ", "));
}

Cell area_cell(Language language, const std::optional<std::string>& area) {
    return area ? text_cell(domain::plan_area_words(language, *area)) : Cell{};
}

Sheet goals_sheet(Language language, const PlanView& plan) {
    const auto& t = domain::plan_sheet_text(language);
    Sheet sheet{column(t.goals_sheet),
                {{column(t.goal), CellType::text, 36},
                 {column(t.description), CellType::text, 40},
                 {column(t.lcap_priorities), CellType::text, 14},
                 {column(t.objective), CellType::text, 44},
                 {column(t.measure), CellType::text, 32},
                 {column(t.unit), CellType::text, 8},
                 {column(t.direction), CellType::text, 18},
                 {column(t.baseline), CellType::number, 10},
                 {column(t.baseline_date), CellType::date, 12},
                 {column(t.target), CellType::number, 10},
                 {column(t.target_date), CellType::date, 12}},
                {}};
    for (const auto& goal : plan.goals) {
        const sheets::Row head = {text_cell(goal.title), text_cell(goal.description),
                                  text_cell(priorities_text(goal.lcap_priorities))};
        bool any = false;
        for (const auto& o : plan.objectives) {
            if (o.goal_id != goal.id) continue;
            any = true;
            auto row = head;
            row.insert(row.end(), {text_cell(o.description), text_cell(o.measure_name), text_cell(o.unit),
                                   text_cell(domain::direction_words(language, o.direction)),
                                   number_cell(o.baseline_value), optional_date_cell(o.baseline_date),
                                   number_cell(o.target_value), optional_date_cell(o.target_date)});
            sheet.rows.push_back(std::move(row));
        }
        if (!any) {
            auto row = head;
            row.resize(sheet.columns.size());
            sheet.rows.push_back(std::move(row));
        }
    }
    return sheet;
}

template <typename Item>
std::map<std::int64_t, std::string> titles_by_id(const std::vector<Item>& items, std::string Item::*field) {
    std::map<std::int64_t, std::string> out;
    for (const auto& item : items) out[item.id] = item.*field;
    return out;
}

Sheet tasks_sheet(Language language, const PlanView& plan, const std::string& today) {
    const auto& t = domain::plan_sheet_text(language);
    Sheet sheet{column(t.tasks_sheet),
                {{column(t.task), CellType::text, 40},
                 {column(t.area), CellType::text, 26},
                 {column(t.owner), CellType::text, 22},
                 {column(t.due), CellType::date, 12},
                 {column(t.status), CellType::text, 14},
                 {column(t.overdue), CellType::boolean, 10},
                 {column(t.depends_on), CellType::text, 40},
                 {column(t.objective), CellType::text, 36},
                 {column(t.milestone), CellType::text, 28},
                 {column(t.from_meeting), CellType::text, 28}},
                {}};
    const auto tasks = titles_by_id(plan.tasks, &store::PlanTask::title);
    const auto objectives = titles_by_id(plan.objectives, &store::Objective::description);
    const auto milestones = titles_by_id(plan.milestones, &store::Milestone::title);
    for (const auto& task : plan.tasks) {
        std::vector<std::string> depends;
        for (const auto id : task.depends_on) depends.push_back(tasks.contains(id) ? tasks.at(id) : std::to_string(id));
        const bool overdue = task.due_on && *task.due_on < today && task.status != "done";
        sheet.rows.push_back(
            {text_cell(task.title), area_cell(language, task.area), text_cell(task.owner_name),
             optional_date_cell(task.due_on), text_cell(domain::task_status_words(language, task.status)), overdue,
             text_cell(fmt::format("{}", fmt::join(depends, "; "))),
             task.objective_id && objectives.contains(*task.objective_id) ? text_cell(objectives.at(*task.objective_id))
                                                                          : Cell{},
             task.milestone_id && milestones.contains(*task.milestone_id) ? text_cell(milestones.at(*task.milestone_id))
                                                                          : Cell{},
             text_cell(task.meeting_title)});
    }
    return sheet;
}

// The rest of the plan, one row per item: the vision, each area's activities, the milestones, the barriers.
Sheet plan_sheet(Language language, const PlanView& plan) {
    const auto& t = domain::plan_sheet_text(language);
    Sheet sheet{column(t.plan_sheet),
                {{column(t.kind), CellType::text, 12},
                 {column(t.area), CellType::text, 26},
                 {column(t.text), CellType::text, 60},
                 {column(t.date), CellType::date, 12},
                 {column(t.detail), CellType::text, 50}},
                {}};
    if (plan.vision)
        sheet.rows.push_back({text_cell(column(t.vision)), Cell{}, text_cell(plan.vision->text),
                              date_cell(domain::utc_date(plan.vision->written_at)),
                              text_cell(plan.vision->written_by_name)});
    for (const auto& a : plan.activities)
        sheet.rows.push_back({text_cell(column(t.activity)), text_cell(domain::plan_area_words(language, a.area)),
                              text_cell(a.description), Cell{}, Cell{}});
    for (const auto& m : plan.milestones)
        sheet.rows.push_back({text_cell(column(t.milestone)), area_cell(language, m.area), text_cell(m.title),
                              date_cell(m.due_on), text_cell(column(m.done ? t.done : t.not_done))});
    for (const auto& b : plan.barriers)
        sheet.rows.push_back({text_cell(column(t.barrier)), area_cell(language, b.area), text_cell(b.description),
                              Cell{}, text_cell(b.response)});
    return sheet;
}

}  // namespace

std::vector<sheets::Sheet> plan_sheets(const Caller& caller, std::int64_t team_id) {
    const auto plan = plan_view(caller, team_id);
    const auto today = domain::utc_date(caller.now);
    return {goals_sheet(caller.language, plan), tasks_sheet(caller.language, plan, today),
            plan_sheet(caller.language, plan)};
}

}  // namespace trellis::actions
