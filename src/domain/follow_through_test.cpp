#include "trellis/domain/follow_through.hpp"

#include <gtest/gtest.h>

using namespace trellis::domain;

TEST(Dates, RoundTripAndRfc3339Offsets) {
    EXPECT_EQ(date_to_days("1970-01-01"), 0);
    EXPECT_EQ(days_to_date(*date_to_days("2028-02-29")), "2028-02-29");
    EXPECT_FALSE(date_to_days("2027-02-29"));
    EXPECT_FALSE(date_to_days("2026-13-01"));
    EXPECT_EQ(utc_date(86400 * 365), "1971-01-01");
    EXPECT_EQ(parse_rfc3339("1970-01-01T00:00:00Z"), 0);
    EXPECT_EQ(parse_rfc3339("2026-11-22T09:00:00-08:00"), parse_rfc3339("2026-11-22T17:00:00Z"));
    EXPECT_EQ(parse_rfc3339("2026-11-22T17:00:00.250+00:00"), parse_rfc3339("2026-11-22T17:00:00Z"));
    EXPECT_FALSE(parse_rfc3339("2026-11-22T17:00:00"));  // no offset: ambiguous
    EXPECT_FALSE(parse_rfc3339("2026-11-22 nonsense"));
}

TEST(Minutes, GroupsAttendanceNotesAndOrdersActionItemsByDue) {
    MinutesInput in;
    in.header.title = "Forming the team";
    in.members = {{1, "Elena"}, {2, "Sofía"}, {3, "Tom"}, {4, "Priya"}};
    in.attendance = {{1, "present"}, {2, "present"}, {3, "excused"}};
    in.agenda = {{10, "Introductions", 10, "topic", {}}, {11, "Who is missing?", 20, "discussion", {}}};
    in.notes = {{11, "Tom", "Invite families"}, {11, "Elena", "Students too"}, {10, "Elena", ""}};
    in.decisions = {"Meet every second Tuesday"};
    in.action_items = {{7, "Call the PTA", 2, "Sofía", "2026-12-01", "open"},
                       {8, "Draft invitation", 1, "Elena", "2026-11-20", "open"},
                       {9, "Left behind", std::nullopt, "Gone", "2026-11-25", "open"}};
    const auto m = assemble_minutes(in);
    EXPECT_EQ(m.present, (std::vector<std::string>{"Elena", "Sofía"}));
    EXPECT_EQ(m.excused, std::vector<std::string>{"Tom"});
    EXPECT_EQ(m.not_recorded, std::vector<std::string>{"Priya"});
    EXPECT_TRUE(m.absent.empty());
    ASSERT_EQ(m.items.size(), 2u);
    EXPECT_TRUE(m.items[0].notes.empty());  // an empty note is not minutes
    ASSERT_EQ(m.items[1].notes.size(), 2u);
    EXPECT_EQ(m.items[1].notes[0].author, "Elena");
    ASSERT_EQ(m.action_items.size(), 3u);
    EXPECT_EQ(m.action_items[0].title, "Draft invitation");
    EXPECT_EQ(m.action_items[1].owner, "");
    EXPECT_EQ(m.action_items[2].owner, "Sofía");
    EXPECT_EQ(m.title, "Forming the team");
}

TEST(FollowThrough, OnTimeShareMedianLatenessAndCarryOvers) {
    const std::vector<ActionItemFacts> items = {
        {"2026-11-10", "done", "2026-11-09", 0},  // on time
        {"2026-11-10", "done", "2026-11-14", 1},  // 4 days late, carried once
        {"2026-11-12", "open", std::nullopt, 2},  // overdue by 8 on 2026-11-20, carried twice
        {"2026-11-30", "open", std::nullopt, 0},  // not due yet
        {"2026-11-01", "dropped", std::nullopt, 0},
    };
    const auto f = follow_through(items, "2026-11-20");
    EXPECT_EQ(f.total, 5);
    EXPECT_EQ(f.done, 2);
    EXPECT_EQ(f.done_on_time, 1);
    EXPECT_EQ(f.done_late, 1);
    EXPECT_EQ(f.open, 2);
    EXPECT_EQ(f.overdue, 1);
    EXPECT_EQ(f.dropped, 1);
    ASSERT_TRUE(f.share_on_time);
    EXPECT_NEAR(*f.share_on_time, 1.0 / 3.0, 1e-9);
    ASSERT_TRUE(f.median_days_late);
    EXPECT_DOUBLE_EQ(*f.median_days_late, 4.0);  // 0, 4, 8
    EXPECT_EQ(f.items_carried_over, 2);
    EXPECT_EQ(f.carry_overs, 3);
    const auto none = follow_through({}, "2026-11-20");
    EXPECT_FALSE(none.share_on_time);
    EXPECT_FALSE(none.median_days_late);
    EXPECT_DOUBLE_EQ(*follow_through({{"2026-11-10", "done", "2026-11-11", 0}, {"2026-11-10", "done", "2026-11-14", 0}},
                                     "2026-11-20")
                          .median_days_late,
                     2.5);
}

TEST(Digest, DueSoonOrOverdueOncePerDayNoneWhenNothingIsDue) {
    const std::vector<DigestItem> open = {
        {"a@x.example", "Ana", 1, "Overdue thing", "WL", "2026-11-18"},
        {"a@x.example", "Ana", 2, "Due in 3 days", "MTSS", "2026-11-23"},
        {"a@x.example", "Ana", 3, "Due in 4 days", "WL", "2026-11-24"},
        {"b@x.example", "Ben", 4, "Far away", "WL", "2026-12-24"},
        {"c@x.example", "Cy", 5, "Due today", "WL", "2026-11-20"},
    };
    auto digests = select_digests(open, "2026-11-20", {});
    ASSERT_EQ(digests.size(), 2u);  // Ben has nothing due: no mail
    EXPECT_EQ(digests[0].email, "a@x.example");
    ASSERT_EQ(digests[0].overdue.size(), 1u);
    ASSERT_EQ(digests[0].due_soon.size(), 1u);
    EXPECT_EQ(digests[0].due_soon[0].action_item_id, 2);
    EXPECT_EQ(digests[1].due_soon[0].title, "Due today");
    // Already sent today: nothing more.
    digests = select_digests(open, "2026-11-20", {"a@x.example", "c@x.example"});
    EXPECT_TRUE(digests.empty());
}
