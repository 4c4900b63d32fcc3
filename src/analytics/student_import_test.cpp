#include "trellis/analytics/student_import.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <tuple>

namespace trellis::analytics {

namespace {

ByteSource text_source(const std::string& text) {
    auto offset = std::make_shared<std::size_t>(0);
    return [text, offset](char* buffer, std::size_t capacity) {
        const std::size_t n = std::min(capacity, text.size() - *offset);
        std::memcpy(buffer, text.data() + *offset, n);
        *offset += n;
        return n;
    };
}

StudentImportResult run(const std::string& text, const ColumnMapping& mapping = {}) {
    return import_students(text_source(text), mapping, 2024);
}

using Key = std::tuple<std::string, std::string, std::string>;  // org, indicator, group
using Figures = std::pair<std::int64_t, std::int64_t>;          // denominator, numerator

std::map<Key, Figures> by_key(const StudentImportResult& result) {
    std::map<Key, Figures> out;
    for (const auto& c : result.counts) {
        EXPECT_EQ(c.year, 2024);
        EXPECT_EQ(c.direction, Direction::higher_is_better);
        out[{c.org_code, c.indicator, c.group}] = {c.denominator, c.numerator};
    }
    return out;
}

std::string problems_text(const StudentImportResult& result) {
    std::string out;
    for (const auto& p : result.problems)
        out += std::to_string(p.line) + ":" + std::to_string(p.column) + " " + p.message + "\n";
    return out;
}

const char* kHeader =
    "student_id,name,district_code,school_code,grade,ethnicity,gender,el,sed,home_language,programs\n";

}  // namespace

TEST(StudentImport, CountsProgramsByDistrictSchoolAndGroup) {
    const std::string text = std::string(kHeader) +
                             "1,\"Garcia, Ana\",2766092,6025886,K,HI,F,Y,Y,Spanish,Spanish Dual Immersion\n"
                             "2,Bo,2766092,6025886,K,WH,M,N,N,English,\n"
                             "3,Cy,2766092,6025886,1,HI,F,Y,N,Spanish,spanish_dual_immersion\n"
                             "4,Di,2766092,6025886,2,AS,F,N,N,Vietnamese,\n"  // grade 2: not offered
                             "5,Ed,27660920000000,6026000,K,HI,M,yes,1,Spanish,\n"
                             "6,Fa,2766092,,1,,X,no,0,,\n";
    const auto result = run(text);
    ASSERT_TRUE(result.problems.empty()) << problems_text(result);
    const auto counts = by_key(result);
    const std::string district = "27660920000000", school = "27660926025886", other = "27660926026000";
    const std::string dual = "program:spanish_dual_immersion";
    // District: offered in K and 1 (where its students enroll); 5 students in K-1.
    EXPECT_EQ(counts.at({district, dual, "ALL"}), Figures(5, 2));
    EXPECT_EQ(counts.at({district, dual, "HI"}), Figures(3, 2));
    EXPECT_EQ(counts.at({district, dual, "WH"}), Figures(1, 0));
    EXPECT_EQ(counts.at({district, dual, "EL"}), Figures(3, 2));
    EXPECT_EQ(counts.at({district, dual, "SED"}), Figures(2, 1));
    EXPECT_EQ(counts.at({district, dual, "gender:f"}), Figures(2, 2));
    EXPECT_EQ(counts.at({district, dual, "gender:x"}), Figures(1, 0));
    EXPECT_EQ(counts.at({district, dual, "lang:spanish"}), Figures(3, 2));
    EXPECT_FALSE(counts.contains({district, dual, "AS"}));  // grade 2 only
    // School 6025886: K and 1, three students there.
    EXPECT_EQ(counts.at({school, dual, "ALL"}), Figures(3, 2));
    // School 6026000 enrolls nobody: no rows for it; the student without a school counts for the district only.
    for (const auto& [key, figures] : counts) EXPECT_NE(std::get<0>(key), other);
    EXPECT_EQ(result.summary.rows, 6);
    EXPECT_EQ(result.summary.districts, 1);
    EXPECT_EQ(result.summary.schools, 2);
    EXPECT_EQ(result.summary.programs, (std::vector<std::string>{"spanish_dual_immersion"}));
    EXPECT_EQ(result.summary.ignored_columns, (std::vector<std::string>{"student_id", "name"}));
}

TEST(StudentImport, OfferedGradesArePerDistrictAndPerSchool) {
    const std::string text =
        "district_code,school_code,grade,programs\n"
        "0110017,0000001,3,mandarin\n"
        "0110017,0000001,4,\n"
        "0110017,0000002,4,mandarin\n"
        "0110017,0000002,3,\n"
        "0110025,0000003,4,mandarin\n"
        "0110025,0000003,3,\n"
        "0110025,0000003,3,\n";
    const auto counts = by_key(run(text));
    EXPECT_EQ(counts.at({"01100170000000", "program:mandarin", "ALL"}), Figures(4, 2));  // grades 3 and 4
    EXPECT_EQ(counts.at({"01100170000001", "program:mandarin", "ALL"}), Figures(1, 1));  // grade 3 only
    EXPECT_EQ(counts.at({"01100170000002", "program:mandarin", "ALL"}), Figures(1, 1));  // grade 4 only
    EXPECT_EQ(counts.at({"01100250000000", "program:mandarin", "ALL"}), Figures(1, 1));  // district B: grade 4
}

TEST(StudentImport, MappingGivesColumnsValuesSeparatorAndProgramGrades) {
    ColumnMapping mapping;
    mapping.columns = {{"district_code", "LEA"},
                       {"grade", "Grade Level"},
                       {"ethnicity", "Race"},
                       {"el", "ELAS"},
                       {"programs", "Prog"}};
    mapping.values = {{"ethnicity", {{"Latino", "HI"}}},
                      {"el", {{"EL", "Y"}, {"RFEP", "N"}, {"EO", "N"}}},
                      {"programs", {{"SDI", "spanish_dual_immersion"}}}};
    mapping.program_separator = "|";
    mapping.program_grades = {{"spanish_dual_immersion", {"K", "1", "2"}}};
    const std::string text =
        "LEA\tGrade Level\tRace\tELAS\tProg\r\n"
        "2766092\tKN\tLatino\tEL\tSDI|AP Spanish\r\n"
        "2766092\t02\tWhite\tEO\t\r\n"
        "2766092\t5\tLatino\tRFEP\tSDI\r\n"  // grade 5: outside the program's grades
        "2766092\t9\tlatino\tEL\tap spanish\r\n";
    const auto result = run("\xEF\xBB\xBF" + text, mapping);
    ASSERT_TRUE(result.problems.empty()) << problems_text(result);
    const auto counts = by_key(result);
    const std::string d = "27660920000000";
    EXPECT_EQ(counts.at({d, "program:spanish_dual_immersion", "ALL"}), Figures(2, 1));
    EXPECT_EQ(counts.at({d, "program:spanish_dual_immersion", "HI"}), Figures(1, 1));
    EXPECT_EQ(counts.at({d, "program:spanish_dual_immersion", "WH"}), Figures(1, 0));
    EXPECT_EQ(counts.at({d, "program:ap_spanish", "ALL"}), Figures(2, 2));  // grades K and 9 enroll
    EXPECT_EQ(counts.at({d, "program:ap_spanish", "EL"}), Figures(2, 2));
    EXPECT_EQ(result.summary.programs, (std::vector<std::string>{"ap_spanish", "spanish_dual_immersion"}));
}

TEST(StudentImport, FlagsAcceptTheUsualSpellings) {
    const std::string text =
        "district_code,grade,el,ltel,sed,swd,foster,homeless,programs\n"
        "2766092,3,Y,n,TRUE,1,yes,,p\n"
        "2766092,3,no,0,false,N,No,Y,\n";
    const auto counts = by_key(run(text));
    const std::string d = "27660920000000";
    EXPECT_EQ(counts.at({d, "program:p", "EL"}), Figures(1, 1));
    EXPECT_EQ(counts.at({d, "program:p", "SED"}), Figures(1, 1));
    EXPECT_EQ(counts.at({d, "program:p", "SWD"}), Figures(1, 1));
    EXPECT_EQ(counts.at({d, "program:p", "FOS"}), Figures(1, 1));
    EXPECT_EQ(counts.at({d, "program:p", "HOM"}), Figures(1, 0));
    EXPECT_FALSE(counts.contains({d, "program:p", "LTEL"}));
}

TEST(StudentImport, BadRowsAreProblemsWithLineAndColumnAndNoCounts) {
    const std::string text =
        "district_code,school_code,grade,el,programs\n"
        "2766092,0000001,3,Y,p\n"
        "2766092,0000001,3,maybe,p\n"
        ",0000001,3,N,p\n"
        "27-66092,1,3,N,p\n"
        "2766092,0000001,13,N,p\n"
        "2766092,0000001,3\n"
        "2766092,0000001,3,N,!!!\n";
    const auto result = run(text);
    EXPECT_TRUE(result.counts.empty());
    ASSERT_EQ(result.problems.size(), 6u) << problems_text(result);
    EXPECT_EQ(std::make_pair(result.problems[0].line, result.problems[0].column), std::make_pair(std::int64_t{3}, 4));
    EXPECT_NE(result.problems[0].message.find("not a flag"), std::string::npos);
    EXPECT_EQ(std::make_pair(result.problems[1].line, result.problems[1].column), std::make_pair(std::int64_t{4}, 1));
    EXPECT_EQ(std::make_pair(result.problems[2].line, result.problems[2].column), std::make_pair(std::int64_t{5}, 2));
    EXPECT_EQ(std::make_pair(result.problems[3].line, result.problems[3].column), std::make_pair(std::int64_t{6}, 3));
    EXPECT_EQ(std::make_pair(result.problems[4].line, result.problems[4].column), std::make_pair(std::int64_t{7}, 0));
    EXPECT_EQ(std::make_pair(result.problems[5].line, result.problems[5].column), std::make_pair(std::int64_t{8}, 5));
}

TEST(StudentImport, RequiredColumnsAndMappedColumnsMustBeInTheHeader) {
    const auto missing = run("school_code,ethnicity\n0000001,HI\n");
    ASSERT_EQ(missing.problems.size(), 1u);  // one problem naming both columns
    EXPECT_EQ(missing.problems[0].line, 1);
    EXPECT_NE(missing.problems[0].message.find("district_code"), std::string::npos);
    EXPECT_NE(missing.problems[0].message.find("grade"), std::string::npos);
    EXPECT_EQ(missing.problems[0].code, "missing_columns");
    ColumnMapping mapping;
    mapping.columns = {{"ethnicity", "Race"}};
    EXPECT_EQ(run("district_code,grade\n2766092,1\n", mapping).problems.size(), 1u);
    EXPECT_EQ(run("").problems.size(), 1u);
}

TEST(StudentImport, StopsAfterOneHundredProblems) {
    std::string text = "district_code,grade\n";
    for (int i = 0; i < 500; ++i) text += "2766092,99\n";
    const auto result = run(text);
    EXPECT_EQ(result.problems.size(), 100u);
    EXPECT_LT(result.summary.rows, 500);
}

TEST(StudentImport, RaceSpellingsAndUnknownValues) {
    const std::string text =
        "district_code,grade,ethnicity,programs\n"
        "2766092,1,Hispanic or Latino,p\n"
        "2766092,1,Black or African American,p\n"
        "2766092,1,Decline to state,p\n"
        "2766092,1,MR,p\n";
    const auto counts = by_key(run(text));
    const std::string d = "27660920000000";
    EXPECT_EQ(counts.at({d, "program:p", "ALL"}), Figures(4, 4));
    EXPECT_EQ(counts.at({d, "program:p", "HI"}), Figures(1, 1));
    EXPECT_EQ(counts.at({d, "program:p", "AA"}), Figures(1, 1));
    EXPECT_EQ(counts.at({d, "program:p", "MR"}), Figures(1, 1));
}

namespace {

// A file large enough for the two-range path, with quoted names (some with newlines) and problems optional.
std::string synthetic_file(int rows, unsigned seed, bool newlines_in_quotes) {
    std::mt19937 random(seed);
    std::string text =
        "student_id,name,district_code,school_code,grade,ethnicity,gender,el,sed,swd,home_language,programs,note\n";
    const char* grades[] = {"K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "TK"};
    const char* races[] = {"HI", "WH", "AS", "AA", "FI", "PI", "AI", "MR", ""};
    const char* langs[] = {"Spanish", "English", "Vietnamese", "Mandarin", ""};
    const char* programs[] = {"", "", "", "spanish_dual_immersion", "world_language", "ap_spanish;world_language"};
    for (int i = 0; i < rows; ++i) {
        const int district = 10000 + 10 * static_cast<int>(random() % 7);
        text += std::to_string(100000 + i) + ",\"Last" + std::to_string(i % 97) + ", First\",01";
        text += std::to_string(district) + "," + (random() % 9 ? "000" + std::to_string(1000 + random() % 5) : "");
        text += std::string(",") + grades[random() % 14] + "," + races[random() % 9] + "," + (random() % 2 ? "F" : "M");
        text += std::string(",") + (random() % 4 ? "N" : "Y") + "," + (random() % 2 ? "Y" : "N") + "," +
                (random() % 8 ? "N" : "Y");
        text += std::string(",") + langs[random() % 5] + "," + programs[random() % 6] + ",";
        if (newlines_in_quotes && random() % 50 == 0) text += "\"a note\nover two lines\"";
        text += "\n";
    }
    return text;
}

std::string write_temp(const std::string& text, const std::string& name) {
    const auto path = (std::filesystem::temp_directory_path() / (name + std::to_string(::getpid()) + ".csv")).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

void expect_same(const StudentImportResult& a, const StudentImportResult& b) {
    ASSERT_EQ(a.counts.size(), b.counts.size());
    for (std::size_t i = 0; i < a.counts.size(); ++i) {
        EXPECT_EQ(a.counts[i].org_code, b.counts[i].org_code);
        EXPECT_EQ(a.counts[i].indicator, b.counts[i].indicator);
        EXPECT_EQ(a.counts[i].group, b.counts[i].group);
        EXPECT_EQ(a.counts[i].denominator, b.counts[i].denominator);
        EXPECT_EQ(a.counts[i].numerator, b.counts[i].numerator);
    }
    EXPECT_EQ(a.summary.rows, b.summary.rows);
    EXPECT_EQ(a.summary.districts, b.summary.districts);
    EXPECT_EQ(a.summary.schools, b.summary.schools);
    EXPECT_EQ(a.summary.programs, b.summary.programs);
    EXPECT_EQ(a.summary.ignored_columns, b.summary.ignored_columns);
}

}  // namespace

TEST(StudentImport, FileInTwoRangesMatchesTheSerialRead) {
    const std::string text = synthetic_file(120000, 1, true);
    ASSERT_GT(text.size(), 8u << 20);
    const auto path = write_temp(text, "trellis-students-");
    std::int64_t last_progress = 0;
    const auto parallel = import_students_file(path, {}, 2024, [&](std::int64_t bytes) { last_progress = bytes; });
    const auto serial = run(text);
    std::filesystem::remove(path);
    ASSERT_TRUE(serial.problems.empty()) << problems_text(serial);
    ASSERT_TRUE(parallel.problems.empty()) << problems_text(parallel);
    EXPECT_GT(serial.counts.size(), 100u);
    expect_same(parallel, serial);
    EXPECT_GT(last_progress, static_cast<std::int64_t>(text.size()) - (2 << 20));
}

TEST(StudentImport, FileSplitInsideAQuotedNewlineIsStillRight) {
    // A quoted field full of line ends around the middle: the first line end after the middle is inside it.
    std::string text = synthetic_file(60000, 2, false);
    const std::string rows = text.substr(text.find('\n') + 1);
    std::string note = "\"";
    for (int i = 0; i < 10000; ++i) note += "line\n";
    note += "\"";
    const std::string row = "1,x,0110010,0001000,3,HI,F,N,N,N,Spanish,world_language," + note + "\n";
    text += row + rows;  // the same rows on both sides: the middle falls inside `row`
    const std::size_t middle = text.size() / 2;
    const std::size_t row_at = text.find(row);
    ASSERT_LT(row_at, middle);
    ASSERT_GT(row_at + row.size(), middle);
    const auto path = write_temp(text, "trellis-students-split-");
    const auto parallel = import_students_file(path, {}, 2024);
    const auto serial = run(text);
    std::filesystem::remove(path);
    ASSERT_TRUE(parallel.problems.empty()) << problems_text(parallel);
    expect_same(parallel, serial);
}

TEST(StudentImport, FileProblemsInTheSecondRangeHaveTheirRealLines) {
    std::string text = synthetic_file(120000, 4, false);
    // Break one row near the end: a bad flag in the el column (column 8).
    const std::size_t at = text.rfind("\n", text.size() - 2 - 5000);
    const std::size_t line_start = at + 1;
    std::size_t field = line_start;
    bool quoted = false;
    for (int commas = 0; commas < 7; ++field) {
        if (text[field] == '"') quoted = !quoted;
        if (text[field] == ',' && !quoted) ++commas;
    }
    const std::size_t comma = text.find(',', field);
    text.replace(field, comma - field, "maybe");
    const auto path = write_temp(text, "trellis-students-bad-");
    const auto parallel = import_students_file(path, {}, 2024);
    const auto serial = run(text);
    std::filesystem::remove(path);
    ASSERT_EQ(serial.problems.size(), 1u) << problems_text(serial);
    ASSERT_EQ(parallel.problems.size(), 1u) << problems_text(parallel);
    EXPECT_EQ(parallel.problems[0].line, serial.problems[0].line);
    EXPECT_EQ(parallel.problems[0].column, 8);
    EXPECT_TRUE(parallel.counts.empty());
}

TEST(StudentImport, MissingFileIsAProblem) {
    const auto result = import_students_file("/nonexistent/students.csv", {}, 2024);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_NE(result.problems[0].message.find("cannot open"), std::string::npos);
}

}  // namespace trellis::analytics

namespace trellis::analytics {

// Streamed to a sink, a file's counts arrive a district at a time (never all at once), after a plan that says
// what will come, and are the counts the collected read gives.
TEST(StudentImport, StreamedCountsComeADistrictAtATimeAndMatchTheCollectedOnes) {
    const std::string text = synthetic_file(120000, 3, false);
    const auto path = write_temp(text, "trellis-streamed-");
    const auto collected = import_students_file(path, {}, 2024);
    StudentCountsPlan plan;
    StudentImportResult streamed;
    std::size_t batches = 0;
    const StudentCountsSink sink{.plan =
                                     [&](const StudentCountsPlan& p) {
                                         plan = p;
                                         return true;
                                     },
                                 .counts =
                                     [&](std::span<const IndicatorCount> counts) {
                                         ++batches;
                                         for (const auto& c : counts) {
                                             EXPECT_EQ(c.org_code.substr(0, 7), counts.front().org_code.substr(0, 7));
                                             streamed.counts.push_back(c);
                                         }
                                     }};
    const auto result = import_students_file(path, {}, 2024, sink);
    std::filesystem::remove(path);
    ASSERT_TRUE(result.problems.empty()) << problems_text(result);
    EXPECT_TRUE(result.counts.empty());
    streamed.summary = result.summary;
    expect_same(streamed, collected);
    EXPECT_EQ(plan.counts, static_cast<std::int64_t>(collected.counts.size()));
    ASSERT_EQ(plan.district_indicators.size(), 7u);  // the synthetic file's seven districts
    EXPECT_EQ(batches, plan.district_indicators.size());
    EXPECT_EQ(plan.district_indicators[0].first, "01100000000000");
    EXPECT_EQ(plan.indicators, (std::vector<std::string>{"program:ap_spanish", "program:spanish_dual_immersion",
                                                         "program:world_language"}));
    EXPECT_EQ(plan.summary.rows, 120000);
}

TEST(StudentImport, AStreamRefusedAtItsPlanGetsNoCounts) {
    const auto path = write_temp(synthetic_file(2000, 4, false), "trellis-refused-");
    bool got_counts = false;
    const StudentCountsSink sink{.plan = [](const StudentCountsPlan&) { return false; },
                                 .counts = [&](std::span<const IndicatorCount>) { got_counts = true; }};
    const auto result = import_students_file(path, {}, 2024, sink);
    std::filesystem::remove(path);
    EXPECT_TRUE(result.problems.empty());
    EXPECT_FALSE(got_counts);
}

}  // namespace trellis::analytics
