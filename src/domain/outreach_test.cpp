#include "trellis/domain/outreach.hpp"

#include <gtest/gtest.h>

using namespace trellis::domain;

TEST(Outreach, AMemberCoversTheMissingPerspectiveOrGradeSpanOnly) {
    const std::vector<std::string> perspectives{"families", "community_partners"};
    const std::vector<std::string> spans{"middle"};
    EXPECT_TRUE(covers_gap("perspective", "community_partners", perspectives, spans));
    EXPECT_FALSE(covers_gap("perspective", "students", perspectives, spans));
    EXPECT_TRUE(covers_gap("grade_span", "middle", perspectives, spans));
    EXPECT_FALSE(covers_gap("grade_span", "high", perspectives, spans));
    EXPECT_FALSE(covers_gap("grade_span", "families", perspectives, spans));  // kinds do not mix
    EXPECT_FALSE(covers_gap("other", "families", perspectives, spans));
}

TEST(Outreach, DoneRecordsWhoAndWhenClosedItsNoteAndReopeningClearsBoth) {
    const OutreachStatusFacts open;
    const auto done = set_outreach_status(open, "done", 7, 1000, std::nullopt);
    EXPECT_EQ(done.status, "done");
    EXPECT_EQ(done.done_by, 7);
    EXPECT_EQ(done.done_at, 1000);
    EXPECT_EQ(set_outreach_status(done, "done", 9, 2000, std::nullopt).done_by, 7);  // unchanged: kept
    const auto closed = set_outreach_status(done, "closed", 9, 3000, std::string("Found through the library"));
    EXPECT_FALSE(closed.done_by);
    EXPECT_EQ(closed.closed_by, 9);
    EXPECT_EQ(closed.closed_note, "Found through the library");
    EXPECT_FALSE(set_outreach_status(done, "closed", 9, 3000, std::string()).closed_note);
    const auto reopened = set_outreach_status(closed, "open", 9, 4000, std::nullopt);
    EXPECT_EQ(reopened.status, "open");
    EXPECT_FALSE(reopened.closed_at);
    EXPECT_FALSE(reopened.done_at);
}

TEST(Outreach, AJoiningMemberClosesOnlyOpenItems) {
    const auto closed = close_for_member(OutreachStatusFacts{}, 12, "Ana Pérez", 500);
    EXPECT_EQ(closed.status, "closed");
    EXPECT_EQ(closed.closed_member_id, 12);
    EXPECT_EQ(closed.closed_member_name, "Ana Pérez");
    EXPECT_FALSE(closed.closed_by);  // nobody closed it by hand
    const auto done = set_outreach_status(OutreachStatusFacts{}, "done", 7, 100, std::nullopt);
    EXPECT_EQ(close_for_member(done, 12, "Ana Pérez", 500).status, "done");  // done stays done
}

TEST(Outreach, FiguresCountOpenOverdueDoneAndClosedApart) {
    const auto f = outreach_figures({{"open", "2026-01-10"},
                                     {"open", "2026-03-01"},
                                     {"open", std::nullopt},
                                     {"done", "2026-01-01"},
                                     {"closed", "2026-01-01"}},
                                    "2026-02-01");
    EXPECT_EQ(f.total, 5);
    EXPECT_EQ(f.open, 3);
    EXPECT_EQ(f.overdue, 1);  // a done or closed item is never overdue; an undated one never is
    EXPECT_EQ(f.done, 1);
    EXPECT_EQ(f.closed, 1);
}
