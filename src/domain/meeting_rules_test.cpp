#include "trellis/domain/meeting_rules.hpp"

#include <gtest/gtest.h>

using namespace trellis::domain;

TEST(MeetingRules, MaxObjectivesIsTwoAnHourAndAtLeastOne) {
    EXPECT_EQ(max_objectives(15), 1);
    EXPECT_EQ(max_objectives(30), 1);
    EXPECT_EQ(max_objectives(59), 1);
    EXPECT_EQ(max_objectives(60), 2);
    EXPECT_EQ(max_objectives(89), 2);
    EXPECT_EQ(max_objectives(90), 3);
    EXPECT_EQ(max_objectives(120), 4);
    EXPECT_EQ(max_objectives(0), 1);
    EXPECT_EQ(max_objectives(-30), 1);
}

TEST(MeetingRules, TooManyObjectivesNamesTheNumbers) {
    EXPECT_TRUE(check_objectives(2, 60).empty());
    const auto v = check_objectives(3, 60);
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].rule, kRuleObjectives);
    EXPECT_EQ(v[0].message, "3 objectives for a 60-minute meeting; at most 2");
    EXPECT_EQ(check_objectives(2, 30)[0].message, "2 objectives for a 30-minute meeting; at most 1");
}

TEST(MeetingRules, MinDiscussionRoundsUpWithoutFloatingNoise) {
    EXPECT_EQ(min_discussion_minutes(60), 12);
    EXPECT_EQ(min_discussion_minutes(45), 9);
    EXPECT_EQ(min_discussion_minutes(50), 10);
    EXPECT_EQ(min_discussion_minutes(47), 10);  // 9.4 → 10
    EXPECT_EQ(min_discussion_minutes(15), 3);
    EXPECT_EQ(min_discussion_minutes(90, 0.25), 23);  // 22.5 → 23
    EXPECT_EQ(min_discussion_minutes(60, 0.0), 0);
}

TEST(MeetingRules, AgendaThatFitsAndKeepsDiscussionPasses) {
    const std::vector<AgendaItem> agenda = {{"Welcome", 5, "welcome"},
                                            {"Section work", 38, "section_work"},
                                            {"Questions", 12, "discussion"},
                                            {"Action items", 5, "action_items"}};
    EXPECT_TRUE(check_agenda(agenda, 60).empty());
    EXPECT_TRUE(check_meeting(60, 2, agenda).empty());
}

TEST(MeetingRules, AgendaLongerThanTheMeetingIsRefused) {
    const std::vector<AgendaItem> agenda = {{"Work", 58, "section_work"}, {"Questions", 12, "discussion"}};
    const auto v = check_agenda(agenda, 60);
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].rule, kRuleAgendaFits);
    EXPECT_EQ(v[0].message, "an agenda of 70 minutes for a 60-minute meeting; at most 60");
}

TEST(MeetingRules, TooLittleDiscussionIsRefusedWithTheShare) {
    const std::vector<AgendaItem> agenda = {{"Work", 49, "section_work"}, {"Questions", 11, "discussion"}};
    const auto v = check_agenda(agenda, 60);
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].rule, kRuleDiscussionShare);
    EXPECT_EQ(v[0].message, "11 minutes of discussion and questions in a 60-minute meeting; at least 12 (20%)");
    EXPECT_TRUE(check_agenda(agenda, 60, 0.15).empty());
    EXPECT_EQ(check_agenda(agenda, 60, 0.25)[0].message,
              "11 minutes of discussion and questions in a 60-minute meeting; at least 15 (25%)");
}

TEST(MeetingRules, OnlyTheDiscussionKindCounts) {
    const std::vector<AgendaItem> agenda = {{"Discuss", 30, "Discussion"}, {"Talk", 30, "section_work"}};
    const auto v = check_agenda(agenda, 60);
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].rule, kRuleDiscussionShare);
}

TEST(MeetingRules, EmptyAgendaLacksDiscussion) {
    const auto v = check_agenda({}, 30);
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].message, "0 minutes of discussion and questions in a 30-minute meeting; at least 6 (20%)");
}

TEST(MeetingRules, NonPositiveItemMinutesAreViolations) {
    const std::vector<AgendaItem> agenda = {{"Nothing", 0, "review"}, {"Questions", 12, "discussion"}};
    const auto v = check_agenda(agenda, 60);
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].rule, kRuleAgendaMinutes);
    EXPECT_EQ(v[0].message, "agenda item 1 (\"Nothing\") has 0 minutes; at least 1");
}

TEST(MeetingRules, ShareOutsideZeroToOneIsAViolation) {
    const auto v = check_agenda({}, 60, 1.5);
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].rule, kRuleShareRange);
}

TEST(MeetingRules, CheckMeetingReportsEveryRuleInOrder) {
    const std::vector<AgendaItem> agenda = {{"Work", 70, "section_work"}};
    const auto v = check_meeting(60, 3, agenda);
    ASSERT_EQ(v.size(), 3u);
    EXPECT_EQ(v[0].rule, kRuleObjectives);
    EXPECT_EQ(v[1].rule, kRuleAgendaFits);
    EXPECT_EQ(v[2].rule, kRuleDiscussionShare);
    const auto d = check_meeting(0, 1, agenda);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].rule, kRuleDuration);
}

TEST(MeetingRules, AnItemIsDueOnOrAfterItsMeetingsDate) {
    EXPECT_FALSE(check_due_not_before_meeting("2030-05-14", "2030-05-14"));  // the meeting's own day
    EXPECT_FALSE(check_due_not_before_meeting("2030-06-01", "2030-05-14"));
    EXPECT_EQ(check_due_not_before_meeting("2030-05-13", "2030-05-14"), "is before the meeting's date (2030-05-14)");
    EXPECT_EQ(check_due_not_before_meeting("2029-12-31", "2030-01-01"), "is before the meeting's date (2030-01-01)");
    EXPECT_FALSE(check_due_not_before_meeting("2030-05-13", ""));  // a meeting without a start has no date yet
    EXPECT_FALSE(check_due_not_before_meeting("", "2030-05-14"));  // nothing to check
}
