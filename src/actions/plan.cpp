// The plan's vision, goals, objectives, activities, milestones and barriers (actions/plan.hpp); tasks are in
// plan_tasks.cpp.
#include <fmt/format.h>

#include <algorithm>

#include "trellis/actions/plan.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/domain/plan.hpp"
#include "trellis/store/measures.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {

namespace {

std::unexpected<Failure> missing(std::string_view what, std::int64_t id, std::int64_t team_id) {
    return fail(FailureKind::not_found, fmt::format("{} {} of team {}", what, id, team_id));
}

std::unexpected<Failure> stale(std::string_view what, std::int64_t id) {
    return fail(FailureKind::stale_edit, fmt::format("{} {}", what, id));
}

Outcome check_optional_area(const std::optional<std::string>& area) {
    if (area)
        if (auto problem = domain::check_plan_area(*area)) return invalid("area", *problem);
    return {};
}

bool is_county_office(const Caller& caller, std::int64_t team_id) {
    const auto team = store::find_team(caller.db, team_id);
    if (!team) return false;
    const auto org = store::find_organization(caller.db, team->organization_id);
    return org && org->kind == "county_office";
}

Outcome check_goal(const Caller& caller, store::Goal& goal) {
    if (goal.title.empty()) return invalid("title", "is required");
    const bool county = is_county_office(caller, goal.team_id);
    for (const auto p : goal.lcap_priorities)
        if (auto problem = domain::check_lcap_priority(p, county)) return invalid("lcap_priorities", *problem);
    std::ranges::sort(goal.lcap_priorities);
    const auto [first, last] = std::ranges::unique(goal.lcap_priorities);
    goal.lcap_priorities.erase(first, last);
    return {};
}

Outcome check_optional_date(std::string_view field, const std::optional<std::string>& date) {
    if (date)
        if (auto problem = domain::check_date(*date)) return invalid(std::string(field), *problem);
    return {};
}

// The measure the team's, the direction known, the dates real and the target not before the baseline.
Outcome check_objective(const Caller& caller, store::Objective& o) {
    if (o.description.empty()) return invalid("description", "is required");
    std::optional<store::Measure> measure;
    if (o.measure_id) {
        measure = store::find_measure(caller.db, *o.measure_id);
        if (!measure || measure->team_id != o.team_id)
            return invalid("measure_id", fmt::format("measure {} is not one of this team's measures", *o.measure_id));
    }
    if (o.direction.empty()) o.direction = measure ? measure->direction : "higher_is_better";
    if (o.unit.empty() && measure) o.unit = measure->unit;
    if (o.direction != "higher_is_better" && o.direction != "lower_is_better")
        return invalid("direction", "must be higher_is_better or lower_is_better");
    if (auto checked = check_optional_date("baseline_date", o.baseline_date); !checked) return checked;
    if (auto checked = check_optional_date("target_date", o.target_date); !checked) return checked;
    if (o.baseline_date && o.target_date && *o.target_date < *o.baseline_date)
        return invalid("target_date",
                       fmt::format("{} is before the baseline date {}", *o.target_date, *o.baseline_date));
    return {};
}

Outcome check_milestone(const store::Milestone& m) {
    if (m.title.empty()) return invalid("title", "is required");
    if (auto problem = domain::check_date(m.due_on)) return invalid("due_on", *problem);
    return check_optional_area(m.area);
}

Outcome check_barrier(const store::Barrier& b) {
    if (b.description.empty()) return invalid("description", "is required");
    return check_optional_area(b.area);
}

Outcome check_activity(const store::Activity& a) {
    if (a.description.empty()) return invalid("description", "is required");
    if (auto problem = domain::check_plan_area(a.area)) return invalid("area", *problem);
    return {};
}

}  // namespace

PlanView plan_view(const Caller& caller, std::int64_t team_id) {
    PlanView v;
    auto history = store::vision_history(caller.db, team_id);
    if (!history.empty()) v.vision = std::move(history.front());
    v.goals = store::team_goals(caller.db, team_id);
    v.objectives = store::team_objectives(caller.db, team_id);
    v.activities = store::team_activities(caller.db, team_id);
    v.milestones = store::team_milestones(caller.db, team_id);
    v.tasks = store::team_tasks(caller.db, team_id);
    v.barriers = store::team_barriers(caller.db, team_id);
    return v;
}

Result<store::VisionVersion> write_vision(const Caller& caller, std::int64_t team_id, const std::string& text,
                                          std::int64_t version) {
    if (text.empty()) return invalid("text", "is required");
    const auto history = store::vision_history(caller.db, team_id);
    const std::int64_t current = history.empty() ? 0 : history.front().version;
    if (version != current) return stale("the vision of team", team_id);
    store::VisionVersion v{current + 1, text, caller.principal.name, caller.now};
    store::insert_vision_version(caller.db, team_id, v, caller.principal.user_id);
    return v;
}

