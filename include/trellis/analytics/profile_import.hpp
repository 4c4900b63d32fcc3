#pragma once
// The state's public district profile file (CALPADS unduplicated pupil counts, cupc*-k12_lea.csv or
// _school.csv): enrollment, free and reduced meals, foster, homeless and English learners per CDS code.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/analytics/csv_reader.hpp"

namespace trellis::analytics {

struct OrganizationProfileRow {
    std::string cds_code;  // county(2) + district(5) + school(7)
    std::string name;      // district name for district rows (school code 0000000), else school name
    bool district_row = false;
    int year = 0;                                                                            // "2018-2019" -> 2018
    std::optional<std::int64_t> enrollment, low_income, foster, homeless, english_learners;  // "N/A" -> nullopt
};

struct ProfileImportResult {
    std::vector<CsvProblem> problems;
    std::vector<OrganizationProfileRow> rows;
};

ProfileImportResult import_profiles(const ByteSource& source);

}  // namespace trellis::analytics
