#include "trellis/domain/network_meeting_text.hpp"

#include <gtest/gtest.h>

using namespace trellis::domain;

TEST(NetworkMeetingText, NamesTheCommunityOfPractice) {
    EXPECT_EQ(community_of_practice_name(Language::en, "Valley"), "Valley — network meetings");
    EXPECT_EQ(community_of_practice_name(Language::es, "Valle"), "Valle — reuniones de la red");
}

TEST(NetworkMeetingText, SumsUpTheMinutes) {
    EXPECT_EQ(network_meeting_summary(Language::en, {"Use the protocol", "Meet monthly"}, 3),
              "Network meeting. Decisions (2): Use the protocol; Meet monthly. Action items: 3.");
    EXPECT_EQ(network_meeting_summary(Language::es, {}, 0), "Reunión de la red. Tareas: 0.");
}

TEST(NetworkMeetingText, KeepsOneFullStopAfterADecisionWrittenAsASentence) {
    EXPECT_EQ(network_meeting_summary(Language::en, {"Lancaster builds the report first."}, 2),
              "Network meeting. Decisions (1): Lancaster builds the report first. Action items: 2.");
    EXPECT_EQ(network_meeting_summary(Language::es, {"¿Seguimos?"}, 1),
              "Reunión de la red. Acuerdos (1): ¿Seguimos? Tareas: 1.");
}

TEST(NetworkMeetingText, CutsLongDecisionsOnACharacterBoundary) {
    const auto out = network_meeting_summary(Language::en, {"ééééé"}, 1, 3);  // é is two bytes
    EXPECT_EQ(out, "Network meeting. Decisions (1): é…. Action items: 1.");
}
