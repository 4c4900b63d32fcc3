#include "trellis/domain/matching.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace trellis::domain {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The words that name a topic in free text (English and Spanish, lower case).
struct TopicWords {
    std::string_view topic;
    std::array<std::string_view, 4> words;
};
constexpr std::array<TopicWords, kExpertiseTopics.size()> kTopicWords = {{
    {"mtss", {"mtss", "multi-tiered", "multi tiered", "sistema de apoyo"}},
    {"foster_youth", {"foster", "crianza temporal", "acogida", ""}},
    {"homeless_youth", {"homeless", "sin hogar", "mckinney", ""}},
    {"chronic_absence", {"chronic absen", "absentismo", "ausentismo", "attendance"}},
    {"suspension", {"suspension", "suspensi\xc3\xb3n", "discipline", "disciplina"}},
    {"dual_immersion", {"dual immersion", "dual language", "inmersi\xc3\xb3n dual", "two-way"}},
    {"world_languages", {"world language", "lenguas del mundo", "idiomas del mundo", ""}},
    {"english_learners", {"english learner", "aprendices de ingl\xc3\xa9s", "estudiantes de ingl\xc3\xa9s", ""}},
    {"family_engagement", {"family engagement", "familias", "families", "parent"}},
    {"student_voice", {"student voice", "voz estudiantil", "voz de los estudiantes", ""}},
}};

bool contains(const std::vector<std::string>& sorted, const std::string& value) {
    return std::binary_search(sorted.begin(), sorted.end(), value);
}

double share(std::optional<std::int64_t> count, std::optional<std::int64_t> enrollment) {
    return static_cast<double>(*count) / static_cast<double>(*enrollment);
}
bool has_share(std::optional<std::int64_t> count, std::optional<std::int64_t> enrollment) {
    return count && enrollment && *enrollment > 0;
}

double clamp01(double x) { return std::clamp(x, 0.0, 1.0); }

// The text before "City: Large": the locale's category.
std::string_view locale_category(const std::string& locale) {
    return std::string_view(locale).substr(0, locale.find(':'));
}

enum class Group : std::uint8_t { expertise, context };

struct Scorer {
    const MatchCandidate& them;
    const MatchCandidate* us;
    const MatchQuery& query;
    const std::vector<std::string>& topics;
    const std::vector<std::string>& words;
    const std::vector<std::size_t>& relevant;  // relevant_outcomes(topics), worked out once per query
    MatchResult result;

    bool explain = true;  // false: only the score (ranking's first pass), so no values are built

    // `values` gives (ours, theirs), built only when the result is explained.
    template <typename Values>
    void add(std::string_view factor, Group group, double weight, double match, Values&& values) {
        const double contribution = weight * clamp01(match);
        result.score += contribution;
        if (group == Group::expertise) result.expertise += contribution;
        if (!explain) return;
        auto [ours, theirs] = values();
        result.factors.push_back({std::string(factor), group == Group::expertise ? "expertise" : "context",
                                  std::move(ours), std::move(theirs), weight, contribution});
    }

    std::vector<std::string> need_topics_in(const std::vector<std::string>& sorted) const {
        std::vector<std::string> out;
        for (const auto& t : topics)
            if (contains(sorted, t)) out.push_back(t);
        return out;
    }

