#include "trellis/actions/matching.hpp"

#include <algorithm>
#include <map>
#include <mutex>

#include <fmt/format.h>

#include "trellis/store/directory.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {

namespace {

constexpr std::size_t kMaxNote = 280;
constexpr std::size_t kMaxDescription = 2000;

struct CachedFeatures {
    std::string stamp;
    std::shared_ptr<const store::MatchingFeatures> features;
};

// One entry per database the process serves (in practice one); readers share the features, a refresh swaps
// the pointer, and a query in flight keeps the copy it started with.
std::mutex cache_mutex;
std::map<const void*, CachedFeatures> cache;

Failure validation(std::string field, std::string message) {
    auto detail = fmt::format("{}: {}", field, message);
    return {FailureKind::validation, std::move(detail), {{std::move(field), std::move(message)}}};
}

std::expected<void, Failure> check_topics(const std::vector<std::string>& topics, const std::string& field) {
    for (const auto& t : topics)
        if (!domain::is_expertise_topic(t))
            return std::unexpected(validation(field, fmt::format("'{}' is not a topic of the vocabulary", t)));
    return {};
}

domain::MatchCandidate from_record(const store::DirectoryRecord& r) {
    domain::MatchCandidate c;
    c.id = r.id;
    c.name = r.name;
    c.kind = r.kind;
    c.cds_code = r.cds_code;
    c.county = r.county.value_or("");
    c.enrollment = r.profile.enrollment;
    c.low_income = r.profile.low_income;
    c.english_learners = r.profile.english_learners;
    c.foster = r.profile.foster;
    c.homeless = r.profile.homeless;
    c.locale = r.profile.locale;
    c.grade_spans = r.grade_spans;
    c.latitude = r.latitude;
    c.longitude = r.longitude;
    return c;
}

}  // namespace

std::shared_ptr<const store::MatchingFeatures> matching_features(store::Connection& db, const void* database) {
    auto stamp = store::matching_features_stamp(db);
    {
        const std::lock_guard lock(cache_mutex);
        const auto it = cache.find(database);
        if (it != cache.end() && it->second.stamp == stamp) return it->second.features;
    }
    auto features = std::make_shared<const store::MatchingFeatures>(store::load_matching_features(db));
    const std::lock_guard lock(cache_mutex);
    cache[database] = {std::move(stamp), features};
    return features;
}

std::expected<MatchAnswer, Failure> find_matches(store::Connection& db, const void* database,
                                                 const MatchRequest& request) {
    const auto team = store::find_team(db, request.team_id);
    if (!team) return std::unexpected(Failure{FailureKind::not_found, fmt::format("team {}", request.team_id)});
    if (request.topics) {
        if (auto ok = check_topics(*request.topics, "topics"); !ok) return std::unexpected(ok.error());
    }
    MatchAnswer answer;
    const auto need = store::team_need(db, team->id);
    answer.topics = request.topics.value_or(need.topics);
    answer.text = request.text.value_or(need.description);
    answer.features = matching_features(db, database);
    const auto& candidates = answer.features->candidates;
    const auto own = std::find_if(candidates.begin(), candidates.end(),
                                  [&](const domain::MatchCandidate& c) { return c.id == team->organization_id; });
    if (own != candidates.end()) {
        answer.own = *own;
    } else if (const auto record = store::find_directory_record(db, team->organization_id)) {
        answer.own = from_record(*record);
    }
    if (request.within_km && (!answer.own || !answer.own->latitude || !answer.own->longitude))
        return std::unexpected(validation("within_km",
                                          "the team's district has no location in the state's directory, so no "
                                          "distance can be measured; leave the distance band out"));
    domain::MatchQuery query;
    query.topics = answer.topics;
    query.text = answer.text;
    query.own_id = team->organization_id;
    query.own_cds = answer.own ? answer.own->cds_code : "";
    query.county = request.county;
    query.kind = request.kind;
    query.min_similarity = request.min_similarity;
    query.within_km = request.within_km;
    query.limit = request.limit;
    query.weights = request.weights;
    query.reference_rates = answer.features->reference_rates;
    answer.results = domain::rank_matches(candidates, answer.own ? &*answer.own : nullptr, query, &answer.considered);
    return answer;
}

std::expected<void, Failure> declare_expertise(store::Connection& db, std::int64_t organization_id,
                                               const std::vector<store::DeclaredExpertise>& expertise) {
    std::vector<std::string> seen;
    for (const auto& e : expertise) {
        if (auto ok = check_topics({e.topic}, "expertise"); !ok) return std::unexpected(ok.error());
        if (std::find(seen.begin(), seen.end(), e.topic) != seen.end())
            return std::unexpected(validation("expertise", fmt::format("'{}' is declared twice", e.topic)));
        if (e.note.size() > kMaxNote)
            return std::unexpected(
                validation("expertise", fmt::format("a note must be at most {} characters", kMaxNote)));
        seen.push_back(e.topic);
    }
    store::replace_organization_expertise(db, organization_id, expertise);
    return {};
}

std::expected<store::TeamNeed, Failure> state_team_need(store::Connection& db, std::int64_t team_id,
                                                        const store::TeamNeed& need, std::int64_t now) {
    if (auto ok = check_topics(need.topics, "topics"); !ok) return std::unexpected(ok.error());
    if (need.description.size() > kMaxDescription)
        return std::unexpected(
            validation("description", fmt::format("must be at most {} characters", kMaxDescription)));
    auto topics = need.topics;
    std::sort(topics.begin(), topics.end());
    topics.erase(std::unique(topics.begin(), topics.end()), topics.end());
    store::save_team_need(db, team_id, {topics, need.description, now}, now);
    return store::team_need(db, team_id);
}

}  // namespace trellis::actions
