#pragma once
// A team's plan (issue 13, the guide's section E): vision versions, goals, objectives, activities, milestones,
// tasks with their dependencies, and barriers. Every query on an item filters by its id AND its team, so an id of
// another team's plan is simply not found. Writes of an edited item succeed only at the version read.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct VisionVersion {
    std::int64_t version = 0;
    std::string text;
    std::string written_by_name;
    std::int64_t written_at = 0;
};

struct Goal {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string title;
    std::string description;
    std::vector<std::int64_t> lcap_priorities;
    std::int64_t version = 1;
};

struct Objective {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::int64_t goal_id = 0;
    std::string description;
    std::optional<std::int64_t> measure_id;
    std::string measure_name;  // read only
    std::string unit;
    std::string direction;  // higher_is_better | lower_is_better; empty in a draft: the measure's, else higher
    std::optional<double> baseline_value;
    std::optional<std::string> baseline_date;
    std::optional<double> target_value;
    std::optional<std::string> target_date;
    std::int64_t version = 1;
};

struct Activity {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string area;
    std::string description;
    std::int64_t version = 1;
};

struct Milestone {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string title;
    std::string due_on;
    std::optional<std::string> area;
    bool done = false;
    std::int64_t version = 1;
};

struct PlanTask {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string team_name;  // read only
    std::string title;
    std::string notes;
    std::optional<std::int64_t> owner_member_id;
    std::string owner_name;  // read only
    std::optional<std::string> due_on;
    std::string status = "not_started";
    std::optional<std::string> area;
    std::optional<std::int64_t> objective_id;
    std::optional<std::int64_t> milestone_id;
    std::optional<std::int64_t> action_item_id;
    std::optional<std::int64_t> meeting_id;  // read only, through the action item
    std::string meeting_title;               // read only
    std::vector<std::int64_t> depends_on;    // read by team_tasks / find_task
    std::int64_t version = 1;
    std::string updated_by_name;
    std::int64_t updated_at = 0;
};

struct Barrier {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string description;
    std::string response;
    std::optional<std::string> area;
    std::int64_t version = 1;
};

// Vision: newest first; the current one is the first.
std::vector<VisionVersion> vision_history(Connection& db, std::int64_t team_id);
// The caller checks that v.version follows the current one; (team, version) is unique, so a race loses with a
// unique violation rather than two versions of one number.
void insert_vision_version(Connection& db, std::int64_t team_id, const VisionVersion& v, std::int64_t by);

std::vector<Goal> team_goals(Connection& db, std::int64_t team_id);  // in creation order
std::optional<Goal> find_goal(Connection& db, std::int64_t team_id, std::int64_t id);
std::int64_t insert_goal(Connection& db, const Goal& goal, std::int64_t now);
bool update_goal(Connection& db, const Goal& goal);  // at goal.version; false when stale
bool delete_goal(Connection& db, std::int64_t team_id, std::int64_t id);
std::int64_t goal_objective_count(Connection& db, std::int64_t team_id, std::int64_t goal_id);

std::vector<Objective> team_objectives(Connection& db, std::int64_t team_id);
std::optional<Objective> find_objective(Connection& db, std::int64_t team_id, std::int64_t id);
std::int64_t insert_objective(Connection& db, const Objective& objective, std::int64_t now);
bool update_objective(Connection& db, const Objective& objective);
bool delete_objective(Connection& db, std::int64_t team_id, std::int64_t id);

std::vector<Activity> team_activities(Connection& db, std::int64_t team_id);
std::optional<Activity> find_activity(Connection& db, std::int64_t team_id, std::int64_t id);
std::int64_t insert_activity(Connection& db, const Activity& activity, std::int64_t now);
bool update_activity(Connection& db, const Activity& activity);
bool delete_activity(Connection& db, std::int64_t team_id, std::int64_t id);

std::vector<Milestone> team_milestones(Connection& db, std::int64_t team_id);  // by due date
std::optional<Milestone> find_milestone(Connection& db, std::int64_t team_id, std::int64_t id);
std::int64_t insert_milestone(Connection& db, const Milestone& milestone, std::int64_t now);
bool update_milestone(Connection& db, const Milestone& milestone);
bool delete_milestone(Connection& db, std::int64_t team_id, std::int64_t id);

// By due date (none last), then id; with their dependencies.
std::vector<PlanTask> team_tasks(Connection& db, std::int64_t team_id);
std::optional<PlanTask> find_task(Connection& db, std::int64_t team_id, std::int64_t id);
std::optional<PlanTask> find_task_of_action_item(Connection& db, std::int64_t action_item_id);
// Tasks not done owned by the user's member rows, across teams, soonest due first (none last).
std::vector<PlanTask> user_open_tasks(Connection& db, std::int64_t user_id);
std::int64_t insert_task(Connection& db, const PlanTask& task, std::int64_t by);
bool update_task(Connection& db, const PlanTask& task, std::int64_t by);  // at task.version
bool delete_task(Connection& db, std::int64_t team_id, std::int64_t id);
// Every dependency edge of the team's tasks: (task, depends_on).
std::vector<std::pair<std::int64_t, std::int64_t>> team_task_dependencies(Connection& db, std::int64_t team_id);
void replace_task_dependencies(Connection& db, std::int64_t task_id, const std::vector<std::int64_t>& depends_on);

std::vector<Barrier> team_barriers(Connection& db, std::int64_t team_id);
std::optional<Barrier> find_barrier(Connection& db, std::int64_t team_id, std::int64_t id);
std::int64_t insert_barrier(Connection& db, const Barrier& barrier, std::int64_t now);
bool update_barrier(Connection& db, const Barrier& barrier);
bool delete_barrier(Connection& db, std::int64_t team_id, std::int64_t id);

}  // namespace trellis::store
