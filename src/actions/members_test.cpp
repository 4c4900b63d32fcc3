// Seat actions on both engines: one address holds one seat per team, and a seat's new address withdraws the
// invitation that was sent to the old one.
#include "trellis/actions/members.hpp"

#include "store/test_database.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/invitations.hpp"
#include "trellis/store/organizations.hpp"

namespace trellis::actions {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;

class MemberActionsTest : public store::MigratedDatabaseTest {
protected:
    std::int64_t organization(store::Connection& db) {
        store::Organization o;
        o.name = "Unified";
        o.kind = "district";
        return store::insert_organization(db, o, kNow);
    }
    auth::Principal person(store::Connection& db) {
        auth::Principal lead;
        lead.user_id = store::insert_user(db, "lead@x.org", "Elena", "hash", false, kNow);
        return lead;
    }
    store::Member seat(std::int64_t team, const std::string& name, const std::string& email) {
        store::Member m;
        m.team_id = team;
        m.name = name;
        m.email = email;
        m.role = "member";
        return m;
    }
};

INSTANTIATE_TEST_SUITE_P(Engines, MemberActionsTest,
                         ::testing::Values(store::Dialect::sqlite, store::Dialect::postgresql), store::engine_name);

TEST_P(MemberActionsTest, OneAddressHoldsOneSeatPerTeam) {
    auto db = database_->acquire();
    const auto org = organization(*db);
    const auto lead = person(*db);
    const Caller caller{*db, lead, kNow};
    const auto team = store::insert_team(*db, org, "World languages", "", kNow);
    const auto other_team = store::insert_team(*db, org, "MTSS", "", kNow);

    const auto ana = add_member(caller, seat(team, "Ana", "ana@x.org"));
    ASSERT_TRUE(ana) << ana.error().detail;
    const auto again = add_member(caller, seat(team, "Ana again", "ana@x.org"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, FailureKind::conflict);
    EXPECT_TRUE(add_member(caller, seat(other_team, "Ana", "ana@x.org")));  // another team: a seat of her own

    const auto ben = add_member(caller, seat(team, "Ben", "ben@x.org"));
    ASSERT_TRUE(ben);
    auto taken = *ben;
    taken.email = "ana@x.org";
    const auto clash = update_member(caller, *ben, taken);
    ASSERT_FALSE(clash);
    EXPECT_EQ(clash.error().kind, FailureKind::conflict);
    EXPECT_EQ(store::find_member(*db, team, ben->id)->email, "ben@x.org");
}

TEST_P(MemberActionsTest, ANewAddressWithdrawsTheInvitationSentToTheOldOne) {
    auto db = database_->acquire();
    const auto org = organization(*db);
    const auto lead = person(*db);
    const Caller caller{*db, lead, kNow};
    const auto team = store::insert_team(*db, org, "World languages", "", kNow);
    const auto ana = add_member(caller, seat(team, "Ana", "ana@old.org"));
    ASSERT_TRUE(ana);
    store::Invitation invitation;
    invitation.organization_id = org;
    invitation.team_id = team;
    invitation.member_id = ana->id;
    invitation.email = "ana@old.org";
    invitation.role = "member";
    invitation.expires_at = kNow + 86400;
    store::insert_invitation(*db, "token-hash", invitation, lead.user_id, kNow);
    ASSERT_TRUE(store::find_invitation(*db, "token-hash"));

    auto renamed = *ana;
    renamed.name = "Ana María";
    ASSERT_TRUE(update_member(caller, *ana, renamed));
    EXPECT_TRUE(store::find_invitation(*db, "token-hash")) << "the same address keeps its invitation";

    const auto current = *store::find_member(*db, team, ana->id);
    auto moved = current;
    moved.email = "ana@new.org";
    const auto stored = update_member(caller, current, moved);
    ASSERT_TRUE(stored) << stored.error().detail;
    EXPECT_EQ(stored->email, "ana@new.org");
    EXPECT_FALSE(store::find_invitation(*db, "token-hash")) << "the old address's invitation is withdrawn";
}

}  // namespace
}  // namespace trellis::actions
