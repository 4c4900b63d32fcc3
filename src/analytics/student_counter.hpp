#pragma once
// The per-thread accumulator behind import_students (internal to the analytics layer). Rows are reduced to
// counts as they arrive: org codes, grades, groups and programs are interned to small integers, each distinct
// raw value of a column is evaluated once (a small hash cache), and students are counted into dense arrays
// per unit (a school, or a district's students without a school) keyed by (group, grade) for the population
// and (program, group, grade) for enrollment. District figures and denominators are computed at the end.
// Nothing identifying a student is kept: only these counts.
#include <array>
#include <climits>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "student_values.hpp"
#include "trellis/analytics/student_import.hpp"
#include "value_cache.hpp"

namespace trellis::analytics::detail {

class StudentCounter {
public:
    static constexpr int kColumns = 13;  // kCanonicalStudentColumns
    static constexpr std::size_t kMaxProblems = 100;

    explicit StudentCounter(const ColumnMapping& mapping);

    // The CSV handler: the first record is the header unless set_header() was called.
    bool on_record(const CsvRecord& record);
    // For a reader that starts after the header (the second half of a file read in two ranges).
    void set_header(std::span<const std::string_view> header, std::int64_t line);

    bool header_seen() const { return header_seen_; }
    const std::vector<CsvProblem>& problems() const { return problems_; }
    std::vector<CsvProblem>& problems() { return problems_; }
    std::int64_t rows() const { return rows_; }

    // Adds another counter's counts (same mapping and header), freeing each of its units once added; its
    // problems are not taken.
    void merge(StudentCounter& other);
    // The counts (empty when there are problems) and the summary. Consumes the counts: call once. With a sink
    // the counts go to it, a district at a time, and the result's stay empty.
    StudentImportResult finish(int year, const StudentCountsSink* sink = nullptr);

    // A school's counts (or a district's students without a school). Only the grades the unit has students in
    // get a column (a school has about 6 of the 14), so that the arrays of a statewide file's ~12,000 schools stay
    // small: counts are at local * stride + slot[grade].
    struct Unit {
        int district = 0;                           // district id
        int school = 0;                             // 7-digit school number, 0 for students without a school
        std::vector<int> groups;                    // local index -> global group id (the fixed groups are 0..kFixed-1)
        std::vector<int> local_of;                  // dynamic global group - kFixed -> local index + 1 (0: not yet)
        std::array<std::int8_t, kGradeCount> slot;  // grade -> column, -1: no student in that grade yet
        int stride = 0;                             // columns (grades seen)
        std::vector<std::uint32_t> population;      // local * stride + slot[grade]
        std::vector<std::vector<std::uint32_t>> enrollment;  // per program, the same layout (maybe fewer groups)

        Unit() { slot.fill(-1); }
        // The column of a grade, added (every array re-laid) when the unit has no student in it yet.
        int column(int grade);
        std::uint64_t population_at(std::size_t local, int grade) const;
        std::uint64_t enrolled_at(std::size_t program, std::size_t local, int grade) const;
        bool has_program(std::size_t program) const {
            return program < enrollment.size() && !enrollment[program].empty();
        }
    };

private:
    bool problem(CsvProblem problem);
    bool parse_header(std::span<const std::string_view> header, std::int64_t line);
    int district_id(int code7);
    int unit_id(int district, int school);
    int local_group(Unit& unit, int group);
    // These fill `error` (message, code, params; the caller sets line and column) when they return no value.
    int group_id(const std::string& name, CsvProblem& error);
    int program_id(const std::string& name, CsvProblem& error);
    std::string_view mapped(int column, std::string_view raw) const;
    std::optional<std::int64_t> evaluate(int column, std::string_view raw, CsvProblem& error);
    std::optional<std::int64_t> evaluate_district(std::string_view value, std::string_view raw, CsvProblem& error);
    std::optional<std::int64_t> evaluate_code(int column, std::string_view value, std::string_view raw,
                                              CsvProblem& error);
    std::optional<std::int64_t> evaluate_programs(std::string_view value, CsvProblem& error);
    // finish(): the summary, each district's units (by school) and the districts (by code).
    StudentImportResult summary() const;
    std::vector<std::vector<int>> units_by_district() const;
    std::vector<int> districts_in_code_order() const;

    const ColumnMapping& mapping_;
    std::array<const std::map<std::string, std::string>*, kColumns> values_{};
    std::array<int, kColumns> index_{};  // field index of each canonical column, -1 when absent
    std::size_t fields_ = 0;
    std::vector<std::string> ignored_;
    bool header_seen_ = false;
    std::array<ValueCache, kColumns> caches_;
    std::vector<CsvProblem> problems_;
    std::int64_t rows_ = 0;

    std::vector<std::string> group_names_;  // global group id -> code
    std::unordered_map<std::string, int> group_ids_;
    std::vector<std::string> program_names_;
    std::vector<std::uint32_t> program_grade_mask_;  // 0: offered grades come from enrollment
    std::unordered_map<std::string, int> program_ids_;
    std::vector<int> district_codes_;  // district id -> 7-digit county+district number
    std::unordered_map<int, int> district_ids_;
    std::vector<Unit> units_;
    std::unordered_map<std::uint64_t, int> unit_ids_;
    int last_district_ = -1, last_school_ = -1, last_unit_ = -1;
};

}  // namespace trellis::analytics::detail