    void expertise() {
        const auto& w = query.weights;
        const double n = static_cast<double>(topics.size());
        std::size_t declared = 0;
        for (const auto& t : topics) declared += contains(them.declared_topics, t) ? 1 : 0;
        double declared_match = n > 0 ? static_cast<double>(declared) / n : 0;
        const bool note_hit = std::any_of(words.begin(), words.end(), [&](const std::string& word) {
            return them.expertise_notes.find(word) != std::string::npos;
        });
        if (note_hit) declared_match += 0.25;
        add("declared", Group::expertise, w.declared, declared_match,
            [&] { return std::pair<FactorValue, FactorValue>(topics, need_topics_in(them.declared_topics)); });

        const bool mentor_on = std::any_of(topics.begin(), topics.end(),
                                           [&](const std::string& t) { return contains(them.mentor_topics, t); });
        const double mentor_match = mentor_on ? 1.0 : (them.mentor_networks > 0 ? 0.5 : 0.0);
        add("mentor", Group::expertise, w.mentor, mentor_match,
            [&] { return std::pair<FactorValue, FactorValue>(std::monostate{}, need_topics_in(them.mentor_topics)); });
        // Two agreements as the provider count in full: one is a start, two a practice.
        const auto agreements = static_cast<double>(them.provider_agreements);
        add("agreements", Group::expertise, w.agreements, agreements / 2.0,
            [&] { return std::pair<FactorValue, FactorValue>(std::monostate{}, agreements); });
        const auto coaching = static_cast<double>(std::count_if(
            them.coaching_topics.begin(), them.coaching_topics.end(),
            [&](const std::string& t) { return std::find(topics.begin(), topics.end(), t) != topics.end(); }));
        // Five logged sessions on the topic count in full.
        add("coaching", Group::expertise, w.coaching, coaching / 5.0,
            [&] { return std::pair<FactorValue, FactorValue>(std::monostate{}, coaching); });
        outcomes();
    }

    // The candidate's published rate against the state's, for the outcomes the need makes relevant: the
    // state's rate scores one half, zero scores one, twice the state's or worse scores nothing. Unknown rates
    // (suppressed or not published) are left out of the average, never read as zero; none known counts nothing.
    void outcomes() {
        double sum = 0;
        int known = 0;
        std::vector<std::string> shown;
        for (const auto i : relevant) {
            const auto& rate = them.outcome_rates[i];
            const auto& reference = query.reference_rates[i];
            if (!rate || !reference || *reference <= 0) continue;
            sum += clamp01(1.0 - *rate / (2.0 * *reference));
            ++known;
        }
        // The first relevant outcome with a known rate is what the explanation shows (ours and theirs).
        add("outcomes", Group::expertise, query.weights.outcomes, known > 0 ? sum / known : 0.0, [&] {
            std::pair<FactorValue, FactorValue> values;
            for (const auto i : relevant) {
                if (!them.outcome_rates[i]) continue;
                values.second = *them.outcome_rates[i];
                if (us && us->outcome_rates[i]) values.first = *us->outcome_rates[i];
                break;
            }
            return values;
        });
    }

    void share_factor(std::string_view name, double weight, std::optional<std::int64_t> MatchCandidate::*field,
                      double full_difference) {
        std::pair<FactorValue, FactorValue> values;
        double match = 0;
        const bool have_ours = us && has_share(us->*field, us->enrollment);
        const bool have_theirs = has_share(them.*field, them.enrollment);
        if (have_ours) values.first = share(us->*field, us->enrollment);
        if (have_theirs) values.second = share(them.*field, them.enrollment);
        if (have_ours && have_theirs)
            match = 1.0 - std::abs(std::get<double>(values.first) - std::get<double>(values.second)) / full_difference;
        add(name, Group::context, weight, match, [&] { return values; });
    }

