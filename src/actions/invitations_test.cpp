// Invitation actions on both engines: a team invitation's plain membership never lowers a role, only the invited
// address takes an invitation, and a link is spent once.
#include "trellis/actions/invitations.hpp"

#include "store/test_database.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;

class InvitationActionsTest : public store::MigratedDatabaseTest {
protected:
    auth::Principal person(store::Connection& db, const std::string& email) {
        auth::Principal p;
        p.user_id = store::insert_user(db, email, email, "hash", false, kNow);
        p.name = email;
        p.email = email;
        return p;
    }
    std::int64_t organization(store::Connection& db) {
        store::Organization o;
        o.name = "Unified";
        o.kind = "district";
        return store::insert_organization(db, o, kNow);
    }
    std::string role_of(store::Connection& db, std::int64_t org, std::int64_t user) {
        for (const auto& m : store::user_memberships(db, user)) {
            if (m.organization_id == org) return m.role;
        }
        return "";
    }
};

INSTANTIATE_TEST_SUITE_P(Engines, InvitationActionsTest,
                         ::testing::Values(store::Dialect::sqlite, store::Dialect::postgresql), store::engine_name);

TEST_P(InvitationActionsTest, ATeamSeatBringsAPlainMembershipButKeepsAStrongerRole) {
    auto db = database_->acquire();
    const auto org = organization(*db);
    const auto lead = person(*db, "lead@x.org");
    const auto team = store::insert_team(*db, org, "World languages", "", kNow);
    const Caller inviter{*db, lead, kNow};

    const auto newcomer = person(*db, "new@x.org");
    const auto data_lead = person(*db, "data@x.org");
    store::set_organization_role(*db, org, data_lead.user_id, "data_lead");
    for (const auto* invited : {&newcomer, &data_lead}) {
        const auto issued = issue_invitation(inviter, {org, team, invited->email, "member"});
        ASSERT_TRUE(issued) << issued.error().detail;
        const Caller taker{*db, *invited, kNow + 60};
        const auto invitation = usable_invitation(taker, issued->token);
        ASSERT_TRUE(invitation);
        ASSERT_TRUE(accept_invitation(taker, *invitation, std::nullopt));
        EXPECT_EQ(store::find_member_by_user(*db, team, invited->user_id)->role, "member");
        // Spent: the same link no longer works.
        EXPECT_FALSE(usable_invitation(taker, issued->token));
    }
    EXPECT_EQ(role_of(*db, org, newcomer.user_id), "member");
    EXPECT_EQ(role_of(*db, org, data_lead.user_id), "data_lead");
}

TEST_P(InvitationActionsTest, OnlyTheInvitedAddressTakesIt) {
    auto db = database_->acquire();
    const auto org = organization(*db);
    const auto admin = person(*db, "admin@x.org");
    const auto issued = issue_invitation({*db, admin, kNow}, {org, std::nullopt, "Invited@X.org", "viewer"});
    ASSERT_TRUE(issued);
    EXPECT_EQ(issued->invitation.email, "invited@x.org");
    const auto other = person(*db, "other@x.org");
    const Caller wrong{*db, other, kNow};
    const auto refused = accept_invitation(wrong, *usable_invitation(wrong, issued->token), std::nullopt);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, FailureKind::forbidden);
    EXPECT_EQ(role_of(*db, org, other.user_id), "");
    // Expired after fourteen days.
    EXPECT_FALSE(usable_invitation({*db, other, kNow + kInvitationSeconds}, issued->token));
}

}  // namespace
}  // namespace trellis::actions
