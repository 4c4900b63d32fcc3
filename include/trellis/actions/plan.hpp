#pragma once
// A team's plan (issue 13, the guide's section E): the rules of every change to it. Each item is looked up by
// its id within the team (another team's item is not found); an edit made at an older version than the current
// one is a stale_edit failure; bad fields are validation failures naming the field.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/plan.hpp"

namespace trellis::actions {

struct PlanView {
    std::optional<store::VisionVersion> vision;
    std::vector<store::Goal> goals;
    std::vector<store::Objective> objectives;
    std::vector<store::Activity> activities;
    std::vector<store::Milestone> milestones;
    std::vector<store::PlanTask> tasks;
    std::vector<store::Barrier> barriers;
};

PlanView plan_view(const Caller& caller, std::int64_t team_id);

// `version` is the version the writer edited (0 when there was none); the new text becomes version + 1.
Result<store::VisionVersion> write_vision(const Caller& caller, std::int64_t team_id, const std::string& text,
                                          std::int64_t version);

// Create: `draft.team_id` set, fields as sent. Edit: `edited` is the current item with the sent fields applied
// and `edited.version` the version the client read.
Result<store::Goal> create_goal(const Caller& caller, store::Goal draft);
Result<store::Goal> edit_goal(const Caller& caller, store::Goal edited);
Outcome remove_goal(const Caller& caller, std::int64_t team_id, std::int64_t goal_id);

// `draft.unit` and `draft.direction` left empty take the measure's (else "higher_is_better").
Result<store::Objective> create_objective(const Caller& caller, store::Objective draft);
Result<store::Objective> edit_objective(const Caller& caller, store::Objective edited);
Outcome remove_objective(const Caller& caller, std::int64_t team_id, std::int64_t objective_id);

Result<store::Activity> create_activity(const Caller& caller, store::Activity draft);
Result<store::Activity> edit_activity(const Caller& caller, store::Activity edited);
Outcome remove_activity(const Caller& caller, std::int64_t team_id, std::int64_t activity_id);

Result<store::Milestone> create_milestone(const Caller& caller, store::Milestone draft);
Result<store::Milestone> edit_milestone(const Caller& caller, store::Milestone edited);
Outcome remove_milestone(const Caller& caller, std::int64_t team_id, std::int64_t milestone_id);

Result<store::Barrier> create_barrier(const Caller& caller, store::Barrier draft);
Result<store::Barrier> edit_barrier(const Caller& caller, store::Barrier edited);
Outcome remove_barrier(const Caller& caller, std::int64_t team_id, std::int64_t barrier_id);

// Tasks: the owner a current member of the team, the objective and milestone the team's, the dependencies tasks
// of the team other than itself and without a cycle (a validation failure on depends_on whose detail names the
// cycle by titles, and whose `cycle` lists the ids in order).
Result<store::PlanTask> create_task(const Caller& caller, store::PlanTask draft);
Result<store::PlanTask> edit_task(const Caller& caller, store::PlanTask edited);
Outcome remove_task(const Caller& caller, std::int64_t team_id, std::int64_t task_id);

// Makes a meeting's action item a task of its team's plan, keeping the link (its meeting, its history). A
// dropped item, or one already promoted, is a conflict.
Result<store::PlanTask> promote_action_item(const Caller& caller, std::int64_t action_item_id,
                                            std::optional<std::string> area, std::optional<std::int64_t> objective_id,
                                            std::optional<std::int64_t> milestone_id);

// The one place that keeps a promoted task and its action item in step, called after either changed status.
// The task done makes the item done (done today); the task leaving done reopens the item. The item ticked done
// makes the task done; the item reopened puts the task back in progress. A dropped item is left alone.
enum class StatusChanged { task, action_item };
void keep_promoted_in_step(const Caller& caller, std::int64_t action_item_id, StatusChanged changed);

}  // namespace trellis::actions
