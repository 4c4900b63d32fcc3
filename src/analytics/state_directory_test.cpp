#include "trellis/analytics/state_directory.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace trellis::analytics {

namespace {

const std::string kHeader =
    "CDSCode\tNCESDist\tNCESSchool\tStatusType\tCounty\tDistrict\tSchool\tCharter\tDOCType\tGSoffered\tLatitude\t"
    "Longitude\n";

std::vector<DirectoryEntry> entries(const std::string& text, DirectoryReadResult* result = nullptr) {
    std::vector<DirectoryEntry> out;
    std::size_t offset = 0;
    const auto read = read_state_directory(
        [&](char* buffer, std::size_t capacity) {
            const std::size_t n = std::min(capacity, text.size() - offset);
            text.copy(buffer, n, offset);
            offset += n;
            return n;
        },
        [&](const DirectoryEntry& e) { out.push_back(e); });
    if (result) *result = read;
    return out;
}

// The shared public data: TRELLIS_SHARED_DATA, else ../shared/data beside the checkout.
std::filesystem::path shared_data() {
    if (const char* env = std::getenv("TRELLIS_SHARED_DATA")) return env;
    return std::filesystem::path(TRELLIS_SOURCE_DIR) / ".." / "shared" / "data";
}

}  // namespace

TEST(StateDirectory, ReadsKindStatusCharterGradesAndParent) {
    DirectoryReadResult result;
    const auto rows =
        entries(kHeader +
                    "27100270000000\t0691040\t\tActive\tMonterey\tMonterey County Office of Education\t\t\t"
                    "County Office of Education (COE)\t\t\t\n"
                    "27660920000000\t0625530\t\tActive\tMonterey\tMonterey Peninsula Unified\t\t\t"
                    "Unified School District\t\t\t\n"
                    "27660922732808\t0625530\t02984\tPending\tMonterey\tMonterey Peninsula Unified\t"
                    "Monterey High\tN\tUnified School District\t9-12\t\t\n"
                    "27660920129239\t0625530\t13937\tClosed\tMonterey\tMonterey Peninsula Unified\t"
                    "Dual Language Academy\tY\tUnified School District\tK-5\t\t\n"
                    "27660926000001\t0625530\t\tMerged\tMonterey\tMonterey Peninsula Unified\t"
                    "Old School\t\tUnified School District\tAdult\t\t\n",
                &result);
    ASSERT_TRUE(result.problems.empty()) << result.problems[0].message;
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0].kind, "county_office");
    EXPECT_EQ(rows[1].kind, "district");
    EXPECT_EQ(rows[1].name, "Monterey Peninsula Unified");
    EXPECT_EQ(rows[1].nces_id, "0625530");
    EXPECT_TRUE(rows[1].parent_cds.empty());
    EXPECT_EQ(rows[2].kind, "school");
    EXPECT_EQ(rows[2].name, "Monterey High");
    EXPECT_TRUE(rows[2].open);  // Pending counts as open
    EXPECT_EQ(rows[2].nces_id, "062553002984");
    EXPECT_EQ(rows[2].parent_cds, "27660920000000");
    EXPECT_EQ(rows[2].grades, "9-12");
    EXPECT_FALSE(rows[3].open);
    EXPECT_TRUE(rows[3].charter);
    EXPECT_FALSE(rows[4].open);     // Merged is closed
    EXPECT_EQ(rows[4].grades, "");  // "Adult" is no K-12 range
    EXPECT_EQ(rows[4].nces_id, std::nullopt);
}

TEST(StateDirectory, PadsCodesWhoseLeadingZerosWereDroppedAndReadsQuotedFieldsInAnyColumnOrder) {
    DirectoryReadResult result;
    const auto rows = entries(
        "Longitude,GSoffered,DOCType,Charter,School,District,County,StatusType,NCESSchool,NCESDist,CDSCode,Latitude,"
        "Extra\n"
        "-122.25,K-8,Unified School District,N,\"Lincoln, \"\"The\"\" School\",Alameda "
        "Unified,Alameda,Active,137,691040,"
        "1611190130229,37.76,x\n",
        &result);
    ASSERT_TRUE(result.problems.empty()) << result.problems[0].message;
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].cds_code, "01611190130229");
    EXPECT_EQ(rows[0].name, "Lincoln, \"The\" School");
    EXPECT_EQ(rows[0].nces_id, "069104000137");
    EXPECT_EQ(rows[0].parent_cds, "01611190000000");
    EXPECT_EQ(rows[0].latitude, 37.76);
    EXPECT_EQ(rows[0].longitude, -122.25);
}

TEST(StateDirectory, ReadsCoordinatesLeavesBlankOnesUnknownAndRefusesOnesOutOfRange) {
    DirectoryReadResult result;
    const auto rows = entries(kHeader +
                                  "27660920000000\t\t\tActive\tM\tD\t\t\tX\t\t36.595326\t-121.89877\n"
                                  "27660920129239\t\t\tClosed\tM\tD\tS\t\tX\t\t\t\n",
                              &result);
    ASSERT_TRUE(result.problems.empty()) << result.problems[0].message;
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].latitude, 36.595326);
    EXPECT_EQ(rows[0].longitude, -121.89877);
    EXPECT_EQ(rows[1].latitude, std::nullopt);
    for (const std::string bad : {"\t91\t-121\n", "\t36.5\t-181\n", "\tnorth\t-121\n", "\t36.5\t-121W\n"}) {
        entries(kHeader + "27660920000000\t\t\tActive\tM\tD\t\t\tX\t" + bad, &result);
        ASSERT_EQ(result.problems.size(), 1u) << bad;
        EXPECT_EQ(result.problems[0].code, "out_of_range") << bad;
        EXPECT_EQ(result.problems[0].column, bad.find("\t36.5\t") == 0 ? 12 : 11) << bad;
    }
}

