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
#include <memory>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "student_values.hpp"
#include "trellis/analytics/student_import.hpp"

namespace trellis::analytics::detail {

// Raw field bytes -> an evaluated value, for the distinct values of one column (short keys only, bounded).
class ValueCache {
public:
    ValueCache() { one_.fill(kUnknown); }
    // Keys of one or two bytes (flags, grades, race codes) are looked up in direct tables, without hashing.
    const std::int64_t* find(std::string_view key) {
        if (key.size() == 1) {
            const std::int64_t& v = one_[static_cast<unsigned char>(key[0])];
            return v == kUnknown ? nullptr : &v;
        }
        if (key.size() == 2) {
            if (!two_) return nullptr;
            const std::int64_t& v = two_[static_cast<unsigned char>(key[0]) | (static_cast<unsigned>(static_cast<unsigned char>(key[1])) << 8)];
            return v == kUnknown ? nullptr : &v;
        }
        return find_hashed(key);
    }
    void insert(std::string_view key, std::int64_t value);

private:
    static constexpr std::int64_t kUnknown = INT64_MIN;
    const std::int64_t* find_hashed(std::string_view key);
    std::array<std::int64_t, 256> one_;
    std::unique_ptr<std::int64_t[]> two_;  // 65536 entries, allocated when a column has two-byte values

    // A key of up to 8 bytes is compared as `word` (its bytes packed, with its size); a longer one by its
    // bytes in the arena.
    struct Slot {
        std::uint64_t hash = 0;  // 0: empty
        std::uint64_t word = 0;
        std::uint32_t offset = 0, size = 0;
        std::int64_t value = 0;
    };
    static std::uint64_t word_of(std::string_view key);
    static std::uint64_t hash_of(std::string_view key, std::uint64_t word);
    bool matches(const Slot& slot, std::string_view key, std::uint64_t word) const;
    void grow();
    std::vector<Slot> slots_;
    std::string arena_;
    std::size_t count_ = 0;
    std::size_t last_ = 0;
    bool has_last_ = false;
};

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

    // Adds another counter's counts (same mapping and header); its problems are not taken.
    void merge(const StudentCounter& other);
    // The counts (empty when there are problems) and the summary. Consumes the counts: call once.
    StudentImportResult finish(int year);

    struct Unit {
        int district = 0;          // district id
        int school = 0;            // 7-digit school number, 0 for students without a school
        std::vector<int> groups;   // local index -> global group id (the fixed groups are 0..kFixed-1)
        std::vector<int> local_of; // dynamic global group - kFixed -> local index + 1 (0: not yet)
        std::vector<std::uint32_t> population;               // local * kGrades + grade
        std::vector<std::vector<std::uint32_t>> enrollment;  // per program: local * kGrades + grade
    };

private:
    bool problem(std::int64_t line, int column, std::string message);
    bool parse_header(std::span<const std::string_view> header, std::int64_t line);
    int district_id(int code7);
    int unit_id(int district, int school);
    int local_group(Unit& unit, int group);
    int group_id(const std::string& name, std::string& error);
    int program_id(const std::string& name, std::string& error);
    std::string_view mapped(int column, std::string_view raw) const;
    std::optional<std::int64_t> evaluate(int column, std::string_view raw, std::string& error);

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
