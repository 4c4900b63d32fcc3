// The perspective catalogue a team's representation is read against, on both engines.
#include "trellis/store/teams.hpp"

#include <algorithm>

#include "store/test_database.hpp"

namespace trellis::store {
namespace {

class TeamStoreTest : public MigratedDatabaseTest {};

INSTANTIATE_TEST_SUITE_P(Engines, TeamStoreTest, ::testing::Values(Dialect::sqlite, Dialect::postgresql), engine_name);

TEST_P(TeamStoreTest, CommunityPartnersReadAsCaliforniaFamiliesSayIt) {
    auto db = database_->acquire();
    const auto catalogue = perspective_catalogue(*db);
    const auto partners =
        std::ranges::find_if(catalogue, [](const Perspective& p) { return p.key == "community_partners"; });
    ASSERT_NE(partners, catalogue.end());
    EXPECT_EQ(partners->label_en, "Community partners");
    EXPECT_EQ(partners->label_es, "Organizaciones aliadas de la comunidad") << "the label section A of the guide uses";
}

}  // namespace
}  // namespace trellis::store
