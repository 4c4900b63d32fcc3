#pragma once
// `trellis data import` and `trellis data analyze`: the student data commands for scripts and tests.
#include <optional>
#include <ostream>
#include <string>

#include "app/commands.hpp"

namespace trellis::app {

struct DataImportOptions {
    std::string file;
    bool students = false;
    std::optional<int> year;
    std::string mapping_file;
    std::string kind;              // aggregate | profiles | teachers | students; empty: from the flags and the header
    std::string organization_cds;  // teachers, dashboard: the organization the file belongs to
    std::string indicator;         // dashboard: suspension | chronic_absence; empty: from the file name
};
// Prints the summary (JSON) to `out`; problems as "FILE:LINE:COLUMN: message" to `err`, exit 1.
int run_data_import(const CommonOptions& common, const DataImportOptions& options, std::ostream& out,
                    std::ostream& err);

struct DataAnalyzeOptions {
    std::string org_code;
    std::optional<int> year;
    std::string indicator;
    bool shared = false;
    std::string format = "json";
};
int run_data_analyze(const CommonOptions& common, const DataAnalyzeOptions& options, std::ostream& out,
                     std::ostream& err);

}  // namespace trellis::app
