#include "trellis/store/measures.hpp"

namespace trellis::store {

namespace {

constexpr const char* kMeasureColumns =
    "SELECT id, team_id, name, unit, direction, numerator, denominator, baseline_points, version, "
    "created_by_name, created_at FROM measures ";

Measure measure_from(const Row& row) {
    Measure m;
    m.id = row.integer(0);
    m.team_id = row.integer(1);
    m.name = row.text(2);
    m.unit = row.text(3);
    m.direction = row.text(4);
    m.numerator = row.text(5);
    m.denominator = row.text(6);
    m.baseline_points = row.optional_integer(7);
    m.version = row.integer(8);
    m.created_by_name = row.text(9);
    m.created_at = row.integer(10);
    return m;
}

}  // namespace

std::int64_t insert_measure(Connection& db, const Measure& m, std::int64_t by) {
    return db.insert_returning_id(
        "INSERT INTO measures (team_id, name, unit, direction, numerator, denominator, baseline_points, created_by, "
        "created_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {m.team_id, m.name, m.unit, m.direction, m.numerator, m.denominator, param_or_null(m.baseline_points), by,
         m.created_by_name, m.created_at});
}

std::optional<Measure> find_measure(Connection& db, std::int64_t id) {
    const auto row = db.query_one(std::string(kMeasureColumns) + "WHERE id = ?", {id});
    if (!row) return std::nullopt;
    return measure_from(*row);
}

std::vector<Measure> team_measures(Connection& db, std::int64_t team_id) {
    std::vector<Measure> out;
    for (const auto& row : db.query(std::string(kMeasureColumns) + "WHERE team_id = ? ORDER BY id DESC", {team_id}))
        out.push_back(measure_from(row));
    return out;
}

std::vector<MeasurePoint> measure_points(Connection& db, std::int64_t measure_id) {
    std::vector<MeasurePoint> out;
    for (const auto& row : db.query("SELECT point_date, value, note, astronomical FROM measure_points "
                                    "WHERE measure_id = ? ORDER BY point_date",
                                    {measure_id}))
        out.push_back({row.text(0), row.real(1), row.text(2), row.integer(3) != 0});
    return out;
}

bool has_point_on(Connection& db, std::int64_t measure_id, const std::string& date) {
    return db.query_one("SELECT 1 FROM measure_points WHERE measure_id = ? AND point_date = ?", {measure_id, date})
        .has_value();
}

void insert_measure_point(Connection& db, std::int64_t measure_id, const MeasurePoint& point, std::int64_t by,
                          std::int64_t now) {
    db.execute(
        "INSERT INTO measure_points (measure_id, point_date, value, note, astronomical, created_by, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {measure_id, point.date, point.value, point.note, std::int64_t{point.astronomical ? 1 : 0}, by, now});
}

bool update_measure_point(Connection& db, std::int64_t measure_id, const MeasurePoint& point) {
    return db.execute(
               "UPDATE measure_points SET value = ?, note = ?, astronomical = ? "
               "WHERE measure_id = ? AND point_date = ?",
               {point.value, point.note, std::int64_t{point.astronomical ? 1 : 0}, measure_id, point.date}) == 1;
}

bool delete_measure_point(Connection& db, std::int64_t measure_id, const std::string& date) {
    return db.execute("DELETE FROM measure_points WHERE measure_id = ? AND point_date = ?", {measure_id, date}) == 1;
}

bool set_measure_baseline(Connection& db, std::int64_t measure_id, std::optional<std::int64_t> baseline_points,
                          std::int64_t version) {
    return db.execute("UPDATE measures SET baseline_points = ?, version = version + 1 WHERE id = ? AND version = ?",
                      {param_or_null(baseline_points), measure_id, version}) == 1;
}

}  // namespace trellis::store
