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

// Each problem carries its code and the params its sentence needs, so the web app words it in the reader's
// language: the value as the file has it, the date forms a file may use, the other line of a repeated date.
TEST(MeasurePointsCsv, EachProblemHasItsCodeAndParams) {
    using trellis::domain::ProblemParams;
    using Strings = std::vector<std::string>;
    const auto parsed = parse_measure_points_csv(
        "date,value,note\n13/1/2025,3,\n2025-01-01,many,\n2025-02-01,,\n,4,\n2025-02-01,5,\n2025-03-01,6," +
        std::string(501, 'n') + "\n");
    ASSERT_EQ(parsed.problems.size(), 6u);
    const auto& p = parsed.problems;
    EXPECT_EQ(p[0].code, "not_a_date");
    EXPECT_EQ(p[0].params, (ProblemParams{{"value", "13/1/2025"}, {"formats", Strings{"YYYY-MM-DD", "M/D/YYYY"}}}));
    EXPECT_EQ(p[1].code, "not_a_number");
    EXPECT_EQ(p[1].params, (ProblemParams{{"value", "many"}}));
    EXPECT_EQ(p[2].code, "required");  // an empty value
    EXPECT_EQ((std::pair{p[2].line, p[2].column}), (std::pair{std::int64_t{4}, 2}));
    EXPECT_EQ(p[3].code, "required");  // an empty date
    EXPECT_EQ(p[4].code, "also_on_line");
    EXPECT_EQ(p[4].params, (ProblemParams{{"value", "2025-02-01"}, {"other_line", 4}}));
    EXPECT_EQ(p[5].code, "too_long");
    EXPECT_EQ(p[5].params, (ProblemParams{{"max", 500}}));
    EXPECT_EQ(p[0].message, "the date must be YYYY-MM-DD or M/D/YYYY");  // the English message stays for API clients
}

TEST(MeasurePointsCsv, HeadersEmptyFilesAndTheLimitHaveCodes) {
    using trellis::domain::ProblemParams;
    const auto header = parse_measure_points_csv("when,how much\n2026-01-01,3\n");
    ASSERT_EQ(header.problems.size(), 2u);
    EXPECT_EQ(header.problems[0].code, "missing_columns");
    EXPECT_EQ(header.problems[0].params, (ProblemParams{{"columns", std::vector<std::string>{"date"}}}));
    EXPECT_EQ(header.problems[1].params, (ProblemParams{{"columns", std::vector<std::string>{"value"}}}));
    EXPECT_EQ(parse_measure_points_csv("").problems.at(0).code, "empty_file");
    std::string text = "date,value\n";
    for (std::size_t i = 0; i <= kMaxImportedPoints; ++i) text += "x,1\n";
    const auto many = parse_measure_points_csv(text);
    EXPECT_EQ(many.problems.back().code, "too_many_rows");
    EXPECT_EQ(many.problems.back().params, (ProblemParams{{"max", static_cast<std::int64_t>(kMaxImportedPoints)}}));
}
