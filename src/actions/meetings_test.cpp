// Meeting actions on both engines: scheduling checks name the fields and rules, a new agenda opens with the open
// action items, and closing freezes minutes that read back as they were assembled.
#include "trellis/actions/meetings.hpp"

#include "store/test_database.hpp"
#include "trellis/domain/meeting_rules.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;

class MeetingActionsTest : public store::MigratedDatabaseTest {
protected:
    void SetUp() override {
        store::MigratedDatabaseTest::SetUp();
        if (IsSkipped()) return;
        db_ = std::make_unique<store::Lease>(database_->acquire());
        store::Organization o;
        o.name = "Unified";
        o.kind = "district";
        const auto org = store::insert_organization(db(), o, kNow);
        lead_.user_id = store::insert_user(db(), "lead@x.org", "Elena", "hash", false, kNow);
        lead_.name = "Elena";
        team_ = store::insert_team(db(), org, "World languages", "", kNow);
        store::Member seat;
        seat.team_id = team_;
        seat.user_id = lead_.user_id;
        seat.name = "Elena";
        seat.email = "lead@x.org";
        seat.role = "lead";
        member_ = store::insert_member(db(), seat, kNow);
    }
    void TearDown() override {
        db_.reset();
        store::MigratedDatabaseTest::TearDown();
    }
    store::Connection& db() { return **db_; }
    Caller caller() { return {db(), lead_, kNow}; }

    store::Meeting plan() {
        store::Meeting m;
        m.team_id = team_;
        m.title = "Forming the team";
        m.goal = "Agree who is missing";
        m.starts_at = kNow + 86400;
        m.duration_minutes = 60;
        m.mode = "in_person";
        m.objectives = {"Name the gaps"};
        m.status = "scheduled";
        m.agenda = {{0, "Introductions", 20, "topic", {}, {}}, {0, "Who is missing?", 30, "discussion", {}, {}}};
        return m;
    }

    std::unique_ptr<store::Lease> db_;
    auth::Principal lead_;
    std::int64_t team_ = 0;
    std::int64_t member_ = 0;
};

INSTANTIATE_TEST_SUITE_P(Engines, MeetingActionsTest,
                         ::testing::Values(store::Dialect::sqlite, store::Dialect::postgresql), store::engine_name);

TEST_P(MeetingActionsTest, SchedulingNamesEveryMissingFieldThenEveryBrokenRule) {
    store::Meeting empty;
    empty.team_id = team_;
    const auto incomplete = check_schedulable(caller(), empty);
    ASSERT_FALSE(incomplete);
    EXPECT_EQ(incomplete.error().kind, FailureKind::validation);
    std::vector<std::string> fields;
    for (const auto& e : incomplete.error().errors) fields.push_back(e.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"goal", "starts_at", "duration_minutes", "mode", "agenda"}));

    auto lecture = plan();
    lecture.agenda = {{0, "Talk", 55, "topic", {}, {}}, {0, "Questions", 5, "discussion", {}, {}}};
    const auto broken = check_schedulable(caller(), lecture);
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().kind, FailureKind::rule_violation);
    ASSERT_FALSE(broken.error().errors.empty());
    EXPECT_EQ(broken.error().errors[0].rule, domain::kRuleDiscussionShare);
    EXPECT_EQ(broken.error().errors[0].field, "agenda");

    EXPECT_TRUE(check_schedulable(caller(), plan()));
}

TEST_P(MeetingActionsTest, ClosingFreezesMinutesAndTheNextAgendaCarriesTheOpenItems) {
    const auto first = create_meeting(caller(), plan());
    ASSERT_TRUE(first) << first.error().detail;
    store::ActionItem item;
    item.team_id = team_;
    item.meeting_id = first->id;
    item.title = "Call the parents' group";
    item.owner_member_id = member_;
    item.due_on = "2030-05-01";
    store::insert_action_item(db(), item, lead_.user_id, kNow);
    store::set_attendance(db(), first->id, member_, "present", lead_.user_id, kNow);

    const auto closed = close_meeting(caller(), first->id);
    ASSERT_TRUE(closed) << closed.error().detail;
    EXPECT_EQ(closed->meeting.status, "closed");
    EXPECT_EQ(closed->minutes.closed_by, "Elena");
    EXPECT_EQ(closed->minutes.present, std::vector<std::string>{"Elena"});
    const auto stored = store::decode_minutes(*closed->meeting.minutes_json);
    EXPECT_EQ(stored.title, "Forming the team");
    ASSERT_EQ(stored.action_items.size(), 1u);
    EXPECT_EQ(stored.action_items[0].owner, "Elena");
    EXPECT_EQ(stored.closed_at, kNow);

    const auto again = close_meeting(caller(), first->id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, FailureKind::meeting_closed);

    const auto next = create_meeting(caller(), plan());
    ASSERT_TRUE(next) << next.error().detail;
    ASSERT_EQ(next->agenda.size(), 3u);
    EXPECT_EQ(next->agenda[0].title, "Carried over: Call the parents' group (Elena, due 2030-05-01)");
    EXPECT_EQ(next->agenda[0].kind, "review");
}

TEST_P(MeetingActionsTest, AScheduledMeetingStaysOnCalendarsAndEveryChangeReplacesTheInvitation) {
    const auto scheduled = create_meeting(caller(), plan());
    ASSERT_TRUE(scheduled) << scheduled.error().detail;

    auto back_to_draft = *scheduled;
    back_to_draft.status = "draft";
    const auto refused = update_meeting(caller(), *scheduled, back_to_draft);
    ASSERT_FALSE(refused);
    ASSERT_EQ(refused.error().errors.size(), 1u);
    EXPECT_EQ(refused.error().errors[0].field, "status");

    auto later = *scheduled;
    later.starts_at = *scheduled->starts_at + 3600;
    const auto moved = update_meeting(caller(), *scheduled, later);
    ASSERT_TRUE(moved) << moved.error().detail;
    EXPECT_EQ(moved->sequence, scheduled->sequence + 1);
    EXPECT_EQ(moved->starts_at, *scheduled->starts_at + 3600);

    // An edit of the version read before that change lost the race.
    const auto stale = update_meeting(caller(), *scheduled, later);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().kind, FailureKind::stale_edit);
}

TEST_P(MeetingActionsTest, SchedulingADraftChecksTheGuideRules) {
    auto draft = plan();
    draft.status = "draft";
    draft.goal.clear();
    const auto stored = create_meeting(caller(), draft);
    ASSERT_TRUE(stored) << stored.error().detail;
    auto scheduled = *stored;
    scheduled.status = "scheduled";
    const auto refused = update_meeting(caller(), *stored, scheduled);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().errors[0].field, "goal");
    EXPECT_EQ(store::find_meeting(db(), stored->id)->status, "draft");
}

}  // namespace
}  // namespace trellis::actions
