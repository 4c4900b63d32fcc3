// Data import actions on both engines: a district imports only its own counts, all or nothing, and the summary
// it gets back is the one kept with the import's record.
#include "trellis/actions/data_imports.hpp"

#include "store/test_database.hpp"
#include "trellis/store/organizations.hpp"

namespace trellis::actions {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;
constexpr const char* kDistrict = "27660920000000";
const std::string kHeader = "org_code,year,indicator,direction,group,denominator,numerator\n";

class DataImportActionsTest : public store::MigratedDatabaseTest {
protected:
    ImportRequest request(store::Connection& db) {
        store::Organization o;
        o.name = "Monterey Peninsula Unified";
        o.kind = "district";
        o.cds_code = kDistrict;
        ImportRequest r;
        r.kind = ImportKind::aggregate;
        r.organization_id = store::insert_organization(db, o, kNow);
        r.district_code = kDistrict;
        r.filename = "outcomes.csv";
        r.by_name = "Data lead";
        r.now = kNow;
        return r;
    }
};

INSTANTIATE_TEST_SUITE_P(Engines, DataImportActionsTest,
                         ::testing::Values(store::Dialect::sqlite, store::Dialect::postgresql), store::engine_name);

TEST_P(DataImportActionsTest, AnotherDistrictsCountsRejectTheWholeFile) {
    auto db = database_->acquire();
    const auto r = request(*db);
    const auto outcome =
        import_data(*db, r,
                    text_source(kHeader + "27660920000000,2024,suspension,lower_is_better,ALL,100,5\n"
                                          "19646670000000,2024,suspension,lower_is_better,ALL,80,4\n"));
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().kind, FailureKind::import_rejected);
    ASSERT_EQ(outcome.error().file_problems.size(), 1u);
    EXPECT_NE(outcome.error().detail.find("19646670000000"), std::string::npos);
    // Its code and params, for the sentence in the reader's language.
    const auto& problem = outcome.error().file_problems[0];
    EXPECT_EQ(problem.code, "other_district");
    EXPECT_EQ(problem.params,
              (domain::ProblemParams{{"value", "19646670000000"}, {"district_code", std::string(kDistrict)}}));
    EXPECT_TRUE(store::list_imports(*db, *r.organization_id).empty());
}

TEST_P(DataImportActionsTest, AFileWithOnlyItsHeaderSaysSoByCode) {
    auto db = database_->acquire();
    const auto outcome = import_data(*db, request(*db), text_source(kHeader));
    ASSERT_FALSE(outcome);
    ASSERT_EQ(outcome.error().file_problems.size(), 1u);
    EXPECT_EQ(outcome.error().file_problems[0].code, "no_rows");
}

TEST_P(DataImportActionsTest, TheSummaryIsTheOneKeptWithTheRecord) {
    auto db = database_->acquire();
    const auto r = request(*db);
    const auto outcome = import_data(*db, r,
                                     text_source(kHeader + "27660920000000,2024,suspension,lower_is_better,ALL,100,5\n"
                                                           "27660920000000,2024,suspension,lower_is_better,HI,60,4\n"));
    ASSERT_TRUE(outcome) << outcome.error().detail;
    EXPECT_EQ(outcome->summary.kind, "aggregate");
    ASSERT_TRUE(outcome->summary.counts);
    EXPECT_EQ(outcome->summary.counts->counts, 2);
    EXPECT_EQ(outcome->summary.counts->years, std::vector<int>{2024});
    const auto imports = store::list_imports(*db, *r.organization_id);
    ASSERT_EQ(imports.size(), 1u);
    EXPECT_EQ(imports[0].id, outcome->import_id);
    EXPECT_EQ(imports[0].summary, store::encode_import_summary(outcome->summary));
    EXPECT_EQ(imports[0].summary,
              R"({"counts":2,"districts":1,"organizations":1,"indicators":["suspension"],"years":[2024],)"
              R"("kind":"aggregate","rows":2})");
}

}  // namespace
}  // namespace trellis::actions
