#include "trellis/domain/self_assessment.hpp"

#include <algorithm>

namespace trellis::domain {

std::string_view rating_key(int rating) {
    static constexpr std::array<std::string_view, 5> kKeys = {"exploration_and_research", "beginning_development",
                                                              "initial_implementation", "full_implementation",
                                                              "full_implementation_and_sustainability"};
    if (rating < kLowestRating || rating > kHighestRating) return {};
    return kKeys[static_cast<std::size_t>(rating - 1)];
}

std::string_view result_name(CriterionResult result) {
    switch (result) {
        case CriterionResult::met:
            return "met";
        case CriterionResult::not_met:
            return "not_met";
        case CriterionResult::not_observed:
            return "not_observed";
    }
    return "not_observed";
}

CriterionResult judge_criterion(const CriterionCheck& check) {
    if (!check.observed) return CriterionResult::not_observed;
    const bool met = check.lower_is_better ? *check.observed <= check.threshold : *check.observed >= check.threshold;
    return met ? CriterionResult::met : CriterionResult::not_met;
}

bool fully_implemented(const std::vector<CriterionResult>& criteria, const std::vector<int>& area_ratings) {
    if (area_ratings.size() != std::size(kPlanAreas)) return false;
    const bool areas =
        std::all_of(area_ratings.begin(), area_ratings.end(), [](int r) { return r >= kFullImplementation; });
    const bool met =
        std::all_of(criteria.begin(), criteria.end(), [](CriterionResult r) { return r == CriterionResult::met; });
    return areas && met;
}

}  // namespace trellis::domain
