#pragma once
// Peer matching (issue 14): rank organizations for a team's need by expertise and similar context, and say why.
// Pure: the candidates' features come in (store/matching.hpp reads them, actions/matching.cpp keeps them in
// memory), a ranked list with every factor's explanation goes out. docs/analysis.md gives the formula and why.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace trellis::domain {

// The shared vocabulary of expertise topics (labels live in the web app's locales, en and es).
inline constexpr std::array<std::string_view, 10> kExpertiseTopics = {
    "mtss",           "foster_youth",    "homeless_youth",   "chronic_absence",   "suspension",
    "dual_immersion", "world_languages", "english_learners", "family_engagement", "student_voice"};
[[nodiscard]] bool is_expertise_topic(std::string_view topic);
// The topics a free text names ("MTSS community of practice for foster youth" -> mtss, foster_youth): how a
// network's focus or a coaching entry's focus counts as being "on the topic". Sorted, no repeats.
[[nodiscard]] std::vector<std::string> topics_mentioned(std::string_view text);

// Public outcomes that speak to a topic: an indicator for a student group, lower is better.
struct OutcomeKey {
    std::string_view indicator;  // suspension | chronic_absence
    std::string_view group;      // the Dashboard's group code: ALL, FOS, HOM, EL
    bool operator==(const OutcomeKey&) const = default;
};
inline constexpr std::array<OutcomeKey, 6> kOutcomes = {{{"suspension", "FOS"},
                                                         {"suspension", "HOM"},
                                                         {"suspension", "ALL"},
                                                         {"chronic_absence", "ALL"},
                                                         {"chronic_absence", "FOS"},
                                                         {"chronic_absence", "HOM"}}};
// Which of kOutcomes (indexes) a need's topics make relevant.
[[nodiscard]] std::vector<std::size_t> relevant_outcomes(const std::vector<std::string>& need_topics);

// One organization's public facts and its track record, as matching sees them.
struct MatchCandidate {
    std::int64_t id = 0;
    std::string name;
    std::string kind;  // county_office | district | school
    std::string cds_code;
    std::string county;
    std::string parent_cds;
    bool open = true;
    std::optional<std::int64_t> enrollment, low_income, english_learners, foster, homeless;
    std::optional<std::string> locale;
    std::vector<std::string> grade_spans;
    std::optional<double> latitude, longitude;  // degrees (the directory's); nullopt: no location known
    std::vector<std::string> declared_topics;   // sorted
    std::string expertise_notes;                // its notes on those topics, lower case
    std::vector<std::string> mentor_topics;     // topics of the networks it mentors (sorted)
    int mentor_networks = 0;                    // networks where it is the mentor
    int provider_agreements = 0;                // agreements (MOUs) where it provides the coaching
    std::vector<std::string> coaching_topics;   // one entry per coaching-log entry on a topic it gave
    // Latest published rate per kOutcomes index; nullopt: not published or suppressed (unknown is not zero).
    std::array<std::optional<double>, kOutcomes.size()> outcome_rates{};
};

// The adjustable weights (points at full match; the defaults add up to 100).
struct MatchWeights {
    double declared = 35, mentor = 15, agreements = 10, coaching = 5, outcomes = 10;
    double enrollment = 7, low_income = 5, english_learners = 4, foster = 3, homeless = 3, locale = 2, grade_span = 1;
};
// The weights' names as the API takes them (w_declared, ...), in explanation order.
inline constexpr std::array<std::string_view, 12> kWeightNames = {
    "declared",   "mentor",           "agreements", "coaching", "outcomes", "enrollment",
    "low_income", "english_learners", "foster",     "homeless", "locale",   "grade_span"};
double& weight_of(MatchWeights& weights, std::string_view name);  // name from kWeightNames

struct MatchQuery {
    std::vector<std::string> topics;  // the need, from kExpertiseTopics
    // Free text: the topics it names join `topics`, and a word of it (4+ letters) found in a candidate's
    // expertise notes adds a quarter to its declared match.
    std::string text;
    std::int64_t own_id = 0;  // the team's organization: excluded, with its schools
    std::string own_cds;
    std::string county;         // "" any
    std::string kind;           // "" any
    double min_similarity = 0;  // the similarity band: share of the context weights reached, 0..1
    // The distance band: only candidates within this many km of the team's district (which must have a location;
    // the caller checks). A candidate with no location is left out, since it cannot be shown to be near.
    std::optional<double> within_km;
    std::size_t limit = 20;
    MatchWeights weights;
    // Statewide rate per kOutcomes index (what a candidate's rate is compared with); nullopt: none known.
    std::array<std::optional<double>, kOutcomes.size()> reference_rates{};
};

using FactorValue = std::variant<std::monostate, double, std::string, std::vector<std::string>>;
struct FactorExplanation {
    std::string factor;  // one of kWeightNames
    std::string group;   // expertise | context
    FactorValue ours;    // the team district's value (monostate: unknown or not applicable)
    FactorValue theirs;  // the candidate's
    double weight = 0;
    double contribution = 0;  // weight x match in [0, 1]; the factors' contributions add up to the score
};
struct MatchResult {
    const MatchCandidate* candidate = nullptr;
    double score = 0;
    double expertise = 0;
    double similarity = 0;              // share of the context weights reached, 0..1
    std::optional<double> distance_km;  // from the team's district, when both locations are known
    std::vector<FactorExplanation> factors;
};

// The great-circle distance between two places in km; nullopt unless both have a location.
[[nodiscard]] std::optional<double> distance_km(const MatchCandidate& a, const MatchCandidate& b);

// The team district's own facts (`own`, may be null when it has no directory entry) against every candidate:
// closed organizations, the team's district and its schools and what the filters leave out are skipped; the
// best `limit` by score (then name) come back, each explained.
[[nodiscard]] std::vector<MatchResult> rank_matches(const std::vector<MatchCandidate>& candidates,
                                                    const MatchCandidate* own, const MatchQuery& query,
                                                    std::size_t* considered = nullptr);
// Results point into `candidates`: a temporary list would leave them dangling, so it does not compile.
std::vector<MatchResult> rank_matches(std::vector<MatchCandidate>&& candidates, const MatchCandidate* own,
                                      const MatchQuery& query, std::size_t* considered = nullptr) = delete;
// One candidate, explained (what rank_matches does for each).
[[nodiscard]] MatchResult explain_match(const MatchCandidate& candidate, const MatchCandidate* own,
                                        const MatchQuery& query);

}  // namespace trellis::domain
