// Every problem a person's data file can have carries a stable code and the params its sentence needs (issue 17):
// the web app words them in English and Spanish from these alone, so each kind is checked here by code and
// params, as set where the problem is found (not read back from the English message).
#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>
#include <utility>

#include "trellis/analytics/aggregate_import.hpp"
#include "trellis/analytics/column_mapping.hpp"
#include "trellis/analytics/csv_reader.hpp"
#include "trellis/analytics/profile_import.hpp"
#include "trellis/analytics/student_import.hpp"
#include "trellis/analytics/teacher_import.hpp"

namespace trellis::analytics {

namespace {

using domain::ProblemParams;
using Strings = std::vector<std::string>;

// What the web app reads of a problem: where it is, its code and its params.
struct Coded {
    std::int64_t line;
    int column;
    std::string code;
    ProblemParams params;
    bool operator==(const Coded&) const = default;
};

void PrintTo(const Coded& c, std::ostream* out) {
    *out << "line " << c.line << ", column " << c.column << ": " << c.code << " (" << c.params.size() << " params)";
}

Coded coded(const CsvProblem& p) { return {p.line, p.column, p.code, p.params}; }

ByteSource source(const std::string& text) {
    auto offset = std::make_shared<std::size_t>(0);
    return [text, offset](char* buffer, std::size_t capacity) {
        const std::size_t n = std::min(capacity, text.size() - *offset);
        std::memcpy(buffer, text.data() + *offset, n);
        *offset += n;
        return n;
    };
}

std::vector<CsvProblem> read_problems(const std::string& text, CsvOptions options = {}) {
    return read_csv(text, options, [](const CsvRecord&) { return true; }).problems;
}

const std::string kAggregateHeader = "org_code,year,indicator,direction,group,denominator,numerator\n";
const std::string kProfileHeader =
    "Academic Year,County Code,District Code,School Code,District Name,School Name,Total Enrollment\n";

}  // namespace

TEST(ImportProblemCodes, TheCsvReaderNamesQuotingSizesAndNulBytes) {
    EXPECT_EQ(coded(read_problems("a,b\n1,\"open\n").at(0)), (Coded{2, 2, "unclosed_quote", {}}));
    EXPECT_EQ(coded(read_problems("a,b\n\"x\"y,1\n").at(0)), (Coded{2, 1, "text_after_quote", {}}));
    EXPECT_EQ(coded(read_problems(std::string("a,b\n1,x\0y\n", 10)).at(0)), (Coded{2, 2, "nul_byte", {}}));
    CsvOptions options;
    options.max_field_bytes = 8;
    options.max_fields = 3;
    options.max_record_bytes = 64;
    EXPECT_EQ(coded(read_problems("a,b\n123456789,1\n", options).at(0)),
              (Coded{2, 1, "field_too_large", {{"max", 8}}}));
    EXPECT_EQ(coded(read_problems("a,b,c,d\n", options).at(0)), (Coded{1, 4, "too_many_fields", {{"max", 3}}}));
    options.max_field_bytes = 1000;  // so the line, not its one field, is what is too long
    const auto long_line =
        read_csv(source(std::string(1000, 'x')), options, [](const CsvRecord&) { return true; }).problems;
    EXPECT_EQ(coded(long_line.at(0)), (Coded{1, 0, "line_too_large", {{"max", 64}}}));
}

TEST(ImportProblemCodes, AggregateFilesNameEachFieldWithTheValueRead) {
    const auto result =
        import_aggregate(source(kAggregateHeader + "2766092,2018,suspension,lower_is_better,ALL,10,1\n"         // 2
                                                   "27660920000000,18,suspension,lower_is_better,ALL,10,1\n"    // 3
                                                   "27660920000000,2018,Bad Name,lower_is_better,ALL,10,1\n"    // 4
                                                   "27660920000000,2018,suspension,lower,ALL,10,1\n"            // 5
                                                   "27660920000000,2018,suspension,lower_is_better,XX,10,1\n"   // 6
                                                   "27660920000000,2018,suspension,lower_is_better,ALL,ten,\n"  // 7
                                                   "27660920000000,2018,suspension,lower_is_better,ALL,5,6\n"   // 8
                                                   "27660920000000,2018,suspension,lower_is_better,HI,10,1\n"   // 9
                                                   "27660920000000,2018,suspension,lower_is_better,HI,10,2\n"   // 10
                                                   "27660920000000,2018,suspension,higher_is_better,EL,10,2\n"  // 11
                                                   "27660920000000,2018\n"));                                   // 12
    ASSERT_EQ(result.problems.size(), 11u);
    const auto& p = result.problems;
    EXPECT_EQ(coded(p[0]), (Coded{2, 1, "not_a_cds_code", {{"value", "2766092"}}}));
    EXPECT_EQ(
        coded(p[1]),
        (Coded{3, 2, "not_a_school_year", {{"value", "18"}, {"min", 1990}, {"max", 2100}, {"example", "2018-19"}}}));
    EXPECT_EQ(coded(p[2]), (Coded{4, 3, "not_an_indicator", {{"value", "Bad Name"}, {"max", 64}}}));
    EXPECT_EQ(
        coded(p[3]),
        (Coded{5, 4, "not_one_of", {{"value", "lower"}, {"allowed", Strings{"higher_is_better", "lower_is_better"}}}}));
    EXPECT_EQ(coded(p[4]), (Coded{6, 5, "not_a_group", {{"value", "XX"}}}));
    EXPECT_EQ(coded(p[5]), (Coded{7, 6, "not_a_count", {{"value", "ten"}}}));
    EXPECT_EQ(coded(p[6]), (Coded{7, 7, "required", {}}));  // an empty numerator
    EXPECT_EQ(coded(p[7]), (Coded{8, 7, "numerator_over_denominator", {{"numerator", 6}, {"denominator", 5}}}));
    EXPECT_EQ(coded(p[8]),
              (Coded{10, 0, "also_on_line", {{"value", "27660920000000 2018 suspension HI"}, {"other_line", 9}}}));
    EXPECT_EQ(coded(p[9]), (Coded{11,
                                  4,
                                  "direction_differs",
                                  {{"indicator", "suspension"}, {"direction", "lower_is_better"}, {"other_line", 9}}}));
    EXPECT_EQ(coded(p[10]), (Coded{12, 0, "wrong_field_count", {{"count", 2}, {"expected", 7}}}));
    EXPECT_EQ(p[0].message, "org_code must be a 14-digit CDS code");  // the English message stays for API clients
}

TEST(ImportProblemCodes, AggregateHeadersAndEmptyFiles) {
    EXPECT_EQ(coded(import_aggregate(source("year,org_code\n")).problems.at(0)),
              (Coded{1, 0, "wrong_header", {{"header", kAggregateHeader.substr(0, kAggregateHeader.size() - 1)}}}));
    EXPECT_EQ(coded(import_aggregate(source("")).problems.at(0)), (Coded{1, 0, "empty_file", {}}));
}

TEST(ImportProblemCodes, ProfileFilesNameCodesYearsAndCounts) {
    const auto result =
        import_profiles(source(kProfileHeader + "2018-2019,1x,10017,0000000,A,N/A,1\n"     // 2: county
                                                "2018-2019,01,100170,0000000,A,N/A,1\n"    // 3: district
                                                "2018-2019,01,10017,00000001,A,N/A,1\n"    // 4: school
                                                "18-19,01,10017,0000000,A,N/A,1\n"         // 5: year
                                                "2018-2019,01,10017,0000000,A,N/A,many\n"  // 6: enrollment
                                                "2018-2019,01,10017\n"));                  // 7
    ASSERT_EQ(result.problems.size(), 6u);
    const auto& p = result.problems;
    EXPECT_EQ(coded(p[0]), (Coded{2, 2, "not_digits", {{"value", "1x"}, {"digits", 2}}}));
    EXPECT_EQ(coded(p[1]), (Coded{3, 3, "not_digits", {{"value", "100170"}, {"digits", 5}}}));
    EXPECT_EQ(coded(p[2]), (Coded{4, 4, "not_digits", {{"value", "00000001"}, {"digits", 7}}}));
    EXPECT_EQ(
        coded(p[3]),
        (Coded{
            5, 1, "not_a_school_year", {{"value", "18-19"}, {"min", 1990}, {"max", 2100}, {"example", "2018-2019"}}}));
    EXPECT_EQ(coded(p[4]), (Coded{6, 7, "not_a_count", {{"value", "many"}}}));
    EXPECT_EQ(coded(p[5]), (Coded{7, 0, "wrong_field_count", {{"count", 3}, {"expected", 7}}}));

    const auto header =
        import_profiles(source("Academic Year,County Code,District Code,School Code,District Name,"
                               "School Name\n"));
    EXPECT_EQ(coded(header.problems.at(0)),
              (Coded{1, 0, "missing_columns", {{"columns", Strings{"Total Enrollment"}}}}));
    EXPECT_EQ(coded(import_profiles(source("")).problems.at(0)), (Coded{1, 0, "empty_file", {}}));
}

TEST(ImportProblemCodes, StaffFilesNameNamesYearsAndGradeSpans) {
    const auto result =
        import_teachers(source("name,years_experience,grade_spans\n"
                               ",3,high\n"  // 2
                               + std::string(201, 'n') +
                               ",3,high\n"           // 3
                               "Ana,70,high\n"       // 4
                               "Ana,3,college\n"));  // 5
    ASSERT_EQ(result.problems.size(), 4u);
    const auto& p = result.problems;
    EXPECT_EQ(coded(p[0]), (Coded{2, 1, "required", {}}));
    EXPECT_EQ(coded(p[1]), (Coded{3, 1, "too_long", {{"max", 200}}}));
    EXPECT_EQ(coded(p[2]), (Coded{4, 2, "out_of_range", {{"min", 0}, {"max", 60}, {"value", "70"}}}));
    EXPECT_EQ(
        coded(p[3]),
        (Coded{5, 3, "not_one_of", {{"allowed", Strings{"elementary", "middle", "high"}}, {"value", "college"}}}));
    const auto no_name = import_teachers(source("credentials\nx\n"));
    ASSERT_EQ(no_name.problems.size(), 1u);  // the header's problem, not one more per row
    EXPECT_EQ(coded(no_name.problems[0]), (Coded{1, 0, "missing_columns", {{"columns", Strings{"name"}}}}));
    EXPECT_EQ(coded(import_teachers(source("")).problems.at(0)), (Coded{1, 0, "empty_file", {}}));
}

TEST(ImportProblemCodes, StudentFilesNameEachValueAsRead) {
    const auto result = import_students(source("district_code,school_code,grade,el,gender,programs\n"
                                               "27-66092-x,,3,Y,f,p\n"   // 2
                                               ",,3,Y,f,p\n"             // 3
                                               "2766092,123,3,Y,f,p\n"   // 4
                                               "2766092,,13,Y,f,p\n"     // 5
                                               "2766092,,,Y,f,p\n"       // 6
                                               "2766092,,3,maybe,f,p\n"  // 7
                                               "2766092,,3,Y," +
                                               std::string(41, 'g') +
                                               ",p\n"                  // 8
                                               "2766092,,3,Y,f,!!!\n"  // 9
                                               "2766092,,3\n"),        // 10
                                        {}, 2024);
    ASSERT_EQ(result.problems.size(), 9u);
    const auto& p = result.problems;
    EXPECT_EQ(coded(p[0]), (Coded{2, 1, "not_a_district_code", {{"value", "27-66092-x"}}}));
    EXPECT_EQ(coded(p[1]), (Coded{3, 1, "required", {}}));
    EXPECT_EQ(coded(p[2]), (Coded{4, 2, "not_a_school_code", {{"value", "123"}}}));
    EXPECT_EQ(coded(p[3]), (Coded{5, 3, "not_a_grade", {{"value", "13"}}}));
    EXPECT_EQ(coded(p[4]), (Coded{6, 3, "required", {}}));
    EXPECT_EQ(coded(p[5]), (Coded{7, 4, "not_a_flag", {{"value", "maybe"}}}));
    EXPECT_EQ(coded(p[6]), (Coded{8, 5, "too_long", {{"value", std::string(24, 'g') + "..."}, {"max", 40}}}));
    EXPECT_EQ(coded(p[7]), (Coded{9, 6, "not_a_program_name", {{"value", "!!!"}, {"max", 56}}}));
    EXPECT_EQ(coded(p[8]), (Coded{10, 0, "wrong_field_count", {{"count", 3}, {"expected", 6}}}));
    EXPECT_EQ(p[0].message,
              "district_code \"27-66092-x\" is not a 7-digit county and district code or a 14-digit CDS code");
}

TEST(ImportProblemCodes, StudentHeadersNameTheColumnsTheyLack) {
    ColumnMapping mapping;
    mapping.columns = {{"ethnicity", "Race"}};
    const auto mapped = import_students(source("district_code,grade\n2766092,1\n"), mapping, 2024);
    EXPECT_EQ(coded(mapped.problems.at(0)),
              (Coded{1, 0, "mapped_column_missing", {{"column", "Race"}, {"canonical", "ethnicity"}}}));
    const auto missing = import_students(source("school_code\n0000001\n"), {}, 2024);
    EXPECT_EQ(coded(missing.problems.at(0)),
              (Coded{1, 0, "missing_columns", {{"columns", Strings{"district_code", "grade"}}}}));
    EXPECT_EQ(coded(import_students(source(""), {}, 2024).problems.at(0)), (Coded{1, 0, "empty_file", {}}));
}

TEST(ImportProblemCodes, StudentFilesWithTooManyProgramsOrGroupsSaySo) {
    std::string programs = "district_code,grade,programs\n2766092,1,";
    for (int i = 0; i < 64; ++i) programs += "p" + std::to_string(i) + ";";
    const auto many_programs = import_students(source(programs + "\n"), {}, 2024);
    EXPECT_EQ(coded(many_programs.problems.at(0)), (Coded{2, 3, "too_many_programs", {{"max", 63}}}));
    std::string genders = "district_code,grade,gender\n";
    for (int i = 0; i <= 1000; ++i) genders += "2766092,1,g" + std::to_string(i) + "\n";
    const auto many_groups = import_students(source(genders), {}, 2024);
    EXPECT_EQ(coded(many_groups.problems.at(0)), (Coded{1002, 3, "too_many_groups", {{"max", 1000}}}));
}

TEST(ImportProblemCodes, MappingProblemsNameTheirPathWithACode) {
    const auto parsed = parse_column_mapping(R"({
        "columns": {"district_code": "LEA", "school_code": "LEA", "student_name": "Name", "grade": ""},
        "program_separator": ";;",
        "program_grades": {"dual": ["K", "13"], "!!!": ["K"]},
        "extra": 1
    })");
    ASSERT_FALSE(parsed);
    std::map<std::string, std::pair<std::string, ProblemParams>> by_path;
    for (const auto& p : parsed.error()) by_path[p.path] = {p.code, p.params};
    EXPECT_EQ(by_path.at("columns.school_code"),
              (std::pair<std::string, ProblemParams>{"duplicate", {{"value", "LEA"}}}));
    EXPECT_EQ(by_path.at("columns.student_name").first, "not_one_of");
    EXPECT_EQ(by_path.at("columns.grade").first, "required");
    EXPECT_EQ(by_path.at("program_separator").first, "not_one_character");
    EXPECT_EQ(by_path.at("program_grades.dual[1]"),
              (std::pair<std::string, ProblemParams>{"not_a_grade", {{"value", "13"}}}));
    EXPECT_EQ(by_path.at("program_grades.!!!"),
              (std::pair<std::string, ProblemParams>{"not_a_program_name", {{"value", "!!!"}, {"max", 56}}}));
    EXPECT_EQ(by_path.at("extra"),
              (std::pair<std::string, ProblemParams>{
                  "not_one_of", {{"allowed", Strings{"columns", "values", "program_separator", "program_grades"}}}}));
}

}  // namespace trellis::analytics
