#pragma once
// Peer matching's rows (migration 22): an organization's declared expertise and a team's need, and the one read
// of every candidate's features that actions/matching.cpp keeps in memory.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/domain/matching.hpp"
#include "trellis/store/database.hpp"

namespace trellis::store {

struct DeclaredExpertise {
    std::string topic;  // from domain::kExpertiseTopics
    std::string note;   // short, optional
    bool operator==(const DeclaredExpertise&) const = default;
};
std::vector<DeclaredExpertise> organization_expertise(Connection& db, std::int64_t organization_id);
// Replaces the whole declaration and bumps the organization's version (what the candidates' cache watches).
void replace_organization_expertise(Connection& db, std::int64_t organization_id,
                                    const std::vector<DeclaredExpertise>& expertise);

struct TeamNeed {
    std::vector<std::string> topics;
    std::string description;
    std::optional<std::int64_t> updated_at;  // nullopt: never stated
};
TeamNeed team_need(Connection& db, std::int64_t team_id);
void save_team_need(Connection& db, std::int64_t team_id, const TeamNeed& need, std::int64_t now);

struct MatchingFeatures {
    std::vector<domain::MatchCandidate> candidates;  // the directory's organizations and those that declared expertise
    std::array<std::optional<double>, domain::kOutcomes.size()> reference_rates{};  // over the districts' rows
};
// Every candidate's features in a handful of whole-table reads (no query per organization).
MatchingFeatures load_matching_features(Connection& db);
// Changes whenever anything load_matching_features reads changes (row counts and version sums): cheap to ask
// on every query, so each instance refreshes its copy when another one (or the directory load) wrote.
std::string matching_features_stamp(Connection& db);

}  // namespace trellis::store
