// Data import actions on both engines: a district imports only its own counts, all or nothing, and the summary
// it gets back is the one kept with the import's record.
#include "trellis/actions/data_imports.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>

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

// A student-level file read from its path is stored as it is counted (store::StreamedCounts): what is stored is
// what the summary says, and a second file of the district replaces the first's counts of the programs it brings.
TEST_P(DataImportActionsTest, AStudentFileFromItsPathIsStoredAndReplacesTheDistrictsCounts) {
    auto db = database_->acquire();
    auto r = request(*db);
    r.kind = ImportKind::students;
    r.year = 2024;
    const std::string header = "student_id,name,district_code,school_code,grade,gender,programs\n";
    const auto path =
        (std::filesystem::temp_directory_path() / ("trellis-streamed-" + std::to_string(::getpid()))).string();
    std::ofstream(path) << header << "1,\"A, B\",2766092,6012340,3,F,world_language\n"
                        << "2,\"C, D\",2766092,6012340,3,M,\n"
                        << "3,\"E, F\",2766092,,4,M,ap_spanish\n";
    const auto first = import_data_file(*db, r, path);
    ASSERT_TRUE(first) << first.error().detail;
    const auto stored = [&] {
        return db->query(
            "SELECT org_code, indicator, group_code, denominator, numerator FROM indicator_counts "
            "ORDER BY org_code, indicator, group_code");
    };
    EXPECT_EQ(static_cast<std::int64_t>(stored().size()), first->summary.counts->counts);
    EXPECT_EQ(first->summary.counts->indicators,
              (std::vector<std::string>{"program:ap_spanish", "program:world_language"}));
    EXPECT_EQ(first->summary.counts->organizations, 2);  // the district and its school
    EXPECT_EQ(store::list_imports(*db, *r.organization_id)[0].counts_stored, first->summary.counts->counts);

    std::ofstream(path) << header << "1,\"A, B\",2766092,6012340,3,F,\n"
                        << "2,\"C, D\",2766092,6012340,3,M,world_language\n";
    const auto second = import_data_file(*db, r, path);
    std::filesystem::remove(path);
    ASSERT_TRUE(second) << second.error().detail;
    std::vector<std::string> world_language_males;
    for (const auto& row : stored()) {
        if (row.text(1) == "program:world_language" && row.text(2) == "gender:m")
            world_language_males.push_back(row.text(0) + " " + row.text(3) + "/" + row.text(4));
    }
    EXPECT_EQ(world_language_males, (std::vector<std::string>{"27660920000000 1/1", "27660926012340 1/1"}));
}

}  // namespace
}  // namespace trellis::actions
