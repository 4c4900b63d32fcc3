#include "trellis/analytics/profile_import.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace trellis::analytics {

namespace {

ProfileImportResult run_text(const std::string& text) {
    auto offset = std::make_shared<std::size_t>(0);
    return import_profiles([&text, offset](char* buffer, std::size_t capacity) {
        const std::size_t n = std::min(capacity, text.size() - *offset);
        std::memcpy(buffer, text.data() + *offset, n);
        *offset += n;
        return n;
    });
}

ProfileImportResult run_file(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) return {};
    auto result =
        import_profiles([file](char* buffer, std::size_t capacity) { return std::fread(buffer, 1, capacity, file); });
    std::fclose(file);
    return result;
}

const std::string kData = TRELLIS_SOURCE_DIR "/../shared/data/ca/";

const OrganizationProfileRow* find(const ProfileImportResult& result, const std::string& cds) {
    for (const auto& row : result.rows) {
        if (row.cds_code == cds) return &row;
    }
    return nullptr;
}

}  // namespace

TEST(ProfileImport, ReadsTheStateDistrictFile) {
    const std::string path = kData + "cupc1819-k12_lea.csv";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is not there";
    const auto result = run_file(path);
    ASSERT_TRUE(result.problems.empty()) << result.problems[0].line << ": " << result.problems[0].message;
    EXPECT_EQ(result.rows.size(), 2299u);
    const auto* mpusd = find(result, "27660920000000");
    ASSERT_NE(mpusd, nullptr);
    EXPECT_TRUE(mpusd->district_row);
    EXPECT_EQ(mpusd->name, "Monterey Peninsula Unified");
    EXPECT_EQ(mpusd->year, 2018);
    EXPECT_EQ(mpusd->enrollment, 9499);
    EXPECT_EQ(mpusd->low_income, 6232);
    EXPECT_EQ(mpusd->foster, 20);
    EXPECT_EQ(mpusd->homeless, 880);
    EXPECT_EQ(mpusd->english_learners, 2577);
    const auto* lancaster = find(result, "19646670000000");
    ASSERT_NE(lancaster, nullptr);
    EXPECT_EQ(lancaster->enrollment, 14089);
    EXPECT_EQ(lancaster->foster, 404);
    const auto* charter = find(result, "27660920129239");
    ASSERT_NE(charter, nullptr);
    EXPECT_FALSE(charter->district_row);
    EXPECT_EQ(charter->name, "Dual Language Academy of the Monterey Peninsula");
    const auto* quoted = find(result, "01612590130617");
    ASSERT_NE(quoted, nullptr);
    EXPECT_EQ(quoted->name, "Oakland Military Institute, College Preparatory Academy");
}

TEST(ProfileImport, ReadsTheStateSchoolFile) {
    const std::string path = kData + "cupc1819-k12_school.csv";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is not there";
    const auto result = run_file(path);
    ASSERT_TRUE(result.problems.empty()) << result.problems[0].line << ": " << result.problems[0].message;
    EXPECT_EQ(result.rows.size(), 10515u);
    int mpusd_schools = 0;
    for (const auto& row : result.rows) {
        if (row.cds_code.starts_with("2766092")) ++mpusd_schools;
    }
    EXPECT_EQ(mpusd_schools, 23);
}

TEST(ProfileImport, NotAvailableIsUnknownAndPaddingIsRestored) {
    const auto result = run_text(
        "Academic Year,County Code,District Code,School Code,District Name,School Name,Total Enrollment,"
        "Free & Reduced Meal Program,Foster,Homeless,English Learner (EL)\n"
        "2018-2019,1,10017,0,Alameda COE,N/A,186,N/A,18,,\"1,033\"\n");
    ASSERT_TRUE(result.problems.empty()) << result.problems[0].message;
    ASSERT_EQ(result.rows.size(), 1u);
    EXPECT_EQ(result.rows[0].cds_code, "01100170000000");
    EXPECT_TRUE(result.rows[0].district_row);
    EXPECT_EQ(result.rows[0].name, "Alameda COE");
    EXPECT_EQ(result.rows[0].enrollment, 186);
    EXPECT_FALSE(result.rows[0].low_income);
    EXPECT_EQ(result.rows[0].foster, 18);
    EXPECT_FALSE(result.rows[0].homeless);
    EXPECT_EQ(result.rows[0].english_learners, 1033);
}

TEST(ProfileImport, ProblemsHaveLineAndColumn) {
    const std::string header =
        "Academic Year,County Code,District Code,School Code,District Name,School Name,Total Enrollment\n";
    const auto result =
        run_text(header + "2018-2019,01,10017,0000000,A,N/A,many\n2018-2019,01,1001x,0000000,A,N/A,1\n");
    ASSERT_EQ(result.problems.size(), 2u);
    EXPECT_EQ(result.problems[0].line, 2);
    EXPECT_EQ(result.problems[0].column, 7);
    EXPECT_EQ(result.problems[1].line, 3);
    EXPECT_EQ(result.problems[1].column, 3);
    EXPECT_TRUE(result.rows.empty());
    EXPECT_EQ(run_text("County Code,School Code\n").problems.size(), 5u);
}

}  // namespace trellis::analytics
