#pragma once
// A team's measures of improvement and their dated points (issue 13). The run chart's median and signals are
// computed when a measure is read (domain/run_chart), never stored: they change with every point.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct Measure {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string name;
    std::string unit;
    std::string direction;  // higher_is_better | lower_is_better
    std::string numerator;
    std::string denominator;
    std::optional<std::int64_t> baseline_points;
    std::int64_t version = 1;
    std::string created_by_name;
    std::int64_t created_at = 0;
};

struct MeasurePoint {
    std::string date;  // YYYY-MM-DD
    double value = 0;
    std::string note;
    bool astronomical = false;  // the team's judgement: far outside the rest, a special cause to look into
};

std::int64_t insert_measure(Connection& db, const Measure& measure, std::int64_t by);
std::optional<Measure> find_measure(Connection& db, std::int64_t id);
std::vector<Measure> team_measures(Connection& db, std::int64_t team_id);  // newest first

// Points in date order.
std::vector<MeasurePoint> measure_points(Connection& db, std::int64_t measure_id);
bool has_point_on(Connection& db, std::int64_t measure_id, const std::string& date);
void insert_measure_point(Connection& db, std::int64_t measure_id, const MeasurePoint& point, std::int64_t by,
                          std::int64_t now);
// The point of point.date corrected (value, note, astronomical); false when the measure has no point that day.
bool update_measure_point(Connection& db, std::int64_t measure_id, const MeasurePoint& point);
bool delete_measure_point(Connection& db, std::int64_t measure_id, const std::string& date);
// Sets the frozen baseline if the measure is still at `version`; false when someone changed it since.
bool set_measure_baseline(Connection& db, std::int64_t measure_id, std::optional<std::int64_t> baseline_points,
                          std::int64_t version);

}  // namespace trellis::store
