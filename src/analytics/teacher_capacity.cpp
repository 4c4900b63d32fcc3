#include "trellis/analytics/teacher_capacity.hpp"

#include <algorithm>
#include <map>
#include <string_view>

#include "student_values.hpp"

namespace trellis::analytics {

std::vector<std::string> program_type_keys(const std::vector<std::string>& names) {
    std::vector<std::string> keys;
    for (const auto& name : names) {
        auto key = detail::normalise_code_value(name);
        if (!key.empty() && std::ranges::find(keys, key) == keys.end()) keys.push_back(std::move(key));
    }
    return keys;
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// ASCII lower case with leading and trailing white space removed.
std::string folded(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    std::string out;
    out.reserve(text.size());
    for (char c : text) out.push_back(lower(c));
    return out;
}

// The comparison key of a learning need: lower case, every white space character removed.
std::string need_key(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (!is_space(c)) out.push_back(lower(c));
    }
    return out;
}

std::string trimmed(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return std::string(text);
}

bool teaches(const TeacherProfile& t, const std::string& language) {
    return std::any_of(t.languages.begin(), t.languages.end(),
                       [&](const std::string& l) { return folded(l) == language; });
}

bool credentialed(const TeacherProfile& t, const std::string& language) {
    return std::any_of(t.credentials.begin(), t.credentials.end(),
                       [&](const std::string& c) { return folded(c).find(language) != std::string::npos; });
}

std::size_t band_of(const std::optional<int>& years) {
    if (!years || *years < 0) return 5;  // unknown
    if (*years <= 2) return 0;
    if (*years <= 5) return 1;
    if (*years <= 10) return 2;
    if (*years <= 20) return 3;
    return 4;
}

}  // namespace

TeacherCapacity assess_teacher_capacity(const std::vector<TeacherProfile>& teachers,
                                        const std::vector<LanguageOffer>& offered) {
    TeacherCapacity out;
    out.teachers = static_cast<std::int64_t>(teachers.size());

    for (const auto& offer : offered) {
        LanguageCoverage coverage;
        coverage.language = offer.language;
        coverage.program_types = offer.program_types;
        const std::string language = folded(offer.language);
        if (!language.empty()) {
            for (const auto& t : teachers) {
                if (!teaches(t, language)) continue;
                if (credentialed(t, language)) {
                    ++coverage.qualified_teachers;
                } else {
                    ++coverage.teaching_without_credential;
                }
            }
        }
        coverage.at_risk = coverage.qualified_teachers < 2;
        out.languages.push_back(std::move(coverage));
    }

    static const char* const kBands[] = {"0-2", "3-5", "6-10", "11-20", "21+", "unknown"};
    for (const char* band : kBands) out.experience.push_back(ExperienceBand{band, 0});
    for (const auto& t : teachers) ++out.experience[band_of(t.years_experience)].teachers;

    // Borda count: a teacher's distinct needs, n of them, earn n points for the first down to 1 for the last.
    struct Tally {
        LearningPriority priority;
        std::string key;
    };
    std::vector<Tally> tallies;
    std::map<std::string, std::size_t, std::less<>> index;
    for (const auto& t : teachers) {
        std::vector<std::string> keys;
        std::vector<const std::string*> spellings;
        for (const auto& need : t.learning_needs) {
            std::string key = need_key(need);
            if (key.empty() || std::find(keys.begin(), keys.end(), key) != keys.end()) continue;  // first rank counts
            keys.push_back(std::move(key));
            spellings.push_back(&need);
        }
        const auto n = static_cast<std::int64_t>(keys.size());
        for (std::size_t rank = 0; rank < keys.size(); ++rank) {
            auto [it, inserted] = index.try_emplace(keys[rank], tallies.size());
            if (inserted) tallies.push_back(Tally{LearningPriority{trimmed(*spellings[rank]), 0, 0}, keys[rank]});
            auto& p = tallies[it->second].priority;
            p.points += n - static_cast<std::int64_t>(rank);
            ++p.teachers;
        }
    }
    std::sort(tallies.begin(), tallies.end(), [](const Tally& a, const Tally& b) {
        if (a.priority.points != b.priority.points) return a.priority.points > b.priority.points;
        if (a.priority.teachers != b.priority.teachers) return a.priority.teachers > b.priority.teachers;
        return a.key < b.key;
    });
    for (auto& tally : tallies) out.priorities.push_back(std::move(tally.priority));
    return out;
}

}  // namespace trellis::analytics
