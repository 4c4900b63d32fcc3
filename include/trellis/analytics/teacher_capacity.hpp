#pragma once
// Teacher capacity (guide section D), pure: coverage of each offered language by qualified teachers, the
// experience mix, and the team's professional learning priorities (Borda count over ranked needs).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trellis::analytics {

struct TeacherProfile {
    std::string name;
    std::vector<std::string> credentials;  // "Single Subject: Spanish", "Bilingual Authorization (Spanish)"
    std::optional<int> years_experience;
    std::vector<std::string> languages;       // languages taught: "Spanish", "Mandarin"
    std::vector<std::string> grade_spans;     // elementary | middle | high
    std::vector<std::string> program_types;   // dual_immersion, fles, world_language, heritage, ap, ...
    std::vector<std::string> learning_needs;  // ranked, most wanted first
    std::vector<std::string> professional_organizations;
};

// Program types are keys ("Dual Immersion" -> "dual_immersion", as normalise_code_value writes them), so a
// staff file, a teacher's own profile and the district's settings name a program the same way whatever the
// spelling; empty and repeated names are dropped, the order kept.
std::vector<std::string> program_type_keys(const std::vector<std::string>& names);

struct LanguageOffer {
    std::string language;                    // "Spanish"
    std::vector<std::string> program_types;  // programs offered in it
};

struct LanguageCoverage {
    std::string language;
    std::vector<std::string> program_types;
    std::int64_t qualified_teachers = 0;  // teach it and hold a credential naming it (case-insensitive)
    std::int64_t teaching_without_credential = 0;
    bool at_risk = false;  // fewer than two qualified teachers
};

struct ExperienceBand {
    std::string band;  // "0-2", "3-5", "6-10", "11-20", "21+", "unknown"
    std::int64_t teachers = 0;
};

struct LearningPriority {
    std::string need;           // first spelling seen; needs compare case- and space-insensitively
    std::int64_t points = 0;    // Borda: with n needs ranked, rank 1 earns n points, rank n earns 1
    std::int64_t teachers = 0;  // how many ranked it at all
};

struct TeacherCapacity {
    std::vector<LanguageCoverage> languages;   // in offer order
    std::vector<ExperienceBand> experience;    // band order
    std::vector<LearningPriority> priorities;  // most points first, ties by teachers then name
    std::int64_t teachers = 0;
};

TeacherCapacity assess_teacher_capacity(const std::vector<TeacherProfile>& teachers,
                                        const std::vector<LanguageOffer>& offered);

}  // namespace trellis::analytics
