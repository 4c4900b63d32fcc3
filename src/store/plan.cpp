#include "trellis/store/plan.hpp"

#include <fmt/format.h>

#include <charconv>

namespace trellis::store {

namespace {

Param real_or_null(const std::optional<double>& value) { return value ? Param(*value) : Param(nullptr); }
std::optional<double> optional_real(const Row& row, std::size_t column) {
    if (row.is_null(column)) return std::nullopt;
    return row.real(column);
}

// LCAP priorities as a JSON list of integers ("[4,7]"), the way other lists are kept as text.
std::string encode_priorities(const std::vector<std::int64_t>& values) {
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) out += (i ? "," : "") + std::to_string(values[i]);
    return out + "]";
}

std::vector<std::int64_t> decode_priorities(const std::string& text) {
    std::vector<std::int64_t> out;
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        if (*p >= '0' && *p <= '9') {
            std::int64_t v = 0;
            p = std::from_chars(p, end, v).ptr;
            out.push_back(v);
        } else {
            ++p;
        }
    }
    return out;
}

Goal goal_from(const Row& r) {
    return {r.integer(0), r.integer(1), r.text(2), r.text(3), decode_priorities(r.text(4)), r.integer(5)};
}
constexpr const char* kGoalSelect = "SELECT id, team_id, title, description, lcap_priorities, version FROM plan_goals ";

Objective objective_from(const Row& r) {
    Objective o;
    o.id = r.integer(0);
    o.team_id = r.integer(1);
    o.goal_id = r.integer(2);
    o.description = r.text(3);
    o.measure_id = r.optional_integer(4);
    o.measure_name = r.text(5);
    o.unit = r.text(6);
    o.direction = r.text(7);
    o.baseline_value = optional_real(r, 8);
    o.baseline_date = r.optional_text(9);
    o.target_value = optional_real(r, 10);
    o.target_date = r.optional_text(11);
    o.version = r.integer(12);
    return o;
}
constexpr const char* kObjectiveSelect =
    "SELECT o.id, o.team_id, o.goal_id, o.description, o.measure_id, m.name, o.unit, o.direction, o.baseline_value, "
    "o.baseline_date, o.target_value, o.target_date, o.version FROM plan_objectives o "
    "LEFT JOIN measures m ON m.id = o.measure_id ";

Activity activity_from(const Row& r) { return {r.integer(0), r.integer(1), r.text(2), r.text(3), r.integer(4)}; }
constexpr const char* kActivitySelect = "SELECT id, team_id, area, description, version FROM plan_activities ";

Milestone milestone_from(const Row& r) {
    return {r.integer(0), r.integer(1), r.text(2), r.text(3), r.optional_text(4), r.integer(5) != 0, r.integer(6)};
}
constexpr const char* kMilestoneSelect = "SELECT id, team_id, title, due_on, area, done, version FROM plan_milestones ";

Barrier barrier_from(const Row& r) {
    return {r.integer(0), r.integer(1), r.text(2), r.text(3), r.optional_text(4), r.integer(5)};
}
constexpr const char* kBarrierSelect = "SELECT id, team_id, description, response, area, version FROM plan_barriers ";

template <typename T, typename F>
std::vector<T> rows_as(const Rows& rows, F from) {
    std::vector<T> out;
    out.reserve(rows.size());
    for (const auto& row : rows) out.push_back(from(row));
    return out;
}

template <typename T, typename F>
std::optional<T> one_as(const std::optional<Row>& row, F from) {
    if (!row) return std::nullopt;
    return from(*row);
}

bool delete_item(Connection& db, std::string_view table, std::int64_t team_id, std::int64_t id) {
    return db.execute(fmt::format("DELETE FROM {} WHERE id = ? AND team_id = ?", table), {id, team_id}) == 1;
}

}  // namespace