Result<store::Goal> create_goal(const Caller& caller, store::Goal draft) {
    if (auto checked = check_goal(caller, draft); !checked) return std::unexpected(checked.error());
    draft.id = store::insert_goal(caller.db, draft, caller.now);
    return *store::find_goal(caller.db, draft.team_id, draft.id);
}

Result<store::Goal> edit_goal(const Caller& caller, store::Goal edited) {
    if (auto checked = check_goal(caller, edited); !checked) return std::unexpected(checked.error());
    if (!store::update_goal(caller.db, edited)) return stale("goal", edited.id);
    return *store::find_goal(caller.db, edited.team_id, edited.id);
}

Outcome remove_goal(const Caller& caller, std::int64_t team_id, std::int64_t goal_id) {
    if (!store::find_goal(caller.db, team_id, goal_id)) return missing("goal", goal_id, team_id);
    if (const auto n = store::goal_objective_count(caller.db, team_id, goal_id); n > 0)
        return fail(FailureKind::conflict, fmt::format("goal {} still has {} objective{}: remove or move them first",
                                                       goal_id, n, n == 1 ? "" : "s"));
    store::delete_goal(caller.db, team_id, goal_id);
    return {};
}

Result<store::Objective> create_objective(const Caller& caller, store::Objective draft) {
    if (!store::find_goal(caller.db, draft.team_id, draft.goal_id))
        return missing("goal", draft.goal_id, draft.team_id);
    if (auto checked = check_objective(caller, draft); !checked) return std::unexpected(checked.error());
    draft.id = store::insert_objective(caller.db, draft, caller.now);
    return *store::find_objective(caller.db, draft.team_id, draft.id);
}

Result<store::Objective> edit_objective(const Caller& caller, store::Objective edited) {
    if (auto checked = check_objective(caller, edited); !checked) return std::unexpected(checked.error());
    if (!store::update_objective(caller.db, edited)) return stale("objective", edited.id);
    return *store::find_objective(caller.db, edited.team_id, edited.id);
}

Outcome remove_objective(const Caller& caller, std::int64_t team_id, std::int64_t objective_id) {
    if (!store::delete_objective(caller.db, team_id, objective_id)) return missing("objective", objective_id, team_id);
    return {};
}

Result<store::Activity> create_activity(const Caller& caller, store::Activity draft) {
    if (auto checked = check_activity(draft); !checked) return std::unexpected(checked.error());
    draft.id = store::insert_activity(caller.db, draft, caller.now);
    return *store::find_activity(caller.db, draft.team_id, draft.id);
}

Result<store::Activity> edit_activity(const Caller& caller, store::Activity edited) {
    if (auto checked = check_activity(edited); !checked) return std::unexpected(checked.error());
    if (!store::update_activity(caller.db, edited)) return stale("activity", edited.id);
    return *store::find_activity(caller.db, edited.team_id, edited.id);
}

Outcome remove_activity(const Caller& caller, std::int64_t team_id, std::int64_t activity_id) {
    if (!store::delete_activity(caller.db, team_id, activity_id)) return missing("activity", activity_id, team_id);
    return {};
}

Result<store::Milestone> create_milestone(const Caller& caller, store::Milestone draft) {
    if (auto checked = check_milestone(draft); !checked) return std::unexpected(checked.error());
    draft.id = store::insert_milestone(caller.db, draft, caller.now);
    return *store::find_milestone(caller.db, draft.team_id, draft.id);
}

Result<store::Milestone> edit_milestone(const Caller& caller, store::Milestone edited) {
    if (auto checked = check_milestone(edited); !checked) return std::unexpected(checked.error());
    if (!store::update_milestone(caller.db, edited)) return stale("milestone", edited.id);
    return *store::find_milestone(caller.db, edited.team_id, edited.id);
}

Outcome remove_milestone(const Caller& caller, std::int64_t team_id, std::int64_t milestone_id) {
    if (!store::delete_milestone(caller.db, team_id, milestone_id)) return missing("milestone", milestone_id, team_id);
    return {};
}

Result<store::Barrier> create_barrier(const Caller& caller, store::Barrier draft) {
    if (auto checked = check_barrier(draft); !checked) return std::unexpected(checked.error());
    draft.id = store::insert_barrier(caller.db, draft, caller.now);
    return *store::find_barrier(caller.db, draft.team_id, draft.id);
}

Result<store::Barrier> edit_barrier(const Caller& caller, store::Barrier edited) {
    if (auto checked = check_barrier(edited); !checked) return std::unexpected(checked.error());
    if (!store::update_barrier(caller.db, edited)) return stale("barrier", edited.id);
    return *store::find_barrier(caller.db, edited.team_id, edited.id);
}

Outcome remove_barrier(const Caller& caller, std::int64_t team_id, std::int64_t barrier_id) {
    if (!store::delete_barrier(caller.db, team_id, barrier_id)) return missing("barrier", barrier_id, team_id);
    return {};
}

}  // namespace trellis::actions
