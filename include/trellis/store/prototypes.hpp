#pragma once
// A team's prototypes, their versions and the PDSA cycles run on each version (issue 12, item 3). Every read and
// write names the team: a prototype, version or cycle of another team is not found, whatever its id.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct Prototype {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string title;
    std::string if_we, then_what, for_whom;  // the hypothesis: "if we ..., then ... for ..."
    std::string status = "testing";          // testing | scaled | kept_testing | stopped
    std::string decision_reasons;
    std::string decided_by_name;
    std::optional<std::int64_t> decided_at;
    std::string updated_by_name;
    std::int64_t updated_at = 0;
    std::int64_t version = 1;
};

struct PrototypeVersion {
    std::int64_t id = 0;
    std::int64_t prototype_id = 0;
    std::int64_t number = 1;
    std::string description;
    std::string attachments_json = "[]";  // [{label, url}]
    std::optional<std::int64_t> adapted_from_cycle_id;
    std::int64_t updated_at = 0;
    std::int64_t version = 1;
};

struct PrototypeCycle {
    std::int64_t id = 0;
    std::int64_t prototype_version_id = 0;
    std::int64_t number = 1;  // 1, 2, ... within its version
    std::string phase = "plan";
    std::string questions_json = "[]";  // [{question, prediction, result}]
    std::string who, place;
    std::optional<std::string> starts_on, ends_on;  // YYYY-MM-DD
    std::string what_happened, observations, problems;
    std::string surprises;
    std::string act_decision, next_step;
    std::vector<std::int64_t> measure_ids;
    std::string updated_by_name;
    std::int64_t updated_at = 0;
    std::int64_t version = 1;
};

// A cycle seen from a measure's run chart: where it sits in time and what to call it.
struct CycleMark {
    std::int64_t prototype_id = 0;
    std::string prototype_title;
    std::int64_t version_number = 0;
    std::int64_t cycle_number = 0;
    std::optional<std::string> starts_on, ends_on;
};

std::vector<Prototype> team_prototypes(Connection& db, std::int64_t team_id);  // newest first
std::optional<Prototype> find_prototype(Connection& db, std::int64_t team_id, std::int64_t id);
std::int64_t insert_prototype(Connection& db, const Prototype& p);
// False when the prototype is no longer at `p.version`. Writes title, hypothesis, status and decision.
bool update_prototype(Connection& db, const Prototype& p);
bool delete_prototype(Connection& db, std::int64_t team_id, std::int64_t id);

// The team's insights (evidence_insights) a prototype answers, by id; set replaces the whole list.
std::vector<std::int64_t> prototype_insight_ids(Connection& db, std::int64_t prototype_id);
void set_prototype_insights(Connection& db, std::int64_t prototype_id, const std::vector<std::int64_t>& insight_ids);

std::vector<PrototypeVersion> prototype_versions(Connection& db, std::int64_t prototype_id);  // by number
std::optional<PrototypeVersion> find_prototype_version(Connection& db, std::int64_t prototype_id, std::int64_t id);
// Numbered one past the prototype's highest version.
std::int64_t insert_prototype_version(Connection& db, const PrototypeVersion& v);
bool update_prototype_version(Connection& db, const PrototypeVersion& v);

std::vector<PrototypeCycle> version_cycles(Connection& db, std::int64_t version_id);  // by number
// A cycle of any version of the prototype.
std::optional<PrototypeCycle> find_prototype_cycle(Connection& db, std::int64_t prototype_id, std::int64_t id);
std::int64_t insert_prototype_cycle(Connection& db, const PrototypeCycle& c);
bool update_prototype_cycle(Connection& db, const PrototypeCycle& c);

// The cycles that name the measure, by their start date.
std::vector<CycleMark> measure_cycle_marks(Connection& db, std::int64_t measure_id);

}  // namespace trellis::store
