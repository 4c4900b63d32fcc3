#include "trellis/analytics/dashboard_import.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

namespace trellis::analytics {

namespace {

constexpr const char* kMonterey = "27660920000000";

DashboardImportResult run(const std::string& text, int year = 2024, const std::string& org = kMonterey) {
    auto offset = std::make_shared<std::size_t>(0);
    // A small buffer's worth at a time, so records cross the reader's chunk boundaries.
    return import_dashboard(
        [&text, offset](char* buffer, std::size_t capacity) {
            const std::size_t n = std::min({capacity, text.size() - *offset, std::size_t{7}});
            std::memcpy(buffer, text.data() + *offset, n);
            *offset += n;
            return n;
        },
        {org, year, "suspension"});
}

std::string sample_file() {
    std::ifstream in(std::string(TRELLIS_SOURCE_DIR) + "/tests/data/dashboard/suspdownload2024.txt", std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const IndicatorCount* find_count(const DashboardImportResult& r, int year, std::string_view group) {
    for (const auto& c : r.counts)
        if (c.year == year && c.group == group) return &c;
    return nullptr;
}

const UnknownCount* find_unknown(const DashboardImportResult& r, int year, std::string_view group) {
    for (const auto& c : r.unknown)
        if (c.year == year && c.group == group) return &c;
    return nullptr;
}

}  // namespace

TEST(DashboardImport, TakesTheDistrictRowsCurrentAsTheYearAndPriorAsTheYearBefore) {
    const auto text = sample_file();
    ASSERT_FALSE(text.empty());
    const auto r = run(text);
    ASSERT_TRUE(r.problems.empty()) << r.problems[0].message;
    EXPECT_EQ(r.rows_read, 11);
    EXPECT_EQ(r.rows_taken, 8);  // the state's, the school's and Salinas' rows left
    const auto* all = find_count(r, 2024, "ALL");
    ASSERT_NE(all, nullptr);
    EXPECT_EQ(all->org_code, kMonterey);
    EXPECT_EQ(all->indicator, "suspension");
    EXPECT_EQ(all->direction, Direction::lower_is_better);
    EXPECT_EQ(all->denominator, 9499);
    EXPECT_EQ(all->numerator, 301);
    const auto* prior = find_count(r, 2023, "ALL");
    ASSERT_NE(prior, nullptr);
    EXPECT_EQ(prior->denominator, 9610);
    EXPECT_EQ(prior->numerator, 322);
    EXPECT_EQ(r.counts.size(), 9u);
    for (const auto& c : r.counts) EXPECT_NE(c.denominator, 6000000) << "the state's row was taken";
}

TEST(DashboardImport, SuppressedCellsAreUnknownNeverZero) {
    const auto r = run(sample_file());
    ASSERT_TRUE(r.problems.empty());
    EXPECT_EQ(r.suppressed_cells, 9);
    EXPECT_EQ(find_count(r, 2024, "FOS"), nullptr);
    const auto* fos = find_unknown(r, 2024, "FOS");  // `*`
    ASSERT_NE(fos, nullptr);
    EXPECT_FALSE(fos->denominator);
    EXPECT_FALSE(fos->numerator);
    ASSERT_NE(find_count(r, 2023, "FOS"), nullptr);
    const auto* hom = find_unknown(r, 2024, "HOM");  // the denominator published, the numerator blank
    ASSERT_NE(hom, nullptr);
    EXPECT_EQ(hom->denominator, 48);
    EXPECT_FALSE(hom->numerator);
    EXPECT_NE(find_unknown(r, 2024, "LTEL"), nullptr);
    EXPECT_NE(find_unknown(r, 2023, "LTEL"), nullptr);
    EXPECT_NE(find_unknown(r, 2023, "EL"), nullptr);
    EXPECT_NE(find_count(r, 2024, "EL"), nullptr);
    EXPECT_EQ(r.unknown.size(), 5u);
    EXPECT_EQ(r.ignored_groups, std::vector<std::string>{"EO"});
}

TEST(DashboardImport, ReadsByColumnNameInAnyOrderWithCommas) {
    const auto r =
        run("\xEF\xBB\xBFpriornumer,StudentGroup,priordenom,currnumer,currdenom,rtype,cds\n"
            "5,ALL,50,4,40,D,27660920000000\n");
    ASSERT_TRUE(r.problems.empty()) << r.problems[0].message;
    ASSERT_NE(find_count(r, 2024, "ALL"), nullptr);
    EXPECT_EQ(find_count(r, 2024, "ALL")->numerator, 4);
    EXPECT_EQ(find_count(r, 2023, "ALL")->denominator, 50);
}

TEST(DashboardImport, AMissingColumnIsNamed) {
    const auto r =
        run("cds\trtype\tstudentgroup\tcurrdenom\tpriordenom\tpriornumer\n27660920000000\tD\tALL\t1\t1\t1\n");
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].code, domain::code::kMissingColumns);
    EXPECT_NE(r.problems[0].message.find("currnumer"), std::string::npos);
    EXPECT_TRUE(r.counts.empty());
}

TEST(DashboardImport, BadCellsRejectTheWholeFile) {
    const std::string header = "cds\trtype\tstudentgroup\tcurrnumer\tcurrdenom\tpriornumer\tpriordenom\n";
    const auto r = run(header +
                       "27660920000000\tD\tALL\t10\t100\t9\t90\n"
                       "27660920000000\tD\tHI\tn/a\t100\t9\t90\n"  // 3: not a count
                       "27660920000000\tD\tWH\t101\t100\t9\t90\n"  // 4: numerator over denominator
                       "27660920000000\tD\tALL\t1\t2\t1\t2\n"      // 5: a second ALL row
                       "27661590000000\tD\tALL\t1\t2\t1\n");       // 6: fields
    EXPECT_TRUE(r.counts.empty());
    EXPECT_TRUE(r.unknown.empty());
    std::vector<std::pair<std::int64_t, std::string>> where;
    for (const auto& p : r.problems) where.emplace_back(p.line, p.code);
    EXPECT_EQ(where, (std::vector<std::pair<std::int64_t, std::string>>{{3, domain::code::kNotACount},
                                                                        {4, domain::code::kNumeratorOverDenominator},
                                                                        {5, domain::code::kAlsoOnLine},
                                                                        {6, domain::code::kWrongFieldCount}}));
}

TEST(DashboardImport, AnotherDistrictOrASchoolCodeTakesNothing) {
    const auto r = run(sample_file(), 2024, "27660926025886");  // a school: its rows are rtype S
    EXPECT_TRUE(r.problems.empty());
    EXPECT_EQ(r.rows_taken, 0);
    EXPECT_TRUE(r.counts.empty());
}

TEST(DashboardImport, RecognisesTheHeaderAndTheIndicatorFromTheFileName) {
    EXPECT_TRUE(is_dashboard_header("cds\trtype\tschoolname\tstudentgroup\tcurrdenom"));
    EXPECT_TRUE(is_dashboard_header("\xEF\xBB\xBF\"CDS\",\"RType\",\"StudentGroup\"\r"));
    EXPECT_FALSE(is_dashboard_header("org_code,year,indicator,direction,group,denominator,numerator"));
    EXPECT_EQ(dashboard_indicator_from_filename("/tmp/suspdownload2024.txt"), "suspension");
    EXPECT_EQ(dashboard_indicator_from_filename("Suspension Rate 2024.tsv"), "suspension");
    EXPECT_EQ(dashboard_indicator_from_filename("chronicdownload2024.txt"), "chronic_absence");
    EXPECT_EQ(dashboard_indicator_from_filename("ChronicAbsenteeism_2024.txt"), "chronic_absence");
    EXPECT_EQ(dashboard_indicator_from_filename("elpidownload2024.txt"), std::nullopt);
    EXPECT_EQ(dashboard_indicator_from_filename("susp/data.txt"), std::nullopt);
}

}  // namespace trellis::analytics
