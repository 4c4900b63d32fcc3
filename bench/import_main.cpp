// bench/import.sh's Trellis side: import_students_file on a student file, the counts written as CSV
//   trellis_bench_import FILE OUT.csv
// (org_code,indicator,group,denominator,numerator), the summary on stderr.
#include <cstdio>

#include <fmt/format.h>

#include "trellis/analytics/student_import.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: trellis_bench_import FILE OUT.csv\n");
        return 2;
    }
    const auto result = trellis::analytics::import_students_file(argv[1], {}, 2024);
    for (const auto& p : result.problems) fmt::print(stderr, "line {} column {}: {}\n", p.line, p.column, p.message);
    if (!result.problems.empty()) return 1;
    std::FILE* out = std::fopen(argv[2], "wb");
    if (out == nullptr) return 1;
    fmt::print(out, "org_code,indicator,group,denominator,numerator\n");
    for (const auto& c : result.counts)
        fmt::print(out, "{},{},{},{},{}\n", c.org_code, c.indicator, c.group, c.denominator, c.numerator);
    std::fclose(out);
    fmt::print(stderr, "rows {} districts {} schools {} programs {} counts {} ignored {}\n", result.summary.rows,
               result.summary.districts, result.summary.schools, result.summary.programs.size(), result.counts.size(),
               result.summary.ignored_columns.size());
    return 0;
}
