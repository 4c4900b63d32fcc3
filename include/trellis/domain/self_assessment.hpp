#pragma once
// A team's self-assessment of implementation (issue 13, part 4), as pure functions: the six areas a team rates,
// the five-point scale, and whether each "fully implemented" criterion is met by what the team observed.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trellis/domain/plan.hpp"  // kPlanAreas: the six areas a team rates are the plan's

namespace trellis::domain {

inline constexpr int kLowestRating = 1;
inline constexpr int kHighestRating = 5;
inline constexpr int kFullImplementation = 4;  // "full implementation"; 5 adds sustainability

// The scale's words: 1 exploration_and_research ... 5 full_implementation_and_sustainability; empty outside 1..5.
std::string_view rating_key(int rating);

enum class CriterionResult { met, not_met, not_observed };
std::string_view result_name(CriterionResult result);

struct CriterionCheck {
    double threshold = 0;
    bool lower_is_better = false;
    std::optional<double> observed;
};

// Met when the observed value reaches the threshold (at least it; at most it when lower is better).
CriterionResult judge_criterion(const CriterionCheck& check);

// Fully implemented: at least one thing to judge, every criterion met, and every one of the six areas rated at
// full implementation or above. `ratings` holds one rating per area (a missing area is not fully implemented).
bool fully_implemented(const std::vector<CriterionResult>& criteria, const std::vector<int>& area_ratings);

}  // namespace trellis::domain
