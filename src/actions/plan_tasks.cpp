// The plan's tasks: their rules (owner, links, dependencies without cycles), promotion of a meeting's action
// item, and keeping a promoted task and its item in step (actions/plan.hpp).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "trellis/actions/plan.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/domain/plan.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {

namespace {

// “Train staff” → “Book room” → “Train staff”
std::string cycle_in_words(const std::vector<std::int64_t>& cycle, const std::map<std::int64_t, std::string>& titles) {
    std::string out;
    for (const auto id : cycle) {
        if (!out.empty()) out += " → ";
        const auto found = titles.find(id);
        out += fmt::format("“{}”", found == titles.end() ? fmt::format("task {}", id) : found->second);
    }
    return out;
}

Outcome check_dependencies(const Caller& caller, const store::PlanTask& task) {
    std::map<std::int64_t, std::string> titles;
    for (const auto& t : store::team_tasks(caller.db, task.team_id)) titles[t.id] = t.title;
    titles[task.id] = task.title;
    std::vector<domain::DependencyEdge> proposed;
    for (const auto id : task.depends_on) {
        if (id == task.id) return invalid("depends_on", "a task cannot depend on itself");
        if (!titles.contains(id)) return invalid("depends_on", fmt::format("task {} is not a task of this plan", id));
        proposed.push_back({task.id, id});
    }
    std::vector<domain::DependencyEdge> existing;
    for (const auto& [from, to] : store::team_task_dependencies(caller.db, task.team_id))
        existing.push_back({from, to});
    const auto cycle = domain::find_dependency_cycle(existing, proposed);
    if (cycle.empty()) return {};
    auto failure = invalid("depends_on", "this would make a cycle: " + cycle_in_words(cycle, titles)).error();
    failure.cycle = cycle;
    return std::unexpected(std::move(failure));
}

// Everything but the dependencies (checked once the task has an id).
Outcome check_task(const Caller& caller, store::PlanTask& task) {
    if (task.title.empty()) return invalid("title", "is required");
    if (auto problem = domain::check_task_status(task.status)) return invalid("status", *problem);
    if (task.area)
        if (auto problem = domain::check_plan_area(*task.area)) return invalid("area", *problem);
    if (task.due_on)
        if (auto problem = domain::check_date(*task.due_on)) return invalid("due_on", *problem);
    if (task.owner_member_id && !store::find_member(caller.db, task.team_id, *task.owner_member_id))
        return invalid("owner_member_id",
                       fmt::format("member {} is not on this team: the owner must be a current team member",
                                   *task.owner_member_id));
    if (task.objective_id && !store::find_objective(caller.db, task.team_id, *task.objective_id))
        return invalid("objective_id", fmt::format("objective {} is not in this team's plan", *task.objective_id));
    if (task.milestone_id && !store::find_milestone(caller.db, task.team_id, *task.milestone_id))
        return invalid("milestone_id", fmt::format("milestone {} is not in this team's plan", *task.milestone_id));
    std::ranges::sort(task.depends_on);
    const auto [first, last] = std::ranges::unique(task.depends_on);
    task.depends_on.erase(first, last);
    task.updated_by_name = caller.principal.name;
    task.updated_at = caller.now;
    return {};
}

}  // namespace

Result<store::PlanTask> create_task(const Caller& caller, store::PlanTask draft) {
    if (auto checked = check_task(caller, draft); !checked) return std::unexpected(checked.error());
    // A new task has no dependents yet, so its own edges cannot close a cycle; the ids must still be the team's.
    if (auto checked = check_dependencies(caller, draft); !checked) return std::unexpected(checked.error());
    draft.id = store::insert_task(caller.db, draft, caller.principal.user_id);
    store::replace_task_dependencies(caller.db, draft.id, draft.depends_on);
    return *store::find_task(caller.db, draft.team_id, draft.id);
}

Result<store::PlanTask> edit_task(const Caller& caller, store::PlanTask edited) {
    const auto current = store::find_task(caller.db, edited.team_id, edited.id);
    if (!current) return fail(FailureKind::not_found, fmt::format("task {} of team {}", edited.id, edited.team_id));
    if (auto checked = check_task(caller, edited); !checked) return std::unexpected(checked.error());
    if (auto checked = check_dependencies(caller, edited); !checked) return std::unexpected(checked.error());
    if (!store::update_task(caller.db, edited, caller.principal.user_id))
        return fail(FailureKind::stale_edit, fmt::format("task {}", edited.id));
    store::replace_task_dependencies(caller.db, edited.id, edited.depends_on);
    if (current->action_item_id && current->status != edited.status)
        keep_promoted_in_step(caller, *current->action_item_id, StatusChanged::task);
    return *store::find_task(caller.db, edited.team_id, edited.id);
}

Outcome remove_task(const Caller& caller, std::int64_t team_id, std::int64_t task_id) {
    if (!store::delete_task(caller.db, team_id, task_id))
        return fail(FailureKind::not_found, fmt::format("task {} of team {}", task_id, team_id));
    return {};
}

Result<store::PlanTask> promote_action_item(const Caller& caller, std::int64_t action_item_id,
                                            std::optional<std::string> area, std::optional<std::int64_t> objective_id,
                                            std::optional<std::int64_t> milestone_id) {
    const auto item = store::find_action_item(caller.db, action_item_id);
    if (!item) return fail(FailureKind::not_found, fmt::format("action item {}", action_item_id));
    if (const auto task = store::find_task_of_action_item(caller.db, action_item_id))
        return fail(FailureKind::conflict,
                    fmt::format("action item {} is already task {} of the plan", action_item_id, task->id));
    if (item->status == "dropped")
        return fail(FailureKind::conflict,
                    fmt::format("action item {} was dropped: reopen it before making it a plan task", action_item_id));
    store::PlanTask draft;
    draft.team_id = item->team_id;
    draft.title = item->title;
    draft.owner_member_id = item->owner_member_id;
    draft.due_on = item->due_on;
    draft.status = item->status == "done" ? "done" : "not_started";
    draft.area = std::move(area);
    draft.objective_id = objective_id;
    draft.milestone_id = milestone_id;
    draft.action_item_id = action_item_id;
    if (auto checked = check_task(caller, draft); !checked) return std::unexpected(checked.error());
    draft.id = store::insert_task(caller.db, draft, caller.principal.user_id);
    return *store::find_task(caller.db, draft.team_id, draft.id);
}

void keep_promoted_in_step(const Caller& caller, std::int64_t action_item_id, StatusChanged changed) {
    auto item = store::find_action_item(caller.db, action_item_id);
    auto task = store::find_task_of_action_item(caller.db, action_item_id);
    if (!item || !task || item->status == "dropped") return;
    const bool task_done = task->status == "done";
    const bool item_done = item->status == "done";
    if (task_done == item_done) return;
    if (changed == StatusChanged::task) {
        item->status = task_done ? "done" : "open";
        item->done_on.reset();
        if (task_done) item->done_on = domain::utc_date(caller.now);
        item->status_changed_by = caller.principal.user_id;
        item->status_changed_at = caller.now;
        store::update_action_item(caller.db, *item);
    } else {
        task->status = item_done ? "done" : "in_progress";
        task->updated_by_name = caller.principal.name;
        task->updated_at = caller.now;
        store::update_task(caller.db, *task, caller.principal.user_id);
    }
}

}  // namespace trellis::actions
