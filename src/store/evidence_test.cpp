// A team's evidence, themes and insights in the store, on both engines: each function sees only the team's own
// rows, a stale version changes nothing, and removing an entry or a theme leaves the rest standing.
#include "trellis/store/evidence.hpp"

#include "store/test_database.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::store {
namespace {

class EvidenceStoreTest : public MigratedDatabaseTest {
protected:
    struct World {
        std::int64_t ours, theirs, writer;
    };
    static World make_world(Connection& db) {
        Organization district;
        district.name = "Monterey Peninsula Unified";
        district.kind = "district";
        const auto org = insert_organization(db, district, 1);
        return {insert_team(db, org, "MTSS", "", 1), insert_team(db, org, "World Languages", "", 1),
                insert_user(db, "lead@mpusd.example", "Elena Martínez", "hash", false, 1)};
    }
};

INSTANTIATE_TEST_SUITE_P(Engines, EvidenceStoreTest, ::testing::Values(Dialect::sqlite, Dialect::postgresql),
                         engine_name);

TEST_P(EvidenceStoreTest, EntriesThemesAndInsightsBelongToTheirTeam) {
    auto db = database_->acquire();
    const auto w = make_world(*db);
    const auto theme = insert_theme(*db, {.team_id = w.ours, .name = "Transport gaps after moves"});
    const auto entry = insert_evidence(*db,
                                       {.team_id = w.ours,
                                        .kind = "focus_group",
                                        .happened_on = "2026-10-02",
                                        .participants = "students in foster care",
                                        .quotes = {"Nobody here knew I moved.", "Ñandú"},
                                        .theme_ids = {theme}},
                                       w.writer, 100);
    const auto found = find_evidence(*db, w.ours, entry);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->quotes, (std::vector<std::string>{"Nobody here knew I moved.", "Ñandú"}));
    EXPECT_EQ(found->theme_ids, std::vector<std::int64_t>{theme});
    EXPECT_EQ(found->written_by_name, "Elena Martínez");
    EXPECT_FALSE(find_evidence(*db, w.theirs, entry)) << "another team's id is not found";
    EXPECT_FALSE(find_theme(*db, w.theirs, theme));
    EXPECT_FALSE(delete_evidence(*db, w.theirs, entry));
    EXPECT_FALSE(set_evidence_themes(*db, w.theirs, entry, {}, 1, w.writer, 101));

    const auto insight =
        insert_insight(*db, {.team_id = w.ours, .statement = "Unseen", .evidence_ids = {entry}}, w.writer, 102);
    EXPECT_FALSE(find_insight(*db, w.theirs, insight));
    EXPECT_EQ(find_insight(*db, w.ours, insight)->evidence_ids, std::vector<std::int64_t>{entry});
    EXPECT_TRUE(team_evidence(*db, w.theirs).empty());
}

TEST_P(EvidenceStoreTest, AStaleMoveChangesNothingAndRemovalsLeaveTheRest) {
    auto db = database_->acquire();
    const auto w = make_world(*db);
    const auto a = insert_theme(*db, {.team_id = w.ours, .name = "A"});
    const auto b = insert_theme(*db, {.team_id = w.ours, .name = "B"});
    const auto entry =
        insert_evidence(*db, {.team_id = w.ours, .kind = "observation", .happened_on = "2026-10-02"}, w.writer, 100);
    const auto insight =
        insert_insight(*db, {.team_id = w.ours, .statement = "x", .evidence_ids = {entry}}, w.writer, 1);
    ASSERT_TRUE(set_evidence_themes(*db, w.ours, entry, {a, b}, 1, w.writer, 101));
    EXPECT_FALSE(set_evidence_themes(*db, w.ours, entry, {}, 1, w.writer, 102)) << "version 1 is stale now";
    EXPECT_EQ(find_evidence(*db, w.ours, entry)->theme_ids, (std::vector<std::int64_t>{a, b}));

    ASSERT_TRUE(delete_theme(*db, w.ours, a));
    EXPECT_EQ(find_evidence(*db, w.ours, entry)->theme_ids, std::vector<std::int64_t>{b});
    ASSERT_TRUE(delete_evidence(*db, w.ours, entry));
    const auto left = find_insight(*db, w.ours, insight);
    ASSERT_TRUE(left) << "an insight outlives the entries behind it";
    EXPECT_TRUE(left->evidence_ids.empty());
}

}  // namespace
}  // namespace trellis::store
