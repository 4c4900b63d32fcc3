#include "trellis/domain/self_assessment.hpp"

#include <gtest/gtest.h>

using namespace trellis::domain;

TEST(SelfAssessment, AreasAndScaleWords) {
    EXPECT_FALSE(check_plan_area("use_of_data"));
    EXPECT_TRUE(check_plan_area("use of data"));
    EXPECT_EQ(rating_key(1), "exploration_and_research");
    EXPECT_EQ(rating_key(4), "full_implementation");
    EXPECT_EQ(rating_key(5), "full_implementation_and_sustainability");
    EXPECT_TRUE(rating_key(0).empty());
    EXPECT_TRUE(rating_key(6).empty());
}

TEST(SelfAssessment, CriterionMetAtTheThresholdEitherDirection) {
    EXPECT_EQ(judge_criterion({80, false, 80.0}), CriterionResult::met);
    EXPECT_EQ(judge_criterion({80, false, 79.9}), CriterionResult::not_met);
    EXPECT_EQ(judge_criterion({10, true, 10.0}), CriterionResult::met);
    EXPECT_EQ(judge_criterion({10, true, 12.0}), CriterionResult::not_met);
    EXPECT_EQ(judge_criterion({10, true, std::nullopt}), CriterionResult::not_observed);
}

TEST(SelfAssessment, FullyImplementedNeedsEveryCriterionAndEveryAreaAtFour) {
    const std::vector<int> fours(6, 4);
    EXPECT_TRUE(fully_implemented({CriterionResult::met, CriterionResult::met}, fours));
    EXPECT_TRUE(fully_implemented({}, {4, 5, 4, 5, 4, 5}));
    EXPECT_FALSE(fully_implemented({CriterionResult::met, CriterionResult::not_observed}, fours));
    EXPECT_FALSE(fully_implemented({CriterionResult::not_met}, fours));
    EXPECT_FALSE(fully_implemented({CriterionResult::met}, {4, 4, 4, 4, 4, 3}));
    EXPECT_FALSE(fully_implemented({CriterionResult::met}, {4, 4, 4, 4, 4}));
}
