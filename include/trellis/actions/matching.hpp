#pragma once
// Peer matching for a team (issue 14): its need (stored, or given in the query), its district's facts, and every
// candidate's features kept in memory between queries (refreshed when the stamp of what they are read from
// changes), ranked by domain/matching.hpp.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "trellis/actions/failure.hpp"
#include "trellis/domain/matching.hpp"
#include "trellis/store/database.hpp"
#include "trellis/store/matching.hpp"

namespace trellis::actions {

struct MatchRequest {
    std::int64_t team_id = 0;
    std::optional<std::vector<std::string>> topics;  // nullopt: the team's stated need
    std::optional<std::string> text;                 // nullopt: the team's stated description
    std::string county, kind;
    double min_similarity = 0;
    // The distance band in km from the team's district; refused (422) when that district has no location.
    std::optional<double> within_km;
    std::size_t limit = 20;
    domain::MatchWeights weights;
};

struct MatchAnswer {
    std::vector<std::string> topics;  // the need that was matched
    std::string text;
    std::optional<domain::MatchCandidate> own;  // the team's district as matching sees it (nullopt: no facts)
    std::size_t considered = 0;                 // candidates left after exclusions and filters
    std::vector<domain::MatchResult> results;
    std::shared_ptr<const store::MatchingFeatures> features;  // keeps the results' candidates alive
};

// `database` names the cache: one copy of the features per database the process serves.
std::expected<MatchAnswer, Failure> find_matches(store::Connection& db, const void* database,
                                                 const MatchRequest& request);

// The candidates' features, read again only when the stamp changed since the last read for `database`.
std::shared_ptr<const store::MatchingFeatures> matching_features(store::Connection& db, const void* database);

// Topics must come from the shared vocabulary, at most 10 notes of at most 280 characters.
std::expected<void, Failure> declare_expertise(store::Connection& db, std::int64_t organization_id,
                                               const std::vector<store::DeclaredExpertise>& expertise);
std::expected<store::TeamNeed, Failure> state_team_need(store::Connection& db, std::int64_t team_id,
                                                        const store::TeamNeed& need, std::int64_t now);

}  // namespace trellis::actions