std::vector<VisionVersion> vision_history(Connection& db, std::int64_t team_id) {
    return rows_as<VisionVersion>(
        db.query("SELECT version, text, written_by_name, written_at FROM plan_vision_versions WHERE team_id = ? "
                 "ORDER BY version DESC",
                 {team_id}),
        [](const Row& r) {
            return VisionVersion{r.integer(0), r.text(1), r.text(2), r.integer(3)};
        });
}

void insert_vision_version(Connection& db, std::int64_t team_id, const VisionVersion& v, std::int64_t by) {
    db.execute(
        "INSERT INTO plan_vision_versions (team_id, version, text, written_by, written_by_name, written_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {team_id, v.version, v.text, by, v.written_by_name, v.written_at});
}

std::vector<Goal> team_goals(Connection& db, std::int64_t team_id) {
    return rows_as<Goal>(db.query(std::string(kGoalSelect) + "WHERE team_id = ? ORDER BY id", {team_id}), goal_from);
}

std::optional<Goal> find_goal(Connection& db, std::int64_t team_id, std::int64_t id) {
    return one_as<Goal>(db.query_one(std::string(kGoalSelect) + "WHERE id = ? AND team_id = ?", {id, team_id}),
                        goal_from);
}

std::int64_t insert_goal(Connection& db, const Goal& g, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO plan_goals (team_id, title, description, lcap_priorities, created_at) VALUES (?, ?, ?, ?, ?) "
        "RETURNING id",
        {g.team_id, g.title, g.description, encode_priorities(g.lcap_priorities), now});
}

bool update_goal(Connection& db, const Goal& g) {
    return db.execute(
               "UPDATE plan_goals SET title = ?, description = ?, lcap_priorities = ?, version = version + 1 "
               "WHERE id = ? AND team_id = ? AND version = ?",
               {g.title, g.description, encode_priorities(g.lcap_priorities), g.id, g.team_id, g.version}) == 1;
}

bool delete_goal(Connection& db, std::int64_t team_id, std::int64_t id) {
    return delete_item(db, "plan_goals", team_id, id);
}

std::int64_t goal_objective_count(Connection& db, std::int64_t team_id, std::int64_t goal_id) {
    return db.query_one("SELECT COUNT(*) FROM plan_objectives WHERE goal_id = ? AND team_id = ?", {goal_id, team_id})
        ->integer(0);
}

std::vector<Objective> team_objectives(Connection& db, std::int64_t team_id) {
    return rows_as<Objective>(
        db.query(std::string(kObjectiveSelect) + "WHERE o.team_id = ? ORDER BY o.goal_id, o.id", {team_id}),
        objective_from);
}

std::optional<Objective> find_objective(Connection& db, std::int64_t team_id, std::int64_t id) {
    return one_as<Objective>(
        db.query_one(std::string(kObjectiveSelect) + "WHERE o.id = ? AND o.team_id = ?", {id, team_id}),
        objective_from);
}

std::int64_t insert_objective(Connection& db, const Objective& o, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO plan_objectives (team_id, goal_id, description, measure_id, unit, direction, baseline_value, "
        "baseline_date, target_value, target_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {o.team_id, o.goal_id, o.description, param_or_null(o.measure_id), o.unit, o.direction,
         real_or_null(o.baseline_value), param_or_null(o.baseline_date), real_or_null(o.target_value),
         param_or_null(o.target_date), now});
}

bool update_objective(Connection& db, const Objective& o) {
    return db.execute(
               "UPDATE plan_objectives SET description = ?, measure_id = ?, unit = ?, direction = ?, "
               "baseline_value = ?, baseline_date = ?, target_value = ?, target_date = ?, version = version + 1 "
               "WHERE id = ? AND team_id = ? AND version = ?",
               {o.description, param_or_null(o.measure_id), o.unit, o.direction, real_or_null(o.baseline_value),
                param_or_null(o.baseline_date), real_or_null(o.target_value), param_or_null(o.target_date), o.id,
                o.team_id, o.version}) == 1;
}

bool delete_objective(Connection& db, std::int64_t team_id, std::int64_t id) {
    return delete_item(db, "plan_objectives", team_id, id);
}

