#include "trellis/store/prototypes.hpp"

namespace trellis::store {

namespace {

constexpr const char* kPrototypeColumns =
    "SELECT id, team_id, title, if_we, then_what, for_whom, status, decision_reasons, decided_by_name, decided_at, "
    "updated_by_name, updated_at, version FROM prototypes ";

std::vector<Prototype> read_prototypes(const Rows& rows) {
    std::vector<Prototype> out;
    for (const auto& r : rows)
        out.push_back({r.integer(0), r.integer(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7),
                       r.text(8), r.optional_integer(9), r.text(10), r.integer(11), r.integer(12)});
    return out;
}

constexpr const char* kVersionColumns =
    "SELECT id, prototype_id, number, description, attachments, adapted_from_cycle_id, updated_at, version "
    "FROM prototype_versions ";

std::vector<PrototypeVersion> read_versions(const Rows& rows) {
    std::vector<PrototypeVersion> out;
    for (const auto& r : rows)
        out.push_back({r.integer(0), r.integer(1), r.integer(2), r.text(3), r.text(4), r.optional_integer(5),
                       r.integer(6), r.integer(7)});
    return out;
}

constexpr const char* kCycleColumns =
    "SELECT c.id, c.prototype_version_id, c.number, c.phase, c.questions, c.who, c.place, c.starts_on, c.ends_on, "
    "c.what_happened, c.observations, c.problems, c.surprises, c.act_decision, c.next_step, c.updated_by_name, "
    "c.updated_at, c.version FROM prototype_cycles c ";

std::vector<PrototypeCycle> read_cycles(Connection& db, const Rows& rows) {
    std::vector<PrototypeCycle> out;
    for (const auto& r : rows) {
        PrototypeCycle c{.id = r.integer(0),
                         .prototype_version_id = r.integer(1),
                         .number = r.integer(2),
                         .phase = r.text(3),
                         .questions_json = r.text(4),
                         .who = r.text(5),
                         .place = r.text(6),
                         .starts_on = r.optional_text(7),
                         .ends_on = r.optional_text(8),
                         .what_happened = r.text(9),
                         .observations = r.text(10),
                         .problems = r.text(11),
                         .surprises = r.text(12),
                         .act_decision = r.text(13),
                         .next_step = r.text(14),
                         .updated_by_name = r.text(15),
                         .updated_at = r.integer(16),
                         .version = r.integer(17)};
        for (const auto& m :
             db.query("SELECT measure_id FROM prototype_cycle_measures WHERE cycle_id = ? ORDER BY measure_id", {c.id}))
            c.measure_ids.push_back(m.integer(0));
        out.push_back(std::move(c));
    }
    return out;
}

void write_cycle_measures(Connection& db, const PrototypeCycle& c) {
    db.execute("DELETE FROM prototype_cycle_measures WHERE cycle_id = ?", {c.id});
    for (auto measure : c.measure_ids)
        db.execute("INSERT INTO prototype_cycle_measures (cycle_id, measure_id) VALUES (?, ?)", {c.id, measure});
}

}  // namespace

std::vector<Prototype> team_prototypes(Connection& db, std::int64_t team_id) {
    return read_prototypes(db.query(std::string(kPrototypeColumns) + "WHERE team_id = ? ORDER BY id DESC", {team_id}));
}

std::optional<Prototype> find_prototype(Connection& db, std::int64_t team_id, std::int64_t id) {
    auto found =
        read_prototypes(db.query(std::string(kPrototypeColumns) + "WHERE team_id = ? AND id = ?", {team_id, id}));
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::int64_t insert_prototype(Connection& db, const Prototype& p) {
    return db.insert_returning_id(
        "INSERT INTO prototypes (team_id, title, if_we, then_what, for_whom, updated_by_name, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {p.team_id, p.title, p.if_we, p.then_what, p.for_whom, p.updated_by_name, p.updated_at});
}

bool update_prototype(Connection& db, const Prototype& p) {
    return db.execute(
               "UPDATE prototypes SET title = ?, if_we = ?, then_what = ?, for_whom = ?, status = ?, "
               "decision_reasons = ?, decided_by_name = ?, decided_at = ?, updated_by_name = ?, "
               "updated_at = ?, version = version + 1 WHERE team_id = ? AND id = ? AND version = ?",
               {p.title, p.if_we, p.then_what, p.for_whom, p.status, p.decision_reasons, p.decided_by_name,
                param_or_null(p.decided_at), p.updated_by_name, p.updated_at, p.team_id, p.id, p.version}) == 1;
}

bool delete_prototype(Connection& db, std::int64_t team_id, std::int64_t id) {
    return db.execute("DELETE FROM prototypes WHERE team_id = ? AND id = ?", {team_id, id}) == 1;
}

std::vector<std::int64_t> prototype_insight_ids(Connection& db, std::int64_t prototype_id) {
    std::vector<std::int64_t> out;
    for (const auto& row : db.query(
             "SELECT insight_id FROM prototype_insights WHERE prototype_id = ? ORDER BY insight_id", {prototype_id}))
        out.push_back(row.integer(0));
    return out;
}

void set_prototype_insights(Connection& db, std::int64_t prototype_id, const std::vector<std::int64_t>& insight_ids) {
    db.execute("DELETE FROM prototype_insights WHERE prototype_id = ?", {prototype_id});
    for (const auto id : insight_ids)
        db.execute("INSERT INTO prototype_insights (prototype_id, insight_id) VALUES (?, ?)", {prototype_id, id});
}

std::vector<PrototypeVersion> prototype_versions(Connection& db, std::int64_t prototype_id) {
    return read_versions(
        db.query(std::string(kVersionColumns) + "WHERE prototype_id = ? ORDER BY number", {prototype_id}));
}

std::optional<PrototypeVersion> find_prototype_version(Connection& db, std::int64_t prototype_id, std::int64_t id) {
    auto found =
        read_versions(db.query(std::string(kVersionColumns) + "WHERE prototype_id = ? AND id = ?", {prototype_id, id}));
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::int64_t insert_prototype_version(Connection& db, const PrototypeVersion& v) {
    const auto highest = db.query_one("SELECT COALESCE(MAX(number), 0) FROM prototype_versions WHERE prototype_id = ?",
                                      {v.prototype_id});
    return db.insert_returning_id(
        "INSERT INTO prototype_versions (prototype_id, number, description, attachments, adapted_from_cycle_id, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        {v.prototype_id, highest->integer(0) + 1, v.description, v.attachments_json,
         param_or_null(v.adapted_from_cycle_id), v.updated_at});
}

bool update_prototype_version(Connection& db, const PrototypeVersion& v) {
    return db.execute(
               "UPDATE prototype_versions SET description = ?, attachments = ?, updated_at = ?, "
               "version = version + 1 WHERE prototype_id = ? AND id = ? AND version = ?",
               {v.description, v.attachments_json, v.updated_at, v.prototype_id, v.id, v.version}) == 1;
}

std::vector<PrototypeCycle> version_cycles(Connection& db, std::int64_t version_id) {
    return read_cycles(
        db, db.query(std::string(kCycleColumns) + "WHERE c.prototype_version_id = ? ORDER BY c.number", {version_id}));
}

std::optional<PrototypeCycle> find_prototype_cycle(Connection& db, std::int64_t prototype_id, std::int64_t id) {
    auto found = read_cycles(
        db, db.query(std::string(kCycleColumns) + "JOIN prototype_versions v ON v.id = c.prototype_version_id "
                                                  "WHERE v.prototype_id = ? AND c.id = ?",
                     {prototype_id, id}));
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::int64_t insert_prototype_cycle(Connection& db, const PrototypeCycle& c) {
    const auto highest =
        db.query_one("SELECT COALESCE(MAX(number), 0) FROM prototype_cycles WHERE prototype_version_id = ?",
                     {c.prototype_version_id});
    auto made = c;
    made.id = db.insert_returning_id(
        "INSERT INTO prototype_cycles (prototype_version_id, number, questions, who, place, starts_on, ends_on, "
        "updated_by_name, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {c.prototype_version_id, highest->integer(0) + 1, c.questions_json, c.who, c.place, param_or_null(c.starts_on),
         param_or_null(c.ends_on), c.updated_by_name, c.updated_at});
    write_cycle_measures(db, made);
    return made.id;
}

bool update_prototype_cycle(Connection& db, const PrototypeCycle& c) {
    const bool updated =
        db.execute(
            "UPDATE prototype_cycles SET phase = ?, questions = ?, who = ?, place = ?, starts_on = ?, "
            "ends_on = ?, what_happened = ?, observations = ?, problems = ?, surprises = ?, act_decision = ?, "
            "next_step = ?, updated_by_name = ?, updated_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ?",
            {c.phase, c.questions_json, c.who, c.place, param_or_null(c.starts_on), param_or_null(c.ends_on),
             c.what_happened, c.observations, c.problems, c.surprises, c.act_decision, c.next_step, c.updated_by_name,
             c.updated_at, c.id, c.version}) == 1;
    if (updated) write_cycle_measures(db, c);
    return updated;
}

std::vector<CycleMark> measure_cycle_marks(Connection& db, std::int64_t measure_id) {
    std::vector<CycleMark> out;
    for (const auto& r : db.query("SELECT p.id, p.title, v.number, c.number, c.starts_on, c.ends_on "
                                  "FROM prototype_cycle_measures m JOIN prototype_cycles c ON c.id = m.cycle_id "
                                  "JOIN prototype_versions v ON v.id = c.prototype_version_id "
                                  "JOIN prototypes p ON p.id = v.prototype_id "
                                  "WHERE m.measure_id = ? ORDER BY COALESCE(c.starts_on, '9999-12-31'), c.id",
                                  {measure_id}))
        out.push_back({r.integer(0), r.text(1), r.integer(2), r.integer(3), r.optional_text(4), r.optional_text(5)});
    return out;
}

}  // namespace trellis::store
