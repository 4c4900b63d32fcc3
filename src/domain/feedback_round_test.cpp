#include "trellis/domain/feedback_round.hpp"

#include "trellis/domain/characters.hpp"

#include <gtest/gtest.h>

namespace trellis::domain {
namespace {

const std::vector<MentionablePerson> kPeople = {{7, "Daniel Ortiz"}, {9, "James Carter"}, {11, "Elena Martínez"}};

TEST(FeedbackMentions, KeepsThePeopleTheTextStillNames) {
    EXPECT_EQ(mentions_in_text("@Daniel Ortiz could you look at step 2? @Elena Martínez too", {11, 7}, kPeople),
              (std::vector<std::int64_t>{11, 7}));
}

TEST(FeedbackMentions, DropsAMentionRemovedFromTheTextAndRepeats) {
    EXPECT_EQ(mentions_in_text("Thanks @James Carter", {7, 9, 9}, kPeople), (std::vector<std::int64_t>{9}));
}

TEST(FeedbackMentions, IgnoresPeopleOutsideTheRound) {
    // The API refuses an id outside the round before asking; here an unknown id simply mentions no one.
    EXPECT_TRUE(mentions_in_text("@Someone Else", {42}, kPeople).empty());
}

// A comment's excerpt in the timeline and the mention mail.
TEST(FeedbackExcerpt, CutsAtACharacterNeverInsideOne) {
    EXPECT_EQ(first_characters("Señales de alerta", 4), "Seña…");
    EXPECT_EQ(first_characters("corto", 5), "corto");
    EXPECT_EQ(first_characters("", 3), "");
}

}  // namespace
}  // namespace trellis::domain