TEST(StateDirectory, ReadsWindows1252TextAsUtf8) {
    const auto rows =
        entries(kHeader + "01611190130229\t\t\tActive\tAlameda\tD\tEscuela Ni\xF1os \x96 Norte\tN\tX\tK-5\t\t\n");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].name, "Escuela Ni\xC3\xB1os \xE2\x80\x93 Norte");
    EXPECT_EQ(text_as_utf8("Ni\xC3\xB1os"), "Ni\xC3\xB1os");  // already UTF-8: kept
}

TEST(StateDirectory, NamesTheLineAndColumnOfABadRowAndTheMissingColumnsOfAHeader) {
    DirectoryReadResult result;
    entries(kHeader + "27660920000000\t\t\tActive\tM\tD\t\t\tX\t\t\t\n27A60920000000\t\t\tActive\tM\tD\t\t\tX\t\t\t\n",
            &result);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].line, 3);
    EXPECT_EQ(result.problems[0].column, 1);
    entries(kHeader + "27660920000000\t\t\tOpen\tM\tD\t\t\tX\t\t\t\n", &result);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].column, 4);
    entries("CDSCode\tCounty\n1\tX\n", &result);
    ASSERT_FALSE(result.problems.empty());
    EXPECT_EQ(result.problems[0].line, 1);
    EXPECT_TRUE(std::ranges::any_of(result.problems, [](const CsvProblem& p) {
        return p.line == 1 && p.message.find("\"StatusType\"") != std::string::npos;
    }));
}

TEST(StateDirectory, GradeSpansAndRanges) {
    EXPECT_EQ(grade_spans_of("K-5"), (std::vector<std::string>{"elementary"}));
    EXPECT_EQ(grade_spans_of("7-12"), (std::vector<std::string>{"middle", "high"}));
    EXPECT_EQ(grade_spans_of("P"), std::vector<std::string>{});
    EXPECT_EQ(grade_spans_of("Adult"), std::vector<std::string>{});
    EXPECT_EQ(grade_range_union({"K-5", "9-12", "", "Adult"}), "K-12");
    EXPECT_EQ(grade_range_union({"P-5", "6-8"}), "P-8");
    EXPECT_EQ(grade_range_union({}), "");
}

TEST(NcesDistricts, ReadsLocaleByStateDistrictCodeWithItsMissingMarks) {
    const std::string text =
        "NCES District ID,State District ID,District Name,Locale Code*,Locale*\n"
        "0625530,CA-2766092,Monterey Peninsula Unified,22,Suburb: Midsize\n"
        "600097,CA-1074153,Valley ROP,31,\xE2\x80\x93\n"
        "0400001,AZ-1234567,Elsewhere,11,City: Large\n";
    std::size_t offset = 0;
    const auto result = read_nces_districts([&](char* buffer, std::size_t capacity) {
        const std::size_t n = std::min(capacity, text.size() - offset);
        text.copy(buffer, n, offset);
        offset += n;
        return n;
    });
    ASSERT_TRUE(result.problems.empty()) << result.problems[0].message;
    ASSERT_EQ(result.by_district_code.size(), 2u);
    EXPECT_EQ(result.by_district_code.at("2766092").locale, "Suburb: Midsize");
    EXPECT_EQ(result.by_district_code.at("1074153").nces_id, "0600097");
    EXPECT_EQ(result.by_district_code.at("1074153").locale, std::nullopt);
}

TEST(StateDirectory, ReadsTheStatesPublishedFile) {
    const auto path = shared_data() / "ca" / "pubschls_2018-06.txt";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is not there";
    std::ifstream in(path, std::ios::binary);
    std::size_t open = 0, schools = 0;
    std::optional<DirectoryEntry> sanger;
    const auto result = read_state_directory(
        [&](char* buffer, std::size_t capacity) {
            in.read(buffer, static_cast<std::streamsize>(capacity));
            return static_cast<std::size_t>(in.gcount());
        },
        [&](const DirectoryEntry& e) {
            open += e.open ? 1 : 0;
            schools += e.kind == "school" ? 1 : 0;
            if (e.cds_code == "10624140000000") sanger = e;
        });
    ASSERT_TRUE(result.problems.empty()) << result.problems[0].line << ": " << result.problems[0].message;
    EXPECT_EQ(result.rows, 17892);
    EXPECT_EQ(open, 11708u + 78u);  // Active + Pending, as SOURCE.txt counts them
    ASSERT_TRUE(sanger);
    EXPECT_EQ(sanger->name, "Sanger Unified");
    EXPECT_EQ(sanger->kind, "district");
    EXPECT_EQ(sanger->nces_id, "0635250");
    EXPECT_EQ(sanger->county, "Fresno");
}

}  // namespace trellis::analytics
