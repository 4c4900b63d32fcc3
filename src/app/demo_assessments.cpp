#include "app/demo_assessments.hpp"

#include <array>
#include <stdexcept>
#include <string>

#include "trellis/actions/self_assessments.hpp"

namespace trellis::app {

namespace {

struct DemoTerm {
    const char* term;
    const char* taken_on;
    std::array<int, 6> ratings;  // in the order of domain::kPlanAreas
    std::array<const char*, 6> evidence;
    std::array<double, 2> observed;  // one per criterion
};

constexpr std::array<DemoTerm, 2> kTerms = {{
    {"Spring 2026",
     "2026-05-15",
     {2, 2, 3, 1, 1, 2},
     {"Department meetings share lesson feedback, but only among the Spanish teachers.",
      "We looked at last year's proficiency results once, in August.",
      "Four of eleven teachers joined the summer workshop on the 2019 standards.",
      "No plan yet for the two open Mandarin positions.",
      "Families have not been asked what they want from the programs.",
      "We tried one change (can-do statements in Spanish 1) without a way to tell if it helped."},
     {58, 45}},
    {"Fall 2026",
     "2026-11-20",
     {3, 4, 4, 2, 2, 3},
     {"Every language now has a monthly feedback round using the same protocol.",
      "Each teacher looks at the proficiency check with a partner twice a term.",
      "All eleven teachers are in a peer observation cycle on interpersonal communication.",
      "A heritage-speaker pathway is drafted with the teacher preparation program.",
      "The first family listening session (in Spanish and English) met in October.",
      "Can-do statements spread to French and Mandarin after the Spanish 1 trial."},
     {66, 85}},
}};

}  // namespace

void add_demo_assessments(store::Connection& db, std::int64_t world_languages, std::int64_t lead_user,
                          std::int64_t now) {
    const auth::Principal elena{.user_id = lead_user, .name = "Elena Martínez"};
    const actions::Caller caller{db, elena, now};
    const auto criteria = actions::declare_criteria(
        caller, world_languages, 0,
        {{0, "Students in a world-language course reaching Novice High or above on the spring proficiency check", 70,
          "%", "higher_is_better", std::nullopt},
         {0, "World-language teachers in a peer observation cycle this term", 90, "%", "higher_is_better",
          std::nullopt}});
    if (!criteria) throw std::logic_error("the demo's criteria were refused: " + criteria.error().detail);
    for (const auto& term : kTerms) {
        store::SelfAssessment draft;
        draft.team_id = world_languages;
        draft.term = term.term;
        draft.taken_on = term.taken_on;
        for (std::size_t i = 0; i < term.ratings.size(); ++i)
            draft.ratings.push_back({std::string(domain::kPlanAreas[i]), term.ratings[i], term.evidence[i]});
        for (std::size_t i = 0; i < term.observed.size(); ++i)
            draft.observations.push_back({criteria->criteria[i].id, term.observed[i]});
        if (!actions::create_assessment(caller, std::move(draft)))
            throw std::logic_error("the demo's self-assessment was refused");
    }
}

}  // namespace trellis::app
