// The plan's tasks and their dependency edges (store/plan.hpp).
#include "trellis/store/plan.hpp"

namespace trellis::store {

namespace {

constexpr const char* kTaskSelect =
    "SELECT p.id, p.team_id, t.name, p.title, p.notes, p.owner_member_id, tm.name, p.due_on, p.status, p.area, "
    "p.objective_id, p.milestone_id, p.action_item_id, a.meeting_id, m.title, p.version, p.updated_by_name, "
    "p.updated_at FROM plan_tasks p JOIN teams t ON t.id = p.team_id "
    "LEFT JOIN team_members tm ON tm.id = p.owner_member_id LEFT JOIN action_items a ON a.id = p.action_item_id "
    "LEFT JOIN meetings m ON m.id = a.meeting_id ";
constexpr const char* kTaskOrder = " ORDER BY CASE WHEN p.due_on IS NULL THEN 1 ELSE 0 END, p.due_on, p.id";

PlanTask task_from(const Row& r) {
    PlanTask p;
    p.id = r.integer(0);
    p.team_id = r.integer(1);
    p.team_name = r.text(2);
    p.title = r.text(3);
    p.notes = r.text(4);
    p.owner_member_id = r.optional_integer(5);
    p.owner_name = r.text(6);
    p.due_on = r.optional_text(7);
    p.status = r.text(8);
    p.area = r.optional_text(9);
    p.objective_id = r.optional_integer(10);
    p.milestone_id = r.optional_integer(11);
    p.action_item_id = r.optional_integer(12);
    p.meeting_id = r.optional_integer(13);
    p.meeting_title = r.text(14);
    p.version = r.integer(15);
    p.updated_by_name = r.text(16);
    p.updated_at = r.integer(17);
    return p;
}

// The tasks of `rows` with their dependency lists.
std::vector<PlanTask> with_dependencies(Connection& db, const Rows& rows) {
    std::vector<PlanTask> out;
    for (const auto& row : rows) out.push_back(task_from(row));
    for (auto& task : out) {
        for (const auto& r :
             db.query("SELECT depends_on_id FROM plan_task_dependencies WHERE task_id = ? ORDER BY depends_on_id",
                      {task.id}))
            task.depends_on.push_back(r.integer(0));
    }
    return out;
}

std::optional<PlanTask> first(std::vector<PlanTask> tasks) {
    if (tasks.empty()) return std::nullopt;
    return std::move(tasks.front());
}

}  // namespace

std::vector<PlanTask> team_tasks(Connection& db, std::int64_t team_id) {
    return with_dependencies(db, db.query(std::string(kTaskSelect) + "WHERE p.team_id = ?" + kTaskOrder, {team_id}));
}

std::optional<PlanTask> find_task(Connection& db, std::int64_t team_id, std::int64_t id) {
    return first(
        with_dependencies(db, db.query(std::string(kTaskSelect) + "WHERE p.id = ? AND p.team_id = ?", {id, team_id})));
}

std::optional<PlanTask> find_task_of_action_item(Connection& db, std::int64_t action_item_id) {
    return first(
        with_dependencies(db, db.query(std::string(kTaskSelect) + "WHERE p.action_item_id = ?", {action_item_id})));
}

std::vector<PlanTask> user_open_tasks(Connection& db, std::int64_t user_id) {
    return with_dependencies(
        db, db.query(std::string(kTaskSelect) + "WHERE p.status <> 'done' AND tm.user_id = ?" + kTaskOrder, {user_id}));
}

std::int64_t insert_task(Connection& db, const PlanTask& p, std::int64_t by) {
    return db.insert_returning_id(
        "INSERT INTO plan_tasks (team_id, title, notes, owner_member_id, due_on, status, area, objective_id, "
        "milestone_id, action_item_id, updated_by, updated_by_name, updated_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {p.team_id, p.title, p.notes, param_or_null(p.owner_member_id), param_or_null(p.due_on), p.status,
         param_or_null(p.area), param_or_null(p.objective_id), param_or_null(p.milestone_id),
         param_or_null(p.action_item_id), by, p.updated_by_name, p.updated_at, p.updated_at});
}

bool update_task(Connection& db, const PlanTask& p, std::int64_t by) {
    return db.execute(
               "UPDATE plan_tasks SET title = ?, notes = ?, owner_member_id = ?, due_on = ?, status = ?, area = ?, "
               "objective_id = ?, milestone_id = ?, updated_by = ?, updated_by_name = ?, updated_at = ?, "
               "version = version + 1 WHERE id = ? AND team_id = ? AND version = ?",
               {p.title, p.notes, param_or_null(p.owner_member_id), param_or_null(p.due_on), p.status,
                param_or_null(p.area), param_or_null(p.objective_id), param_or_null(p.milestone_id), by,
                p.updated_by_name, p.updated_at, p.id, p.team_id, p.version}) == 1;
}

bool delete_task(Connection& db, std::int64_t team_id, std::int64_t id) {
    return db.execute("DELETE FROM plan_tasks WHERE id = ? AND team_id = ?", {id, team_id}) == 1;
}

std::vector<std::pair<std::int64_t, std::int64_t>> team_task_dependencies(Connection& db, std::int64_t team_id) {
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    for (const auto& r : db.query("SELECT d.task_id, d.depends_on_id FROM plan_task_dependencies d "
                                  "JOIN plan_tasks p ON p.id = d.task_id WHERE p.team_id = ?",
                                  {team_id}))
        out.emplace_back(r.integer(0), r.integer(1));
    return out;
}

void replace_task_dependencies(Connection& db, std::int64_t task_id, const std::vector<std::int64_t>& depends_on) {
    db.execute("DELETE FROM plan_task_dependencies WHERE task_id = ?", {task_id});
    for (const auto id : depends_on)
        db.execute("INSERT INTO plan_task_dependencies (task_id, depends_on_id) VALUES (?, ?)", {task_id, id});
}

}  // namespace trellis::store
