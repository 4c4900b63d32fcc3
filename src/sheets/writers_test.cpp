// The export writers: what a spreadsheet or a script reading the file gets. The XLSX file's contents (typed
// cells, dates, frozen header, widths) are checked by opening it with openpyxl in tests/test_export.py.
#include "trellis/sheets/writers.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace trellis::sheets;

namespace {

Sheet points_sheet() {
    Sheet s{"Points",
            {{"Measure", CellType::text, 30},
             {"Date", CellType::date, 12},
             {"Value", CellType::number, 10},
             {"Count", CellType::integer, 8},
             {"Astronomical", CellType::boolean, 8}},
            {}};
    s.rows.push_back({std::string("Chronic absence"), Date{2025, 9, 1}, 12.5, std::int64_t{3}, false});
    s.rows.push_back({std::string("Chronic absence"), Date{2025, 10, 1}, -0.25, std::int64_t{-4}, true});
    s.rows.push_back(
        {std::string("no value yet"), *parse_date("2025-11-01"), std::monostate{}, std::monostate{}, std::monostate{}});
    return s;
}

}  // namespace

TEST(CsvWriter, WritesTypedCellsWithCrlfLines) {
    EXPECT_EQ(write_csv(points_sheet()),
              "Measure,Date,Value,Count,Astronomical\r\n"
              "Chronic absence,2025-09-01,12.5,3,false\r\n"
              "Chronic absence,2025-10-01,-0.25,-4,true\r\n"
              "no value yet,2025-11-01,,,\r\n");
}

TEST(CsvWriter, QuotesFieldsWithCommasQuotesAndLineBreaks) {
    Sheet s{"Notes", {{"Note", CellType::text, 20}, {"Value", CellType::number, 8}}, {}};
    s.rows.push_back({std::string("after the \"check-in\", a drop"), 30.0});
    s.rows.push_back({std::string("two\nlines"), 1e-7});
    s.rows.push_back({std::string("señal, año"), 0.1});
    EXPECT_EQ(write_csv(s),
              "Note,Value\r\n"
              "\"after the \"\"check-in\"\", a drop\",30\r\n"
              "\"two\nlines\",1e-07\r\n"
              "\"señal, año\",0.1\r\n");
}

TEST(CsvWriter, PutsAnApostropheBeforeTextASpreadsheetWouldRunAsAFormula) {
    Sheet s{"Notes", {{"Note", CellType::text, 20}, {"Value", CellType::number, 8}}, {}};
    for (const char* text : {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-2 points", "@SUM(A1)", "\tx"})
        s.rows.push_back({std::string(text), -3.0});
    s.rows.push_back({std::string("a = b"), 1.0});
    EXPECT_EQ(write_csv(s),
              "Note,Value\r\n"
              "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3\r\n"
              "'+1,-3\r\n"
              "'-2 points,-3\r\n"
              "'@SUM(A1),-3\r\n"
              "'\tx,-3\r\n"
              "a = b,1\r\n");
}

TEST(Sheet, RefusesCellsOfAnotherTypeThanTheirColumn) {
    auto s = points_sheet();
    EXPECT_EQ(sheet_problem(s), std::nullopt);
    s.rows[0][2] = std::string("12.5");
    EXPECT_EQ(sheet_problem(s), "sheet Points row 1 column \"Value\" is not a number cell");
    EXPECT_THROW(write_csv(s), std::invalid_argument);
    s.rows[0][2] = 12.5;
    s.rows[1].pop_back();
    EXPECT_EQ(sheet_problem(s), "sheet Points row 2 has 4 cells for 5 columns");
    s = points_sheet();
    s.name = "Points/2025";
    EXPECT_NE(sheet_problem(s), std::nullopt);
}

TEST(Sheet, ParsesOnlyRealCalendarDates) {
    EXPECT_EQ(parse_date("2024-02-29"), (Date{2024, 2, 29}));
    EXPECT_EQ(parse_date("2025-02-29"), std::nullopt);
    EXPECT_EQ(parse_date("2025-9-1"), std::nullopt);
    EXPECT_EQ(format_date(Date{2025, 9, 1}), "2025-09-01");
}

TEST(XlsxWriter, WritesAZipWithOneWorksheetPerSheet) {
    auto points = points_sheet();
    Sheet other{"Signals", {{"Rule", CellType::text, 10}}, {{std::string("shift")}}};
    const auto bytes = write_xlsx({points, other});
    ASSERT_GT(bytes.size(), 1000u);
    EXPECT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4));
    EXPECT_NE(bytes.find("xl/worksheets/sheet1.xml"), std::string::npos);
    EXPECT_NE(bytes.find("xl/worksheets/sheet2.xml"), std::string::npos);
    EXPECT_EQ(bytes.find("xl/worksheets/sheet3.xml"), std::string::npos);
}

TEST(XlsxWriter, WritesADateBeforeExcelsFirstAsText) {
    auto s = points_sheet();
    s.rows[0][1] = Date{1850, 1, 1};
    EXPECT_EQ(sheet_problem(s), std::nullopt);
    EXPECT_GT(write_xlsx({s}).size(), 1000u);
    EXPECT_NE(write_csv(s).find("1850-01-01"), std::string::npos);
}

TEST(XlsxWriter, RefusesTwoSheetsOfOneNameAndMalformedSheets) {
    Sheet a{"Points", {{"Rule", CellType::text, 10}}, {}};
    Sheet b{"POINTS", {{"Rule", CellType::text, 10}}, {}};
    EXPECT_THROW(write_xlsx({a, b}), std::invalid_argument);
    EXPECT_THROW(write_xlsx({}), std::invalid_argument);
    b.name = "Other";
    b.rows.push_back({1.0});
    EXPECT_THROW(write_xlsx({a, b}), std::invalid_argument);
}
