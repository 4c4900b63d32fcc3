#pragma once
// A team's self-assessments of implementation and its "fully implemented" criteria (issue 13, part 4). Every
// query names the team as well as the row's id, so that another team's id under this team's path finds nothing.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct AssessmentRating {
    std::string area;
    std::int64_t rating = 0;
    std::string evidence;
};

struct AssessmentObservation {
    std::int64_t criterion_id = 0;
    double value = 0;
};

struct SelfAssessment {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string term;      // "Fall 2026"
    std::string taken_on;  // YYYY-MM-DD
    std::int64_t version = 1;
    std::string created_by_name;
    std::int64_t created_at = 0;
    std::vector<AssessmentRating> ratings;
    std::vector<AssessmentObservation> observations;
};

struct AssessmentCriterion {
    std::int64_t id = 0;  // stays the same from one version of the criteria to the next
    std::string description;
    double threshold = 0;
    std::string unit;
    std::string direction = "higher_is_better";  // or lower_is_better
    std::optional<std::int64_t> measure_id;
};

struct CriteriaVersion {
    std::int64_t version = 0;  // 0: the team has not declared criteria yet
    std::string created_by_name;
    std::int64_t created_at = 0;
    std::vector<AssessmentCriterion> criteria;
};

std::int64_t insert_self_assessment(Connection& db, const SelfAssessment& assessment, std::int64_t by);
// Replaces term, date, ratings and observations if the assessment is still at `version`; false otherwise.
bool update_self_assessment(Connection& db, const SelfAssessment& assessment, std::int64_t version);
bool delete_self_assessment(Connection& db, std::int64_t team_id, std::int64_t id);
std::optional<SelfAssessment> find_self_assessment(Connection& db, std::int64_t team_id, std::int64_t id);
std::vector<SelfAssessment> team_self_assessments(Connection& db, std::int64_t team_id);  // newest first

// The latest version (version 0 and no criteria when none was declared), and all of them newest first.
CriteriaVersion current_criteria(Connection& db, std::int64_t team_id);
std::vector<CriteriaVersion> criteria_history(Connection& db, std::int64_t team_id);
// Records `criteria` as version `next.version`; false when that version exists already (someone got there first).
bool insert_criteria_version(Connection& db, std::int64_t team_id, const CriteriaVersion& next, std::int64_t by);
std::int64_t next_criterion_id(Connection& db, std::int64_t team_id);

// The measure's latest point on or before `date`, if the measure is the team's.
struct DatedValue {
    std::string date;
    double value = 0;
};
std::optional<DatedValue> measure_value_on(Connection& db, std::int64_t team_id, std::int64_t measure_id,
                                           const std::string& date);
std::optional<std::string> team_measure_direction(Connection& db, std::int64_t team_id, std::int64_t measure_id);

}  // namespace trellis::store
