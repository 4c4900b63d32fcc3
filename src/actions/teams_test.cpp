// Team actions on both engines: who leads a new team, the caller's seat in the team view, outreach for gaps only.
#include "trellis/actions/teams.hpp"

#include "store/test_database.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/organizations.hpp"

namespace trellis::actions {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;

class TeamActionsTest : public store::MigratedDatabaseTest {
protected:
    auth::Principal person(store::Connection& db, const std::string& email, bool site_admin = false) {
        auth::Principal p;
        p.user_id = store::insert_user(db, email, email, "hash", site_admin, kNow);
        p.site_admin = site_admin;
        p.name = email;
        p.email = email;
        return p;
    }
    std::int64_t organization(store::Connection& db) {
        store::Organization o;
        o.name = "Unified";
        o.kind = "district";
        o.grade_spans = {"elementary"};
        return store::insert_organization(db, o, kNow);
    }
};

INSTANTIATE_TEST_SUITE_P(Engines, TeamActionsTest,
                         ::testing::Values(store::Dialect::sqlite, store::Dialect::postgresql), store::engine_name);

TEST_P(TeamActionsTest, TheOrganizationsAdminLeadsTheTeamTheyCreate) {
    auto db = database_->acquire();
    const auto org = organization(*db);
    const auto admin = person(*db, "admin@x.org");
    store::set_organization_role(*db, org, admin.user_id, "admin");
    const auto team = create_team({*db, admin, kNow}, {org, "World languages", ""});
    const auto view = team_view({*db, admin, kNow}, team);
    ASSERT_EQ(view.members.size(), 1u);
    EXPECT_EQ(view.members[0].user_id, admin.user_id);
    EXPECT_EQ(view.my_role, "lead");
}

TEST_P(TeamActionsTest, ASiteAdministratorOutsideTheOrganizationTakesNoSeat) {
    auto db = database_->acquire();
    const auto org = organization(*db);
    const auto operator_account = person(*db, "ops@x.org", /*site_admin=*/true);
    const auto team = create_team({*db, operator_account, kNow}, {org, "MTSS", "foster youth"});
    const auto view = team_view({*db, operator_account, kNow}, team);
    EXPECT_TRUE(view.members.empty());
    EXPECT_FALSE(view.my_role.has_value());
    EXPECT_EQ(view.team.focus, "foster youth");
}

TEST_P(TeamActionsTest, OutreachIsForACurrentGapAndAnOwnerOnTheTeam) {
    auto db = database_->acquire();
    const auto org = organization(*db);
    const auto admin = person(*db, "admin@x.org");
    store::set_organization_role(*db, org, admin.user_id, "admin");
    const Caller caller{*db, admin, kNow};
    const auto team = create_team(caller, {org, "World languages", ""});

    const auto not_a_gap = add_outreach_item(caller, team, {"perspective", "no-such-perspective", {}, {}, {}});
    ASSERT_FALSE(not_a_gap);
    EXPECT_EQ(not_a_gap.error().kind, FailureKind::validation);
    ASSERT_EQ(not_a_gap.error().errors.size(), 1u);
    EXPECT_EQ(not_a_gap.error().errors[0].field, "gap_key");

    const auto stranger = add_outreach_item(caller, team, {"grade_span", "elementary", {}, std::int64_t{999999}, {}});
    ASSERT_FALSE(stranger);
    EXPECT_EQ(stranger.error().errors[0].field, "owner_member_id");

    // Nobody on the team works in elementary grades, which the organization serves: a gap, titled from it.
    const auto item = add_outreach_item(caller, team, {"grade_span", "elementary", {}, {}, std::string("2030-05-01")});
    ASSERT_TRUE(item) << item.error().detail;
    EXPECT_EQ(item->title, "Invite someone who works with elementary grades");
    EXPECT_EQ(item->due_on, "2030-05-01");
}

}  // namespace
}  // namespace trellis::actions
