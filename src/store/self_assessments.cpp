#include "trellis/store/self_assessments.hpp"

namespace trellis::store {

namespace {

constexpr const char* kAssessmentColumns =
    "SELECT id, team_id, term, taken_on, version, created_by_name, created_at FROM self_assessments ";

SelfAssessment assessment_from(Connection& db, const Row& row) {
    SelfAssessment a;
    a.id = row.integer(0);
    a.team_id = row.integer(1);
    a.term = row.text(2);
    a.taken_on = row.text(3);
    a.version = row.integer(4);
    a.created_by_name = row.text(5);
    a.created_at = row.integer(6);
    for (const auto& r : db.query("SELECT area, rating, evidence FROM assessment_ratings WHERE assessment_id = ? "
                                  "ORDER BY id",
                                  {a.id}))
        a.ratings.push_back({r.text(0), r.integer(1), r.text(2)});
    for (const auto& r : db.query("SELECT criterion_id, value FROM assessment_observations WHERE assessment_id = ? "
                                  "ORDER BY criterion_id",
                                  {a.id}))
        a.observations.push_back({r.integer(0), r.real(1)});
    return a;
}

void insert_details(Connection& db, const SelfAssessment& a) {
    for (const auto& r : a.ratings)
        db.execute("INSERT INTO assessment_ratings (assessment_id, area, rating, evidence) VALUES (?, ?, ?, ?)",
                   {a.id, r.area, r.rating, r.evidence});
    for (const auto& o : a.observations)
        db.execute("INSERT INTO assessment_observations (assessment_id, criterion_id, value) VALUES (?, ?, ?)",
                   {a.id, o.criterion_id, o.value});
}

std::vector<AssessmentCriterion> criteria_of(Connection& db, std::int64_t version_row) {
    std::vector<AssessmentCriterion> out;
    for (const auto& r : db.query("SELECT criterion_id, description, threshold, unit, direction, measure_id "
                                  "FROM assessment_criteria WHERE criteria_version_id = ? ORDER BY position",
                                  {version_row}))
        out.push_back({r.integer(0), r.text(1), r.real(2), r.text(3), r.text(4), r.optional_integer(5)});
    return out;
}

constexpr const char* kVersionColumns =
    "SELECT id, version, created_by_name, created_at FROM assessment_criteria_versions WHERE team_id = ? "
    "ORDER BY version DESC";

CriteriaVersion version_from(Connection& db, const Row& row) {
    return {row.integer(1), row.text(2), row.integer(3), criteria_of(db, row.integer(0))};
}

}  // namespace

std::int64_t insert_self_assessment(Connection& db, const SelfAssessment& a, std::int64_t by) {
    auto copy = a;
    copy.id = db.insert_returning_id(
        "INSERT INTO self_assessments (team_id, term, taken_on, created_by, created_by_name, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        {a.team_id, a.term, a.taken_on, by, a.created_by_name, a.created_at});
    insert_details(db, copy);
    return copy.id;
}

bool update_self_assessment(Connection& db, const SelfAssessment& a, std::int64_t version) {
    if (db.execute("UPDATE self_assessments SET term = ?, taken_on = ?, version = version + 1 "
                   "WHERE id = ? AND team_id = ? AND version = ?",
                   {a.term, a.taken_on, a.id, a.team_id, version}) != 1)
        return false;
    db.execute("DELETE FROM assessment_ratings WHERE assessment_id = ?", {a.id});
    db.execute("DELETE FROM assessment_observations WHERE assessment_id = ?", {a.id});
    insert_details(db, a);
    return true;
}

bool delete_self_assessment(Connection& db, std::int64_t team_id, std::int64_t id) {
    return db.execute("DELETE FROM self_assessments WHERE id = ? AND team_id = ?", {id, team_id}) == 1;
}

std::optional<SelfAssessment> find_self_assessment(Connection& db, std::int64_t team_id, std::int64_t id) {
    const auto row = db.query_one(std::string(kAssessmentColumns) + "WHERE id = ? AND team_id = ?", {id, team_id});
    if (!row) return std::nullopt;
    return assessment_from(db, *row);
}

std::vector<SelfAssessment> team_self_assessments(Connection& db, std::int64_t team_id) {
    std::vector<SelfAssessment> out;
    for (const auto& row :
         db.query(std::string(kAssessmentColumns) + "WHERE team_id = ? ORDER BY taken_on DESC, id DESC", {team_id}))
        out.push_back(assessment_from(db, row));
    return out;
}

CriteriaVersion current_criteria(Connection& db, std::int64_t team_id) {
    const auto row = db.query_one(std::string(kVersionColumns) + " LIMIT 1", {team_id});
    if (!row) return {};
    return version_from(db, *row);
}

std::vector<CriteriaVersion> criteria_history(Connection& db, std::int64_t team_id) {
    std::vector<CriteriaVersion> out;
    for (const auto& row : db.query(kVersionColumns, {team_id})) out.push_back(version_from(db, row));
    return out;
}

bool insert_criteria_version(Connection& db, std::int64_t team_id, const CriteriaVersion& next, std::int64_t by) {
    if (db.query_one("SELECT 1 FROM assessment_criteria_versions WHERE team_id = ? AND version = ?",
                     {team_id, next.version}))
        return false;
    const auto row = db.insert_returning_id(
        "INSERT INTO assessment_criteria_versions (team_id, version, created_by, created_by_name, created_at) "
        "VALUES (?, ?, ?, ?, ?) RETURNING id",
        {team_id, next.version, by, next.created_by_name, next.created_at});
    std::int64_t position = 0;
    for (const auto& c : next.criteria)
        db.execute(
            "INSERT INTO assessment_criteria (criteria_version_id, criterion_id, position, description, "
            "threshold, unit, direction, measure_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            {row, c.id, position++, c.description, c.threshold, c.unit, c.direction, param_or_null(c.measure_id)});
    return true;
}

std::int64_t next_criterion_id(Connection& db, std::int64_t team_id) {
    const auto row = db.query_one(
        "SELECT MAX(c.criterion_id) FROM assessment_criteria c JOIN assessment_criteria_versions v "
        "ON v.id = c.criteria_version_id WHERE v.team_id = ?",
        {team_id});
    return (row ? row->integer(0) : 0) + 1;
}

std::optional<DatedValue> measure_value_on(Connection& db, std::int64_t team_id, std::int64_t measure_id,
                                           const std::string& date) {
    const auto row = db.query_one(
        "SELECT p.point_date, p.value FROM measure_points p JOIN measures m ON m.id = p.measure_id "
        "WHERE m.id = ? AND m.team_id = ? AND p.point_date <= ? ORDER BY p.point_date DESC LIMIT 1",
        {measure_id, team_id, date});
    if (!row) return std::nullopt;
    return DatedValue{row->text(0), row->real(1)};
}

std::optional<std::string> team_measure_direction(Connection& db, std::int64_t team_id, std::int64_t measure_id) {
    const auto row = db.query_one("SELECT direction FROM measures WHERE id = ? AND team_id = ?", {measure_id, team_id});
    if (!row) return std::nullopt;
    return row->text(0);
}

}  // namespace trellis::store
