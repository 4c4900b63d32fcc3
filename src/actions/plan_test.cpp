// Plan actions on both engines: bad fields named, stale edits refused, a dependency cycle refused with its
// titles, owners and measures kept within the team, LCAP 9 and 10 for county offices only, and a promoted
// action item and its task kept in step both ways.
#include "trellis/actions/plan.hpp"

#include "store/test_database.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/measures.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;  // 2027-01-15

class PlanActionsTest : public store::MigratedDatabaseTest {
protected:
    void SetUp() override {
        store::MigratedDatabaseTest::SetUp();
        if (IsSkipped()) return;
        db_ = std::make_unique<store::Lease>(database_->acquire());
        lead_.user_id = store::insert_user(db(), "lead@x.org", "Elena", "hash", false, kNow);
        lead_.name = "Elena";
        team_ = team_in("district", "World languages");
        other_team_ = team_in("district", "Other district's team");
        member_ = seat(team_, "Elena");
        other_member_ = seat(other_team_, "Someone else");
    }
    void TearDown() override {
        db_.reset();
        store::MigratedDatabaseTest::TearDown();
    }
    store::Connection& db() { return **db_; }
    Caller caller() { return {db(), lead_, kNow}; }

    std::int64_t team_in(const std::string& kind, const std::string& name) {
        store::Organization o;
        o.name = name + " org";
        o.kind = kind;
        return store::insert_team(db(), store::insert_organization(db(), o, kNow), name, "", kNow);
    }
    std::int64_t seat(std::int64_t team, const std::string& name) {
        store::Member m;
        m.team_id = team;
        m.name = name;
        m.role = "member";
        return store::insert_member(db(), m, kNow);
    }
    store::PlanTask task(const std::string& title, std::vector<std::int64_t> depends_on = {}) {
        store::PlanTask t;
        t.team_id = team_;
        t.title = title;
        t.depends_on = std::move(depends_on);
        auto made = create_task(caller(), t);
        EXPECT_TRUE(made) << (made ? "" : made.error().detail);
        return *made;
    }
    std::int64_t action_item(const std::string& status = "open") {
        store::Meeting m;
        m.team_id = team_;
        m.title = "September meeting";
        m.status = "scheduled";
        const auto meeting = store::insert_meeting(db(), m, lead_.user_id, kNow);
        store::ActionItem a;
        a.team_id = team_;
        a.meeting_id = meeting;
        a.title = "Survey families";
        a.owner_member_id = member_;
        a.due_on = "2027-02-01";
        const auto id = store::insert_action_item(db(), a, lead_.user_id, kNow);
        if (status != "open") {
            auto item = *store::find_action_item(db(), id);
            item.status = status;
            store::update_action_item(db(), item);
        }
        return id;
    }

    std::unique_ptr<store::Lease> db_;
    auth::Principal lead_;
    std::int64_t team_ = 0, other_team_ = 0, member_ = 0, other_member_ = 0;
};

TEST_P(PlanActionsTest, ACycleIsRefusedNamingItsTasksByTitle) {
    const auto train = task("Train staff");
    const auto room = task("Book room", {train.id});
    auto edited = train;
    edited.depends_on = {room.id};
    const auto refused = edit_task(caller(), edited);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, FailureKind::validation);
    EXPECT_EQ(refused.error().errors.at(0).field, "depends_on");
    EXPECT_EQ(refused.error().detail,
              "depends_on: this would make a cycle: “Train staff” → “Book room” → “Train staff”");
    EXPECT_EQ(refused.error().cycle, (std::vector<std::int64_t>{train.id, room.id, train.id}));
    EXPECT_TRUE(store::find_task(db(), team_, train.id)->depends_on.empty());  // nothing changed
}

