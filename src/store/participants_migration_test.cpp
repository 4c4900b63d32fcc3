// Migration 14 (issue 15): every `guest` team seat and team invitation becomes a `participant`, on both engines.
#include <gtest/gtest.h>

#include "store/test_database.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/invitations.hpp"
#include "trellis/store/migrations.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::store {
namespace {

class ParticipantMigrationTest : public MigratedDatabaseTest {};

INSTANTIATE_TEST_SUITE_P(Engines, ParticipantMigrationTest, ::testing::Values(Dialect::sqlite, Dialect::postgresql),
                         engine_name);

TEST_P(ParticipantMigrationTest, GuestSeatsAndInvitationsBecomeParticipants) {
    ASSERT_EQ(migrations().at(13).version, 14);
    {
        auto db = database_->acquire();
        // A database as migration 13 left it: guests on a team and a guest's invitation waiting.
        db->execute_script("ALTER TABLE action_items DROP COLUMN status_comment");
        Organization district;
        district.name = "Monterey Peninsula Unified";
        district.kind = "district";
        const auto organization = insert_organization(*db, district, 1);
        const auto team = insert_team(*db, organization, "World Languages Standards", "", 1);
        const auto lead = insert_user(*db, "lead@mpusd.example", "Elena Martínez", "hash", false, 1);
        for (const auto& [email, role] :
             {std::pair{"family@familias.example", "guest"}, std::pair{"student@mpusd.example", "guest"},
              std::pair{"teacher@mpusd.example", "member"}}) {
            Member m;
            m.team_id = team;
            m.name = email;
            m.email = email;
            m.role = role;
            insert_member(*db, m, 1);
        }
        Invitation pending;
        pending.organization_id = organization;
        pending.team_id = team;
        pending.email = "grandparent@familias.example";
        pending.role = "guest";
        pending.expires_at = 100;
        insert_invitation(*db, "token-hash", pending, lead, 1);
        Invitation staff = pending;
        staff.team_id.reset();
        staff.email = "staff@mpusd.example";
        staff.role = "member";
        insert_invitation(*db, "other-hash", staff, lead, 1);
    }
    // Migration 14's own statements, run on that database: later migrations are already applied to it, so the
    // runner would not run 14 again.
    auto db = database_->acquire();
    db->execute_script(migrations().at(13).sql);
    const auto seats = db->query("SELECT email, role FROM team_members ORDER BY email");
    ASSERT_EQ(seats.size(), 3U);
    EXPECT_EQ(seats[0].text(1), "participant");  // family@
    EXPECT_EQ(seats[1].text(1), "participant");  // student@
    EXPECT_EQ(seats[2].text(1), "member");       // teacher@
    EXPECT_EQ(find_invitation(*db, "token-hash")->role, "participant");
    EXPECT_EQ(find_invitation(*db, "other-hash")->role, "member");
    EXPECT_EQ(db->query_one("SELECT COUNT(*) FROM action_items WHERE status_comment IS NULL")->integer(0), 0);
}

}  // namespace
}  // namespace trellis::store
