#include "trellis/guides/progress.hpp"

#include <gtest/gtest.h>

using namespace trellis::guides;

namespace {

std::vector<Guide> sample() {
    Guide g;
    g.id = "g";
    Module m;
    m.id = "m0";
    for (const char* id : {"a", "b", "c"}) {
        Section s;
        s.id = id;
        Item q;
        q.id = "q";
        Item list;
        list.id = "list";
        list.kind = ItemKind::checklist;
        list.entries.push_back({"families", {"Families", "Familias"}, 0});
        s.items = {q, list};
        m.sections.push_back(s);
    }
    g.modules.push_back(m);
    return {g};
}

}  // namespace

TEST(GuideProgress, StatusKeysRoundTripAndUnknownIsRefused) {
    for (const auto s : {SectionStatus::not_started, SectionStatus::in_progress, SectionStatus::complete}) {
        EXPECT_EQ(parse_section_status(section_status_key(s)), s);
    }
    EXPECT_FALSE(parse_section_status("done"));
    EXPECT_FALSE(parse_section_status(""));
}

TEST(GuideProgress, LocateNamesTheFirstUnknownId) {
    const auto guides = sample();
    auto found = locate(guides, "g", "m0", "b", "list", "families");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->section->id, "b");
    EXPECT_EQ(found->entry->id, "families");
    EXPECT_EQ(locate(guides, "nope").error().field, "guide");
    EXPECT_NE(locate(guides, "nope").error().message.find("\"nope\""), std::string::npos);
    EXPECT_EQ(locate(guides, "g", "m9").error().field, "module");
    const auto section = locate(guides, "g", "m0", "z-none");
    EXPECT_EQ(section.error().field, "section");
    EXPECT_NE(section.error().message.find("\"z-none\""), std::string::npos);
    EXPECT_EQ(locate(guides, "g", "m0", "a", "zz").error().field, "item");
    EXPECT_EQ(locate(guides, "g", "m0", "a", "list", "students").error().field, "entry");
    const auto stop = locate(guides, "g", "m0");
    ASSERT_TRUE(stop);
    EXPECT_EQ(stop->section, nullptr);
}

TEST(GuideProgress, SummaryCountsEverySectionOnceAndPointsAtTheFirstUnfinished) {
    const auto guides = sample();
    auto none = summarize(guides[0], {});
    EXPECT_EQ(none.sections, 3);
    EXPECT_EQ(none.not_started, 3);
    EXPECT_EQ(none.current, "m0/a");
    const auto some = summarize(guides[0], {{"m0/a", SectionStatus::complete},
                                            {"m0/b", SectionStatus::in_progress},
                                            {"m0/gone", SectionStatus::complete}});  // no longer in the guide
    EXPECT_EQ(some.complete, 1);
    EXPECT_EQ(some.in_progress, 1);
    EXPECT_EQ(some.not_started, 1);
    EXPECT_EQ(some.complete + some.in_progress + some.not_started, some.sections);
    EXPECT_EQ(some.current, "m0/b");
    const auto all = summarize(
        guides[0],
        {{"m0/a", SectionStatus::complete}, {"m0/b", SectionStatus::complete}, {"m0/c", SectionStatus::complete}});
    EXPECT_EQ(all.complete, 3);
    EXPECT_EQ(all.current, "");
}

TEST(GuideProgress, PlannerAgendaKindsMapToMeetingKinds) {
    EXPECT_EQ(meeting_agenda_kind(AgendaKind::discussion), "discussion");  // counted toward the discussion share
    EXPECT_EQ(meeting_agenda_kind(AgendaKind::section_work), "topic");
    EXPECT_EQ(meeting_agenda_kind(AgendaKind::review), "review");
    EXPECT_EQ(meeting_agenda_kind("welcome"), "information");
    EXPECT_EQ(meeting_agenda_kind("action_items"), "decision");
    EXPECT_EQ(meeting_agenda_kind("topic"), "topic");  // meeting kinds pass through
    EXPECT_FALSE(meeting_agenda_kind("party"));
}

TEST(GuideProgress, RepresentationEntriesAreReadFromTheTeam) {
    trellis::domain::Representation r;
    r.covered = {"families"};
    r.perspectives = {{"families", {"Ana", "Tom"}}, {"students", {}}};
    r.content_areas = {"Spanish"};
    r.grade_spans_covered = {"high"};
    r.grade_spans_missing = {"elementary"};
    EXPECT_TRUE(representation_entry_checked(r, "families"));
    EXPECT_FALSE(representation_entry_checked(r, "students"));
    EXPECT_FALSE(representation_entry_checked(r, "content_areas"));  // one area is not several
    EXPECT_FALSE(representation_entry_checked(r, "grade_spans"));    // elementary is missing
    EXPECT_EQ(representation_entry_note(r, "families"), "Ana, Tom");
    r.content_areas.push_back("French");
    r.grade_spans_missing.clear();
    EXPECT_TRUE(representation_entry_checked(r, "content_areas"));
    EXPECT_TRUE(representation_entry_checked(r, "grade_spans"));
    EXPECT_EQ(representation_entry_note(r, "content_areas"), "Spanish, French");
}
