// A team's export sheets on both engines: what the team's member gets (the measures, every point with its date
// typed, the signals), that nobody else gets them, and that an unknown sheet names the known ones.
#include "trellis/actions/team_export.hpp"

#include <fmt/format.h>

#include "store/test_database.hpp"
#include "trellis/actions/measures.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;

class TeamExportTest : public store::MigratedDatabaseTest {
protected:
    // A district with a team whose member `member` measures chronic absence: 12 months, a drop after month 6.
    std::int64_t team_with_measure(store::Connection& db, auth::Principal& member) {
        store::Organization o;
        o.name = "Unified";
        o.kind = "district";
        const auto org = store::insert_organization(db, o, kNow);
        const auto team = store::insert_team(db, org, "MTSS", "", kNow);
        member.user_id = store::insert_user(db, "ana@x.org", "Ana", "hash", false, kNow);
        member.name = "Ana";
        store::Member seat;
        seat.team_id = team;
        seat.user_id = member.user_id;
        seat.name = "Ana";
        seat.email = "ana@x.org";
        seat.role = "member";
        store::insert_member(db, seat, kNow);
        const Caller caller{db, member, kNow};
        store::Measure draft;
        draft.team_id = team;
        draft.name = "Chronic absence";
        draft.unit = "%";
        draft.direction = "lower_is_better";
        const auto measure = create_measure(caller, draft);
        EXPECT_TRUE(measure);
        const double values[] = {20, 22, 19, 21, 23, 20, 12, 11, 13, 10, 12, 11};
        for (int m = 0; m < 12; ++m) {
            const auto date = fmt::format("2025-{:02}-01", m + 1);
            EXPECT_TRUE(add_measure_point(caller, measure->measure.id, {date, values[m], m == 6 ? "=1+1" : "", false}));
        }
        return team;
    }
};

INSTANTIATE_TEST_SUITE_P(Engines, TeamExportTest, ::testing::Values(store::Dialect::sqlite, store::Dialect::postgresql),
                         store::engine_name);

TEST_P(TeamExportTest, TheTeamGetsItsMeasuresPointsSignalsPlanAndSelfAssessments) {
    auto db = database_->acquire();
    auth::Principal member;
    const auto team = team_with_measure(*db, member);
    const auto made = team_export(Caller{*db, member, kNow}, team);
    ASSERT_TRUE(made) << made.error().detail;
    EXPECT_EQ(made->team_name, "MTSS");
    std::vector<std::string> names;
    for (const auto& sheet : made->sheets) names.push_back(sheet.name);
    EXPECT_EQ(names, (std::vector<std::string>{"Measures", "Points", "Signals", "Goals", "Tasks", "Plan",
                                               "Self-assessments", "Criteria results"}));
    EXPECT_EQ(made->sheets[1].rows.size(), 12u);
    EXPECT_EQ(made->sheets[1].rows[0][1], sheets::Cell(sheets::Date{2025, 1, 1}));
    EXPECT_EQ(made->sheets[1].rows[6][3], sheets::Cell(std::string("=1+1")));  // the CSV writer defuses it
    const auto& measures = made->sheets[0].rows.at(0);
    EXPECT_EQ(measures[7], sheets::Cell(16.0));  // the median, between 13 and 19
    EXPECT_NE(std::get<std::string>(measures[10]).find("6 points in a row above the median"), std::string::npos);
    for (const auto& sheet : made->sheets) EXPECT_EQ(sheets::sheet_problem(sheet), std::nullopt) << sheet.name;

    const auto es = team_export_sheet(Caller{*db, member, kNow, domain::Language::es}, team, "signals");
    ASSERT_TRUE(es);
    EXPECT_EQ(es->sheets.at(0).name, "Señales");
    EXPECT_EQ(es->sheets.at(0).rows.at(0).at(1), sheets::Cell(std::string("desplazamiento")));
}

TEST_P(TeamExportTest, NobodyElseGetsThemAndAnUnknownSheetNamesTheKnownOnes) {
    auto db = database_->acquire();
    auth::Principal member;
    const auto team = team_with_measure(*db, member);
    auth::Principal stranger;
    stranger.user_id = store::insert_user(*db, "x@y.org", "X", "hash", false, kNow);
    const auto refused = team_export(Caller{*db, stranger, kNow}, team);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, FailureKind::not_found);
    EXPECT_FALSE(team_export_sheet(Caller{*db, stranger, kNow}, team, "points"));
    const auto unknown = team_export_sheet(Caller{*db, member, kNow}, team, "budget");
    ASSERT_FALSE(unknown);
    EXPECT_NE(unknown.error().detail.find("measures, points, signals"), std::string::npos);
}

}  // namespace
}  // namespace trellis::actions