    void context() {
        const auto& w = query.weights;
        std::pair<FactorValue, FactorValue> values;
        double match = 0;
        if (us && us->enrollment) values.first = static_cast<double>(*us->enrollment);
        if (them.enrollment) values.second = static_cast<double>(*them.enrollment);
        // On a log scale: a tenth or ten times the size is no match; the same size a full one.
        if (us && us->enrollment > 0 && them.enrollment > 0)
            match = 1.0 - std::abs(std::log10(static_cast<double>(*us->enrollment)) -
                                   std::log10(static_cast<double>(*them.enrollment)));
        add("enrollment", Group::context, w.enrollment, match, [&] { return values; });
        // Differences in share that count as no match at all, chosen from the shares' spread across the state.
        share_factor("low_income", w.low_income, &MatchCandidate::low_income, 0.30);
        share_factor("english_learners", w.english_learners, &MatchCandidate::english_learners, 0.20);
        share_factor("foster", w.foster, &MatchCandidate::foster, 0.01);
        share_factor("homeless", w.homeless, &MatchCandidate::homeless, 0.05);

        double locale_match = 0;
        if (us && us->locale && them.locale)
            locale_match = *us->locale == *them.locale                                     ? 1.0
                           : locale_category(*us->locale) == locale_category(*them.locale) ? 0.5
                                                                                           : 0.0;
        add("locale", Group::context, w.locale, locale_match, [&] {
            std::pair<FactorValue, FactorValue> values;
            if (us && us->locale) values.first = *us->locale;
            if (them.locale) values.second = *them.locale;
            return values;
        });

        // Grade spans: shared spans over all spans either serves (Jaccard).
        double span_match = 0;
        if (us && !us->grade_spans.empty() && !them.grade_spans.empty()) {
            std::size_t shared = 0;
            for (const auto& s : them.grade_spans)
                if (std::find(us->grade_spans.begin(), us->grade_spans.end(), s) != us->grade_spans.end()) ++shared;
            span_match = static_cast<double>(shared) /
                         static_cast<double>(us->grade_spans.size() + them.grade_spans.size() - shared);
        }
        add("grade_span", Group::context, w.grade_span, span_match, [&] {
            return std::pair<FactorValue, FactorValue>(us ? FactorValue(us->grade_spans) : FactorValue(),
                                                       them.grade_spans);
        });
    }
};

std::vector<std::string> effective_topics(const MatchQuery& query) {
    auto topics = query.topics;
    for (auto& t : topics_mentioned(query.text)) topics.push_back(std::move(t));
    std::sort(topics.begin(), topics.end());
    topics.erase(std::unique(topics.begin(), topics.end()), topics.end());
    return topics;
}

std::vector<std::string> note_words(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    for (const char c : lower(text) + " ") {
        if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80) || c == '-') {
            word += c;
        } else {
            if (word.size() >= 4) out.push_back(word);
            word.clear();
        }
    }
    return out;
}

double context_weight(const MatchWeights& w) {
    return w.enrollment + w.low_income + w.english_learners + w.foster + w.homeless + w.locale + w.grade_span;
}

MatchResult score(const MatchCandidate& them, const MatchCandidate* us, const MatchQuery& query,
                  const std::vector<std::string>& topics, const std::vector<std::string>& words,
                  const std::vector<std::size_t>& relevant, bool explain) {
    Scorer scorer{them, us, query, topics, words, relevant, {}, explain};
    scorer.result.candidate = &them;
    if (explain) scorer.result.factors.reserve(kWeightNames.size());
    scorer.expertise();
    scorer.context();
    const double total = context_weight(query.weights);
    scorer.result.similarity = total > 0 ? (scorer.result.score - scorer.result.expertise) / total : 0;
    if (us) scorer.result.distance_km = distance_km(them, *us);
    return std::move(scorer.result);
}

}  // namespace

