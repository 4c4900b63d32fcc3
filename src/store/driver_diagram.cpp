#include "trellis/store/driver_diagram.hpp"

namespace trellis::store {

namespace {

constexpr const char* kSelectNode =
    "SELECT n.id, n.team_id, n.parent_id, n.kind, n.body, n.measure_id, COALESCE(m.name, ''), n.position, n.version "
    "FROM driver_nodes n LEFT JOIN measures m ON m.id = n.measure_id ";

std::vector<DriverNode> read_nodes(const Rows& rows) {
    std::vector<DriverNode> out;
    for (const auto& row : rows)
        out.push_back({row.integer(0), row.integer(1), row.optional_integer(2), row.text(3), row.text(4),
                       row.optional_integer(5), row.text(6), row.integer(7), row.integer(8)});
    return out;
}

// "parent_id = ?" cannot match NULL on either engine, so the siblings of the aim are asked for by IS NULL.
std::string same_parent(const std::optional<std::int64_t>& parent_id, std::vector<Param>& params) {
    if (!parent_id) return "n.parent_id IS NULL";
    params.emplace_back(*parent_id);
    return "n.parent_id = ?";
}

}  // namespace

TeamProblem team_problem(Connection& db, std::int64_t team_id) {
    const auto row = db.query_one(
        "SELECT p.who_is_failed, p.how_we_know, p.aim_what, p.aim_for_whom, p.aim_how_much, p.aim_by_when, "
        "COALESCE(u.name, ''), p.written_at, p.version FROM team_problems p LEFT JOIN users u ON u.id = p.written_by "
        "WHERE p.team_id = ?",
        {team_id});
    if (!row) return {.team_id = team_id};
    return {team_id,      row->text(0),          row->text(1), row->text(2),    row->text(3),
            row->text(4), row->optional_text(5), row->text(6), row->integer(7), row->integer(8)};
}

bool write_team_problem(Connection& db, const TeamProblem& p, std::int64_t by, std::int64_t now) {
    if (p.version == 0) {
        // The first write: a second writer who also saw none loses on the primary key and is told it is stale.
        if (db.query_one("SELECT 1 FROM team_problems WHERE team_id = ?", {p.team_id})) return false;
        db.execute(
            "INSERT INTO team_problems (team_id, who_is_failed, how_we_know, aim_what, aim_for_whom, aim_how_much, "
            "aim_by_when, written_by, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {p.team_id, p.who_is_failed, p.how_we_know, p.aim_what, p.aim_for_whom, p.aim_how_much,
             param_or_null(p.aim_by_when), by, now});
        return true;
    }
    return db.execute(
               "UPDATE team_problems SET who_is_failed = ?, how_we_know = ?, aim_what = ?, aim_for_whom = ?, "
               "aim_how_much = ?, aim_by_when = ?, written_by = ?, written_at = ?, version = version + 1 "
               "WHERE team_id = ? AND version = ?",
               {p.who_is_failed, p.how_we_know, p.aim_what, p.aim_for_whom, p.aim_how_much,
                param_or_null(p.aim_by_when), by, now, p.team_id, p.version}) == 1;
}

std::vector<DriverNode> driver_nodes(Connection& db, std::int64_t team_id) {
    return read_nodes(db.query(std::string(kSelectNode) + "WHERE n.team_id = ? ORDER BY n.position, n.id", {team_id}));
}

std::optional<DriverNode> find_driver_node(Connection& db, std::int64_t team_id, std::int64_t id) {
    auto found = read_nodes(db.query(std::string(kSelectNode) + "WHERE n.team_id = ? AND n.id = ?", {team_id, id}));
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::int64_t next_driver_position(Connection& db, std::int64_t team_id, std::optional<std::int64_t> parent_id) {
    std::vector<Param> params{team_id};
    const auto where = same_parent(parent_id, params);
    const auto row = db.query_one(
        "SELECT COALESCE(MAX(n.position), 0) FROM driver_nodes n WHERE n.team_id = ? AND " + where, params);
    return (row ? row->integer(0) : 0) + 1;
}

std::int64_t insert_driver_node(Connection& db, const DriverNode& node) {
    return db.insert_returning_id(
        "INSERT INTO driver_nodes (team_id, parent_id, kind, body, measure_id, position) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        {node.team_id, param_or_null(node.parent_id), node.kind, node.text, param_or_null(node.measure_id),
         next_driver_position(db, node.team_id, node.parent_id)});
}

bool update_driver_node(Connection& db, const DriverNode& node) {
    return db.execute(
               "UPDATE driver_nodes SET parent_id = ?, body = ?, measure_id = ?, position = ?, version = version + 1 "
               "WHERE team_id = ? AND id = ? AND version = ?",
               {param_or_null(node.parent_id), node.text, param_or_null(node.measure_id), node.position, node.team_id,
                node.id, node.version}) == 1;
}

std::vector<DriverNode> driver_siblings(Connection& db, std::int64_t team_id, std::optional<std::int64_t> parent_id) {
    std::vector<Param> params{team_id};
    const auto where = same_parent(parent_id, params);
    return read_nodes(
        db.query(std::string(kSelectNode) + "WHERE n.team_id = ? AND " + where + " ORDER BY n.position, n.id", params));
}

void set_driver_position(Connection& db, std::int64_t team_id, std::int64_t id, std::int64_t position) {
    db.execute("UPDATE driver_nodes SET position = ? WHERE team_id = ? AND id = ?", {position, team_id, id});
}

std::int64_t driver_children(Connection& db, std::int64_t team_id, std::int64_t id) {
    const auto row =
        db.query_one("SELECT COUNT(*) FROM driver_nodes WHERE team_id = ? AND parent_id = ?", {team_id, id});
    return row ? row->integer(0) : 0;
}

bool delete_driver_node(Connection& db, std::int64_t team_id, std::int64_t id) {
    return db.execute("DELETE FROM driver_nodes WHERE team_id = ? AND id = ?", {team_id, id}) == 1;
}

}  // namespace trellis::store
