#include "trellis/actions/measure_import.hpp"

#include <gtest/gtest.h>

using namespace trellis::actions;

TEST(MeasurePointsCsv, ReadsASpreadsheetExportWithItsBomCrlfAndQuotedNotes) {
    const auto parsed = parse_measure_points_csv(
        "\xEF\xBB\xBF"
        "DATE,Value,note\r\n9/1/2025, 31 % ,\"late, then fixed\"\r\n"
        "2025-10-01,29.5,\r\n");
    ASSERT_TRUE(parsed.problems.empty()) << parsed.problems.front().message;
    ASSERT_EQ(parsed.points.size(), 2u);
    EXPECT_EQ(parsed.points[0].date, "2025-09-01");
    EXPECT_DOUBLE_EQ(parsed.points[0].value, 31);
    EXPECT_EQ(parsed.points[0].note, "late, then fixed");
    EXPECT_EQ(parsed.lines, (std::vector<std::int64_t>{2, 3}));
}

TEST(MeasurePointsCsv, NamesEachProblemByLineAndColumn) {
    const auto parsed =
        parse_measure_points_csv("value,date\n1e999,2024-12-01\n3,13/1/2025\n4,2025-01-01\n5,2025-01-01\n");
    ASSERT_EQ(parsed.problems.size(), 3u);
    EXPECT_EQ(parsed.problems[0].line, 2);  // not a finite number
    EXPECT_EQ(parsed.problems[0].column, 1);
    EXPECT_EQ(parsed.problems[1].line, 3);  // month 13
    EXPECT_EQ(parsed.problems[1].column, 2);
    EXPECT_EQ(parsed.problems[2].line, 5);  // the date of line 4 again
    EXPECT_NE(parsed.problems[2].message.find("line 4"), std::string::npos);
}

TEST(MeasurePointsCsv, StopsAtTheLimitOfPointsInAFile) {
    std::string text = "date,value\n";
    for (std::size_t i = 0; i <= kMaxImportedPoints; ++i)
        text += std::to_string(2000 + i / 336) + "-" + (i % 336 / 28 + 1 < 10 ? "0" : "") +
                std::to_string(i % 336 / 28 + 1) + "-" + (i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1) +
                ",1\n";
    const auto parsed = parse_measure_points_csv(text);
    EXPECT_EQ(parsed.points.size(), kMaxImportedPoints);
    ASSERT_EQ(parsed.problems.size(), 1u);
    EXPECT_NE(parsed.problems[0].message.find("at most"), std::string::npos);
}
