#include "trellis/domain/prototype_cycle.hpp"

#include <gtest/gtest.h>

namespace trellis::domain {
namespace {

CycleFacts planned() { return {.phase = "plan", .questions = 2, .questions_predicted = 2}; }

TEST(PrototypeCycle, PlanMovesToDoOnlyWithAPredictionForEachQuestion) {
    EXPECT_TRUE(refuse_advance({.phase = "plan"}, "do"));
    EXPECT_TRUE(refuse_advance({.phase = "plan", .questions = 2, .questions_predicted = 1}, "do"));
    EXPECT_FALSE(refuse_advance(planned(), "do"));
}

TEST(PrototypeCycle, PhasesAreNotSkippedNorWalkedBack) {
    EXPECT_TRUE(refuse_advance(planned(), "study"));
    EXPECT_TRUE(refuse_advance({.phase = "study", .questions = 1, .questions_with_result = 1}, "do"));
    EXPECT_TRUE(refuse_advance(planned(), "done"));
    EXPECT_FALSE(refuse_advance(planned(), "plan"));  // staying is no move
}

TEST(PrototypeCycle, DoNeedsWhatHappenedAndStudyAResultPerPrediction) {
    EXPECT_TRUE(refuse_advance({.phase = "do"}, "study"));
    EXPECT_FALSE(refuse_advance({.phase = "do", .what_happened = true}, "study"));
    EXPECT_TRUE(refuse_advance({.phase = "study", .questions = 2, .questions_with_result = 1}, "act"));
    EXPECT_FALSE(refuse_advance({.phase = "study", .questions = 2, .questions_with_result = 2}, "act"));
}

TEST(PrototypeCycle, OnlyReachedPhasesAreEditable) {
    EXPECT_FALSE(refuse_phase_edit("do", "plan"));
    EXPECT_FALSE(refuse_phase_edit("do", "do"));
    EXPECT_TRUE(refuse_phase_edit("do", "study"));
    EXPECT_TRUE(refuse_phase_edit("plan", "act"));
}

TEST(PrototypeCycle, AnAdaptedActStartsTheNextVersion) {
    EXPECT_TRUE(starts_next_version({.phase = "act", .act_decision = "adapt"}));
    EXPECT_FALSE(starts_next_version({.phase = "act", .act_decision = "adopt"}));
    EXPECT_FALSE(starts_next_version({.phase = "study", .act_decision = "adapt"}));
    EXPECT_FALSE(cycle_complete({.phase = "act"}));
}

TEST(PrototypeCycle, DecidedPrototypesAreThoseNoLongerTesting) {
    EXPECT_FALSE(prototype_decided("testing"));
    for (auto status : {"scaled", "kept_testing", "stopped"}) EXPECT_TRUE(prototype_decided(status));
}

}  // namespace
}  // namespace trellis::domain