std::vector<Activity> team_activities(Connection& db, std::int64_t team_id) {
    return rows_as<Activity>(db.query(std::string(kActivitySelect) + "WHERE team_id = ? ORDER BY id", {team_id}),
                             activity_from);
}

std::optional<Activity> find_activity(Connection& db, std::int64_t team_id, std::int64_t id) {
    return one_as<Activity>(db.query_one(std::string(kActivitySelect) + "WHERE id = ? AND team_id = ?", {id, team_id}),
                            activity_from);
}

std::int64_t insert_activity(Connection& db, const Activity& a, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO plan_activities (team_id, area, description, created_at) VALUES (?, ?, ?, ?) RETURNING id",
        {a.team_id, a.area, a.description, now});
}

bool update_activity(Connection& db, const Activity& a) {
    return db.execute(
               "UPDATE plan_activities SET area = ?, description = ?, version = version + 1 "
               "WHERE id = ? AND team_id = ? AND version = ?",
               {a.area, a.description, a.id, a.team_id, a.version}) == 1;
}

bool delete_activity(Connection& db, std::int64_t team_id, std::int64_t id) {
    return delete_item(db, "plan_activities", team_id, id);
}

std::vector<Milestone> team_milestones(Connection& db, std::int64_t team_id) {
    return rows_as<Milestone>(
        db.query(std::string(kMilestoneSelect) + "WHERE team_id = ? ORDER BY due_on, id", {team_id}), milestone_from);
}

std::optional<Milestone> find_milestone(Connection& db, std::int64_t team_id, std::int64_t id) {
    return one_as<Milestone>(
        db.query_one(std::string(kMilestoneSelect) + "WHERE id = ? AND team_id = ?", {id, team_id}), milestone_from);
}

std::int64_t insert_milestone(Connection& db, const Milestone& m, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO plan_milestones (team_id, title, due_on, area, done, created_at) VALUES (?, ?, ?, ?, ?, ?) "
        "RETURNING id",
        {m.team_id, m.title, m.due_on, param_or_null(m.area), std::int64_t{m.done ? 1 : 0}, now});
}

bool update_milestone(Connection& db, const Milestone& m) {
    return db.execute(
               "UPDATE plan_milestones SET title = ?, due_on = ?, area = ?, done = ?, version = version + 1 "
               "WHERE id = ? AND team_id = ? AND version = ?",
               {m.title, m.due_on, param_or_null(m.area), std::int64_t{m.done ? 1 : 0}, m.id, m.team_id, m.version}) ==
           1;
}

bool delete_milestone(Connection& db, std::int64_t team_id, std::int64_t id) {
    return delete_item(db, "plan_milestones", team_id, id);
}

std::vector<Barrier> team_barriers(Connection& db, std::int64_t team_id) {
    return rows_as<Barrier>(db.query(std::string(kBarrierSelect) + "WHERE team_id = ? ORDER BY id", {team_id}),
                            barrier_from);
}

std::optional<Barrier> find_barrier(Connection& db, std::int64_t team_id, std::int64_t id) {
    return one_as<Barrier>(db.query_one(std::string(kBarrierSelect) + "WHERE id = ? AND team_id = ?", {id, team_id}),
                           barrier_from);
}

std::int64_t insert_barrier(Connection& db, const Barrier& b, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO plan_barriers (team_id, description, response, area, created_at) VALUES (?, ?, ?, ?, ?) "
        "RETURNING id",
        {b.team_id, b.description, b.response, param_or_null(b.area), now});
}

bool update_barrier(Connection& db, const Barrier& b) {
    return db.execute(
               "UPDATE plan_barriers SET description = ?, response = ?, area = ?, version = version + 1 "
               "WHERE id = ? AND team_id = ? AND version = ?",
               {b.description, b.response, param_or_null(b.area), b.id, b.team_id, b.version}) == 1;
}

bool delete_barrier(Connection& db, std::int64_t team_id, std::int64_t id) {
    return delete_item(db, "plan_barriers", team_id, id);
}

}  // namespace trellis::store
