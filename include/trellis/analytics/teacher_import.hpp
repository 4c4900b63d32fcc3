#pragma once
// The staff file for guide section D: one teacher a row, header (any order, case-insensitive)
//   name, credentials, years_experience, languages, grade_spans, program_types, learning_needs,
//   professional_organizations
// Lists are separated by ";"; learning_needs are ranked, most wanted first. Only `name` is required; other
// columns (employee ids, e-mail) are ignored. Any problem rejects the whole file.
#include <vector>

#include "trellis/analytics/csv_reader.hpp"
#include "trellis/analytics/teacher_capacity.hpp"

namespace trellis::analytics {

struct TeacherImportResult {
    std::vector<CsvProblem> problems;  // at most 100, by line and column
    std::vector<TeacherProfile> teachers;
};

TeacherImportResult import_teachers(const ByteSource& source);

}  // namespace trellis::analytics
