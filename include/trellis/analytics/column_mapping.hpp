#pragma once
// A saved column and value mapping that adapts a district's student-level export to the canonical columns:
//   district_code, school_code, grade, ethnicity, gender, el, ltel, sed, swd, foster, homeless,
//   home_language, programs
// A mapping file is JSON:
//   {"columns": {"district_code": "LEA", "ethnicity": "Race/Ethnicity", ...},      // canonical <- source header
//    "values": {"ethnicity": {"Hispanic or Latino": "HI", ...}, "el": {"EL": "Y"}},  // source value -> canonical
//    "program_separator": ";",
//    "program_grades": {"spanish_dual_immersion": ["K","1","2","3","4","5"]}}      // optional, per program
// Columns not named keep their canonical header; any column that is neither canonical nor mapped (student ids,
// names, birth dates) is ignored and never stored.
#include <expected>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trellis/domain/problem_code.hpp"

namespace trellis::analytics {

inline constexpr const char* kCanonicalStudentColumns[] = {
    "district_code", "school_code", "grade",  "ethnicity", "gender",        "el",      "ltel",
    "sed",           "swd",         "foster", "homeless",  "home_language", "programs"};

struct ColumnMapping {
    std::map<std::string, std::string> columns;                        // canonical -> source header
    std::map<std::string, std::map<std::string, std::string>> values;  // canonical column -> source -> canonical
    std::string program_separator = ";";
    std::map<std::string, std::vector<std::string>> program_grades;  // program -> grades it is offered in
};

struct MappingProblem {
    std::string path;  // JSON path: "columns.ethnicity", "values.el.EL"
    std::string message;
    std::string code;  // domain/problem_code.hpp
    domain::ProblemParams params;
};

std::expected<ColumnMapping, std::vector<MappingProblem>> parse_column_mapping(std::string_view json_text);
std::string to_json(const ColumnMapping& mapping);

// Suggests a mapping from a file's header by matching names case-, space- and punctuation-insensitively
// against the canonical columns and common SIS spellings ("Race/Ethnicity", "English Learner", "LEA Code").
ColumnMapping suggest_mapping(const std::vector<std::string>& header);

}  // namespace trellis::analytics
