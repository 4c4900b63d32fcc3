#include "trellis/analytics/column_mapping.hpp"

#include <gtest/gtest.h>

namespace trellis::analytics {

namespace {

std::vector<std::string> paths(const std::vector<MappingProblem>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems) out.push_back(p.path);
    return out;
}

}  // namespace

TEST(Mapping, ParsesTheDocumentedShape) {
    const auto mapping = parse_column_mapping(R"({
        "columns": {"district_code": "LEA", "ethnicity": " Race/Ethnicity "},
        "values": {"ethnicity": {"Hispanic or Latino": "HI"}, "el": {"EL": "Y"}},
        "program_separator": "|",
        "program_grades": {"Spanish Dual Immersion": ["K", "01", "2", "KN"]}})");
    ASSERT_TRUE(mapping) << mapping.error()[0].path << ": " << mapping.error()[0].message;
    EXPECT_EQ(mapping->columns.at("district_code"), "LEA");
    EXPECT_EQ(mapping->columns.at("ethnicity"), "Race/Ethnicity");
    EXPECT_EQ(mapping->values.at("ethnicity").at("Hispanic or Latino"), "HI");
    EXPECT_EQ(mapping->values.at("el").at("EL"), "Y");
    EXPECT_EQ(mapping->program_separator, "|");
    EXPECT_EQ(mapping->program_grades.at("spanish_dual_immersion"), (std::vector<std::string>{"K", "1", "2"}));
}

TEST(Mapping, EmptyObjectIsTheDefaultMapping) {
    const auto mapping = parse_column_mapping("{}");
    ASSERT_TRUE(mapping);
    EXPECT_TRUE(mapping->columns.empty());
    EXPECT_EQ(mapping->program_separator, ";");
}

TEST(Mapping, RoundTripsThroughJson) {
    ColumnMapping mapping;
    mapping.columns = {{"district_code", "LEA Code"}, {"grade", "Grade Level"}};
    mapping.values = {{"ethnicity", {{"Black or African American", "AA"}, {"Two or More", "MR"}}}};
    mapping.program_separator = ",";
    mapping.program_grades = {{"ap_spanish", {"9", "10", "11", "12"}}};
    const auto back = parse_column_mapping(to_json(mapping));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->columns, mapping.columns);
    EXPECT_EQ(back->values, mapping.values);
    EXPECT_EQ(back->program_separator, mapping.program_separator);
    EXPECT_EQ(back->program_grades, mapping.program_grades);
}

TEST(Mapping, ReportsEveryProblemWithItsJsonPath) {
    const auto mapping = parse_column_mapping(R"({
        "columns": {"district_code": "LEA", "school_code": "LEA", "student_name": "Name", "grade": 5},
        "values": {"el": {"EL": 1}, "colour": {}},
        "program_separator": ";;",
        "program_grades": {"dual": ["K", "13"], "!!!": ["1"]},
        "extra": true})");
    ASSERT_FALSE(mapping);
    EXPECT_EQ(paths(mapping.error()),
              (std::vector<std::string>{"columns.school_code", "columns.student_name", "columns.grade", "values.el.EL",
                                        "values.colour", "program_separator", "program_grades.dual[1]",
                                        "program_grades.!!!", "extra"}));
}

TEST(Mapping, InvalidJsonIsOneProblemWithTheOffset) {
    const auto mapping = parse_column_mapping(R"({"columns": )");
    ASSERT_FALSE(mapping);
    ASSERT_EQ(mapping.error().size(), 1u);
    EXPECT_EQ(mapping.error()[0].path, "");
    EXPECT_NE(mapping.error()[0].message.find("not valid JSON"), std::string::npos);
    EXPECT_FALSE(parse_column_mapping("[1,2]"));
    EXPECT_FALSE(parse_column_mapping(""));
}

TEST(Mapping, SuggestsCommonSisSpellings) {
    const auto mapping =
        suggest_mapping({"Student ID", "LEA Code", "School Code", "Grade Level", "Race/Ethnicity", "Gender",
                         "EL Status", "Socioeconomically Disadvantaged", "Students with Disabilities", "Foster Youth",
                         "Homeless", "Home Language", "Programs", "Last Name"});
    const std::map<std::string, std::string> expected = {{"district_code", "LEA Code"},
                                                         {"school_code", "School Code"},
                                                         {"grade", "Grade Level"},
                                                         {"ethnicity", "Race/Ethnicity"},
                                                         {"gender", "Gender"},
                                                         {"el", "EL Status"},
                                                         {"sed", "Socioeconomically Disadvantaged"},
                                                         {"swd", "Students with Disabilities"},
                                                         {"foster", "Foster Youth"},
                                                         {"homeless", "Homeless"},
                                                         {"home_language", "Home Language"},
                                                         {"programs", "Programs"}};
    EXPECT_EQ(mapping.columns, expected);
}

TEST(Mapping, SuggestionPrefersTheCanonicalNameAndUsesAHeaderOnce) {
    const auto mapping = suggest_mapping({"District", "district_code", "Ethnicity Code", "English Learner", "ELL"});
    EXPECT_EQ(mapping.columns.at("district_code"), "district_code");
    EXPECT_EQ(mapping.columns.at("ethnicity"), "Ethnicity Code");
    EXPECT_EQ(mapping.columns.at("el"), "English Learner");
    EXPECT_FALSE(mapping.columns.contains("school_code"));
    const auto district = suggest_mapping({"District Code", "Grade"});
    EXPECT_EQ(district.columns.at("district_code"), "District Code");
}

}  // namespace trellis::analytics