// The haversine formula on a sphere of the Earth's mean radius: within half a percent of the ellipsoid's distance,
// far finer than a "within 50 km" band needs, so a geodesy library would add nothing but a dependency.
std::optional<double> distance_km(const MatchCandidate& a, const MatchCandidate& b) {
    if (!a.latitude || !a.longitude || !b.latitude || !b.longitude) return std::nullopt;
    constexpr double kEarthRadiusKm = 6371.0088;
    constexpr double kRadians = 3.14159265358979323846 / 180.0;
    const double lat1 = *a.latitude * kRadians, lat2 = *b.latitude * kRadians;
    const double half_dlat = (lat2 - lat1) / 2, half_dlon = (*b.longitude - *a.longitude) * kRadians / 2;
    const double h = std::sin(half_dlat) * std::sin(half_dlat) +
                     std::cos(lat1) * std::cos(lat2) * std::sin(half_dlon) * std::sin(half_dlon);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

bool is_expertise_topic(std::string_view topic) {
    return std::find(kExpertiseTopics.begin(), kExpertiseTopics.end(), topic) != kExpertiseTopics.end();
}

std::vector<std::string> topics_mentioned(std::string_view text) {
    const auto lowered = lower(text);
    std::vector<std::string> out;
    for (const auto& entry : kTopicWords) {
        for (const auto word : entry.words) {
            if (!word.empty() && lowered.find(word) != std::string::npos) {
                out.emplace_back(entry.topic);
                break;
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::size_t> relevant_outcomes(const std::vector<std::string>& need_topics) {
    const auto wants = [&](std::string_view t) {
        return std::find(need_topics.begin(), need_topics.end(), t) != need_topics.end();
    };
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < kOutcomes.size(); ++i) {
        const auto& o = kOutcomes[i];
        const bool indicator_topic = (o.indicator == "suspension" && (wants("suspension") || wants("mtss"))) ||
                                     (o.indicator == "chronic_absence" && wants("chronic_absence"));
        const bool group_topic =
            (o.group == "FOS" && wants("foster_youth")) || (o.group == "HOM" && wants("homeless_youth"));
        // A group's outcome is relevant when the need names the group (for suspension, the MTSS measure) or
        // the indicator; the whole population's only when the need names the indicator.
        if (o.group == "ALL" ? indicator_topic : (group_topic && (indicator_topic || o.indicator == "suspension")))
            out.push_back(i);
    }
    return out;
}

double& weight_of(MatchWeights& w, std::string_view name) {
    if (name == "declared") return w.declared;
    if (name == "mentor") return w.mentor;
    if (name == "agreements") return w.agreements;
    if (name == "coaching") return w.coaching;
    if (name == "outcomes") return w.outcomes;
    if (name == "enrollment") return w.enrollment;
    if (name == "low_income") return w.low_income;
    if (name == "english_learners") return w.english_learners;
    if (name == "foster") return w.foster;
    if (name == "homeless") return w.homeless;
    if (name == "locale") return w.locale;
    if (name == "grade_span") return w.grade_span;
    throw std::invalid_argument("unknown matching weight");
}

MatchResult explain_match(const MatchCandidate& candidate, const MatchCandidate* own, const MatchQuery& query) {
    const auto topics = effective_topics(query);
    return score(candidate, own, query, topics, note_words(query.text), relevant_outcomes(topics), true);
}

std::vector<MatchResult> rank_matches(const std::vector<MatchCandidate>& candidates, const MatchCandidate* own,
                                      const MatchQuery& query, std::size_t* considered) {
    const auto topics = effective_topics(query);
    const auto words = note_words(query.text);
    const auto relevant = relevant_outcomes(topics);
    std::vector<MatchResult> results;
    for (const auto& c : candidates) {
        if (!c.open || c.id == query.own_id) continue;
        if (!query.own_cds.empty() && (c.cds_code == query.own_cds || c.parent_cds == query.own_cds)) continue;
        if (!query.county.empty() && c.county != query.county) continue;
        if (!query.kind.empty() && c.kind != query.kind) continue;
        if (query.within_km && own) {
            const auto away = distance_km(c, *own);
            if (!away || *away > *query.within_km) continue;
        }
        auto r = score(c, own, query, topics, words, relevant, false);
        if (r.similarity < query.min_similarity) continue;
        results.push_back(std::move(r));
    }
    if (considered) *considered = results.size();
    const auto better = [](const MatchResult& a, const MatchResult& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.candidate->name != b.candidate->name) return a.candidate->name < b.candidate->name;
        return a.candidate->id < b.candidate->id;
    };
    const auto keep = std::min(query.limit, results.size());
    std::partial_sort(results.begin(), results.begin() + static_cast<std::ptrdiff_t>(keep), results.end(), better);
    results.resize(keep);
    // The second pass explains only the results that are kept, with the same arithmetic as the first.
    for (auto& r : results) r = score(*r.candidate, own, query, topics, words, relevant, true);
    return results;
}

}  // namespace trellis::domain