TEST_P(PlanActionsTest, FieldsAreCheckedAndAStaleEditIsRefused) {
    store::PlanTask t;
    t.team_id = team_;
    t.title = "Pilot the rubric";
    t.status = "waiting";
    EXPECT_EQ(create_task(caller(), t).error().errors.at(0).field, "status");
    t.status = "in_progress";
    t.owner_member_id = other_member_;  // a member of another team
    EXPECT_EQ(create_task(caller(), t).error().errors.at(0).field, "owner_member_id");
    t.owner_member_id = member_;
    t.area = "marketing";
    EXPECT_EQ(create_task(caller(), t).error().errors.at(0).field, "area");
    t.area = "teacher_learning";
    auto made = *create_task(caller(), t);
    auto first = made;
    first.notes = "first";
    ASSERT_TRUE(edit_task(caller(), first));
    auto second = made;  // still at version 1
    second.notes = "second";
    EXPECT_EQ(edit_task(caller(), second).error().kind, FailureKind::stale_edit);
}

TEST_P(PlanActionsTest, AnObjectiveMeasuresWithOneOfTheTeamsMeasures) {
    const auto goal = *create_goal(caller(), {0, team_, "Students speak more", "", {4}, 1});
    store::Measure m;
    m.team_id = other_team_;
    m.name = "Elsewhere";
    m.unit = "%";
    m.direction = "lower_is_better";
    const auto foreign = store::insert_measure(db(), m, lead_.user_id);
    store::Objective o;
    o.team_id = team_;
    o.goal_id = goal.id;
    o.description = "More speaking time";
    o.measure_id = foreign;
    EXPECT_EQ(create_objective(caller(), o).error().errors.at(0).field, "measure_id");
    m.team_id = team_;
    o.measure_id = store::insert_measure(db(), m, lead_.user_id);
    o.baseline_date = "2026-09-01";
    o.target_date = "2026-06-01";
    EXPECT_EQ(create_objective(caller(), o).error().errors.at(0).field, "target_date");
    o.target_date = "2027-06-01";
    const auto made = *create_objective(caller(), o);
    EXPECT_EQ(made.direction, "lower_is_better");  // the measure's
    EXPECT_EQ(remove_goal(caller(), team_, goal.id).error().kind, FailureKind::conflict);
}

TEST_P(PlanActionsTest, LcapNineAndTenAreForCountyOfficesOnly) {
    EXPECT_EQ(create_goal(caller(), {0, team_, "Foster youth", "", {10}, 1}).error().errors.at(0).field,
              "lcap_priorities");
    const auto county_team = team_in("county_office", "County team");
    EXPECT_TRUE(create_goal(caller(), {0, county_team, "Foster youth", "", {10, 9}, 1}));
}

TEST_P(PlanActionsTest, APromotedItemAndItsTaskStayInStepBothWays) {
    const auto item_id = action_item();
    const auto promoted = *promote_action_item(caller(), item_id, "families_community", {}, {});
    EXPECT_EQ(promoted.title, "Survey families");
    EXPECT_EQ(promoted.owner_member_id, member_);
    EXPECT_EQ(promoted.status, "not_started");
    EXPECT_EQ(promote_action_item(caller(), item_id, {}, {}, {}).error().kind, FailureKind::conflict);

    auto done = promoted;
    done.status = "done";
    ASSERT_TRUE(edit_task(caller(), done));
    auto item = *store::find_action_item(db(), item_id);
    EXPECT_EQ(item.status, "done");
    EXPECT_EQ(item.done_on, "2027-01-15");
    EXPECT_EQ(item.plan_task_id, promoted.id);

    // Reopened through the meeting's action item: the task goes back in progress.
    item.status = "open";
    item.done_on.reset();
    ASSERT_TRUE(store::update_action_item(db(), item));
    keep_promoted_in_step(caller(), item_id, StatusChanged::action_item);
    EXPECT_EQ(store::find_task(db(), team_, promoted.id)->status, "in_progress");

    EXPECT_EQ(promote_action_item(caller(), action_item("dropped"), {}, {}, {}).error().kind, FailureKind::conflict);
}

INSTANTIATE_TEST_SUITE_P(Engines, PlanActionsTest,
                         ::testing::Values(store::Dialect::sqlite, store::Dialect::postgresql), store::engine_name);

}  // namespace
}  // namespace trellis::actions
