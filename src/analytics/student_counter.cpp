#include "student_counter.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <numeric>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "import_problems.hpp"

namespace trellis::analytics::detail {

namespace {

enum Column {
    kDistrict,
    kSchool,
    kGrade,
    kEthnicity,
    kGender,
    kEl,
    kLtel,
    kSed,
    kSwd,
    kFoster,
    kHomeless,
    kLanguage,
    kPrograms
};

constexpr int kFixed = 15;  // ALL, 8 race codes, EL LTEL SED SWD FOS HOM
constexpr const char* kFixedGroups[kFixed] = {"ALL", "AA", "AI",   "AS",  "FI",  "HI",  "PI", "WH",
                                              "MR",  "EL", "LTEL", "SED", "SWD", "FOS", "HOM"};
constexpr int kFirstFlagGroup = 9;  // EL; the flag columns kEl..kHomeless follow in the same order
constexpr std::size_t kMaxPrograms = 63;
constexpr std::size_t kMaxDynamicGroups = 1000;

// A value as the English message quotes it (the same text as the problem's `value` param).
std::string shown(std::string_view raw) { return fmt::format("\"{}\"", domain::problem_value(raw)); }

// A value's problem: its message, its code, and the value as read before the code's other params.
void value_error(CsvProblem& error, std::string message, const char* code, std::string_view raw,
                 domain::ProblemParams params = {}) {
    params.insert(params.begin(), {"value", domain::problem_value(raw)});
    error = {0, 0, std::move(message), code, std::move(params)};
}

void empty_error(CsvProblem& error, std::string message) {
    error = {0, 0, std::move(message), domain::code::kRequired, {}};
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

// Digits only, after dropping the '-' and ' ' some exports put between county, district and school.
std::string digits_of(std::string_view text, bool& ok) {
    std::string out;
    ok = true;
    for (const char c : text) {
        if (c >= '0' && c <= '9') out += c;
        else if (c != '-' && c != ' ') ok = false;
    }
    return out;
}

int race_group(std::string_view value) {
    static const std::pair<const char*, int> kNames[] = {{"aa", 1},
                                                         {"africanamerican", 1},
                                                         {"blackorafricanamerican", 1},
                                                         {"black", 1},
                                                         {"ai", 2},
                                                         {"americanindian", 2},
                                                         {"americanindianoralaskanative", 2},
                                                         {"americanindianoralaskannative", 2},
                                                         {"as", 3},
                                                         {"asian", 3},
                                                         {"fi", 4},
                                                         {"filipino", 4},
                                                         {"hi", 5},
                                                         {"hispanic", 5},
                                                         {"hispanicorlatino", 5},
                                                         {"latino", 5},
                                                         {"pi", 6},
                                                         {"pacificislander", 6},
                                                         {"nativehawaiianorpacificislander", 6},
                                                         {"nativehawaiianorotherpacificislander", 6},
                                                         {"wh", 7},
                                                         {"white", 7},
                                                         {"mr", 8},
                                                         {"twoormoreraces", 8},
                                                         {"twoormore", 8},
                                                         {"multiracial", 8},
                                                         {"multiple", 8}};
    const std::string key = normalise_header(value);
    for (const auto& [name, group] : kNames) {
        if (key == name) return group;
    }
    return 0;
}

}  // namespace

// ---- StudentCounter

StudentCounter::StudentCounter(const ColumnMapping& mapping) : mapping_(mapping) {
    index_.fill(-1);
    for (int c = 0; c < kColumns; ++c) {
        const auto it = mapping.values.find(kCanonicalStudentColumns[c]);
        values_[c] = it == mapping.values.end() ? nullptr : &it->second;
    }
    for (int g = 0; g < kFixed; ++g) {
        group_names_.emplace_back(kFixedGroups[g]);
        group_ids_.emplace(kFixedGroups[g], g);
    }
}

bool StudentCounter::problem(CsvProblem problem) {
    if (problems_.size() < kMaxProblems) problems_.push_back(std::move(problem));
    return problems_.size() < kMaxProblems;
}

void StudentCounter::set_header(std::span<const std::string_view> header, std::int64_t line) {
    parse_header(header, line);
}

bool StudentCounter::parse_header(std::span<const std::string_view> header, std::int64_t line) {
    header_seen_ = true;
    fields_ = header.size();
    std::vector<bool> used(header.size(), false);
    const auto find = [&](std::string_view name, bool loose) -> int {
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (!used[i] && trim(header[i]) == name) return static_cast<int>(i);
        }
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (!used[i] && iequals(trim(header[i]), name)) return static_cast<int>(i);
        }
        if (loose) {
            const std::string wanted = normalise_header(name);
            for (std::size_t i = 0; i < header.size(); ++i) {
                if (!used[i] && normalise_header(header[i]) == wanted) return static_cast<int>(i);
            }
        }
        return -1;
    };
    std::vector<std::string> missing;
    for (int c = 0; c < kColumns; ++c) {
        const std::string canonical = kCanonicalStudentColumns[c];
        const auto explicit_name = mapping_.columns.find(canonical);
        const bool mapped = explicit_name != mapping_.columns.end();
        const int at = find(mapped ? std::string_view(explicit_name->second) : std::string_view(canonical), !mapped);
        if (at >= 0) {
            used[at] = true;
            index_[c] = at;
        } else if (mapped) {
            problem({line,
                     0,
                     fmt::format("the header has no column \"{}\" (the mapping names it for {})", explicit_name->second,
                                 canonical),
                     domain::code::kMappedColumnMissing,
                     {{"column", explicit_name->second}, {"canonical", canonical}}});
        } else if (c == kDistrict || c == kGrade) {
            missing.push_back(canonical);
        }
    }
    if (!missing.empty()) {  // one problem naming every required column the header lacks
        problem({line,
                 0,
                 fmt::format("the header has no {} column (required; name {} so or map {})", fmt::join(missing, " or "),
                             missing.size() == 1 ? "it" : "them", missing.size() == 1 ? "it" : "them"),
                 domain::code::kMissingColumns,
                 {{"columns", missing}}});
    }
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (!used[i]) ignored_.emplace_back(trim(header[i]));
    }
    return problems_.empty();
}

int StudentCounter::district_id(int code7) {
    const auto [it, inserted] = district_ids_.try_emplace(code7, static_cast<int>(district_codes_.size()));
    if (inserted) district_codes_.push_back(code7);
    return it->second;
}

int StudentCounter::unit_id(int district, int school) {
    if (district == last_district_ && school == last_school_) return last_unit_;
    const std::uint64_t key = (static_cast<std::uint64_t>(district) << 32) | static_cast<std::uint32_t>(school);
    const auto [it, inserted] = unit_ids_.try_emplace(key, static_cast<int>(units_.size()));
    if (inserted) {
        Unit unit;
        unit.district = district;
        unit.school = school;
        unit.groups.resize(kFixed);
        std::iota(unit.groups.begin(), unit.groups.end(), 0);
        units_.push_back(std::move(unit));
    }
    last_district_ = district;
    last_school_ = school;
    last_unit_ = it->second;
    return it->second;
}

int StudentCounter::local_group(Unit& unit, int group) {
    if (group < kFixed) return group;
    const std::size_t dynamic = static_cast<std::size_t>(group - kFixed);
    if (unit.local_of.size() <= dynamic) unit.local_of.resize(dynamic + 1, 0);
    if (unit.local_of[dynamic] == 0) {
        unit.groups.push_back(group);
        unit.local_of[dynamic] = static_cast<int>(unit.groups.size());
        unit.population.resize(unit.groups.size() * static_cast<std::size_t>(unit.stride), 0);
    }
    return unit.local_of[dynamic] - 1;
}

namespace {

// Re-lays an array of `stride` columns a row as `stride + 1` columns, the new one zero.
void widen(std::vector<std::uint32_t>& counts, int stride) {
    if (counts.empty()) return;
    const auto old_stride = static_cast<std::size_t>(stride);
    const std::size_t rows = old_stride == 0 ? 0 : counts.size() / old_stride;
    std::vector<std::uint32_t> wider(rows * (old_stride + 1), 0);
    for (std::size_t r = 0; r < rows; ++r)
        std::copy_n(counts.begin() + static_cast<std::ptrdiff_t>(r * old_stride), old_stride,
                    wider.begin() + static_cast<std::ptrdiff_t>(r * (old_stride + 1)));
    counts = std::move(wider);
}

}  // namespace

int StudentCounter::Unit::column(int grade) {
    const auto g = static_cast<std::size_t>(grade);
    if (slot[g] >= 0) return slot[g];
    if (stride == 0) {
        population.assign(groups.size(), 0);
    } else {
        widen(population, stride);
    }
    for (auto& enrolled : enrollment) widen(enrolled, stride);
    slot[g] = static_cast<std::int8_t>(stride);
    return stride++;
}

std::uint64_t StudentCounter::Unit::population_at(std::size_t local, int grade) const {
    const int s = slot[static_cast<std::size_t>(grade)];
    return s < 0 ? 0 : population[local * static_cast<std::size_t>(stride) + static_cast<std::size_t>(s)];
}

std::uint64_t StudentCounter::Unit::enrolled_at(std::size_t program, std::size_t local, int grade) const {
    const int s = slot[static_cast<std::size_t>(grade)];
    if (s < 0 || program >= enrollment.size()) return 0;
    const std::size_t at = local * static_cast<std::size_t>(stride) + static_cast<std::size_t>(s);
    return at < enrollment[program].size() ? enrollment[program][at] : 0;
}

int StudentCounter::group_id(const std::string& name, CsvProblem& error) {
    if (const auto it = group_ids_.find(name); it != group_ids_.end()) return it->second;
    if (group_names_.size() - kFixed >= kMaxDynamicGroups) {
        error = {0,
                 0,
                 fmt::format("more than {} different gender and home language values: is the column mapped right?",
                             kMaxDynamicGroups),
                 domain::code::kTooManyGroups,
                 {{"max", static_cast<std::int64_t>(kMaxDynamicGroups)}}};
        return -1;
    }
    group_ids_.emplace(name, static_cast<int>(group_names_.size()));
    group_names_.push_back(name);
    return static_cast<int>(group_names_.size()) - 1;
}

int StudentCounter::program_id(const std::string& name, CsvProblem& error) {
    if (const auto it = program_ids_.find(name); it != program_ids_.end()) return it->second;
    if (program_names_.size() >= kMaxPrograms) {
        error = {0,
                 0,
                 fmt::format("more than {} different programs", kMaxPrograms),
                 domain::code::kTooManyPrograms,
                 {{"max", static_cast<std::int64_t>(kMaxPrograms)}}};
        return -1;
    }
    std::uint32_t mask = 0;
    if (const auto grades = mapping_.program_grades.find(name); grades != mapping_.program_grades.end()) {
        for (const auto& grade : grades->second) {
            if (const auto g = parse_grade(grade)) mask |= 1u << *g;
        }
    }
    program_ids_.emplace(name, static_cast<int>(program_names_.size()));
    program_names_.push_back(name);
    program_grade_mask_.push_back(mask);
    return static_cast<int>(program_names_.size()) - 1;
}

std::string_view StudentCounter::mapped(int column, std::string_view raw) const {
    raw = trim(raw);
    const auto* values = values_[column];
    if (values == nullptr) return raw;
    if (const auto it = values->find(std::string(raw)); it != values->end()) return it->second;
    for (const auto& [from, to] : *values) {
        if (iequals(from, raw)) return to;
    }
    return raw;
}

// A 7-digit county and district code, or a 14-digit CDS code whose first 7 digits are.
std::optional<std::int64_t> StudentCounter::evaluate_district(std::string_view value, std::string_view raw,
                                                              CsvProblem& error) {
    if (value.empty()) {
        empty_error(error, "district_code is empty");
        return std::nullopt;
    }
    bool ok = false;
    const std::string digits = digits_of(value, ok);
    if (!ok || (digits.size() != 7 && digits.size() != 14)) {
        value_error(error,
                    fmt::format("district_code {} is not a 7-digit county and district code or a 14-digit CDS code",
                                shown(raw)),
                    domain::code::kNotADistrictCode, raw);
        return std::nullopt;
    }
    return district_id(std::stoi(digits.substr(0, 7)));
}

// A gender or home language: a group of its own, -1 when empty.
std::optional<std::int64_t> StudentCounter::evaluate_code(int column, std::string_view value, std::string_view raw,
                                                          CsvProblem& error) {
    const std::string code = normalise_code_value(value);
    if (code.empty()) return -1;
    if (code.size() > 40) {
        value_error(error, fmt::format("{} {} is longer than 40 letters", kCanonicalStudentColumns[column], shown(raw)),
                    domain::code::kTooLong, raw, {{"max", std::int64_t{40}}});
        return std::nullopt;
    }
    const int id = group_id((column == kGender ? "gender:" : "lang:") + code, error);
    if (id < 0) return std::nullopt;
    return id;
}

// The programs a student is in, separated by the mapping's separator: a bit per program.
std::optional<std::int64_t> StudentCounter::evaluate_programs(std::string_view value, CsvProblem& error) {
    std::uint64_t bits = 0;
    const char separator = mapping_.program_separator.empty() ? ';' : mapping_.program_separator[0];
    std::string_view rest = value;
    while (true) {
        const std::size_t cut = rest.find(separator);
        const std::string_view item = trim(rest.substr(0, cut));
        if (!item.empty()) {
            const std::string program = normalise_code_value(mapped(kPrograms, item));
            if (program.empty() || program.size() > kMaxProgramName) {
                value_error(
                    error,
                    fmt::format("program {} needs 1 to {} letters, digits, '-' or '_'", shown(item), kMaxProgramName),
                    domain::code::kNotAProgramName, item, {{"max", static_cast<std::int64_t>(kMaxProgramName)}});
                return std::nullopt;
            }
            const int id = program_id(program, error);
            if (id < 0) return std::nullopt;
            bits |= std::uint64_t{1} << id;
        }
        if (cut == std::string_view::npos) break;
        rest.remove_prefix(cut + 1);
    }
    return static_cast<std::int64_t>(bits);
}

std::optional<std::int64_t> StudentCounter::evaluate(int column, std::string_view raw, CsvProblem& error) {
    const std::string_view value = mapped(column, raw);
    switch (column) {
        case kDistrict:
            return evaluate_district(value, raw, error);
        case kSchool: {
            if (value.empty()) return 0;
            bool ok = false;
            const std::string digits = digits_of(value, ok);
            if (!ok || (digits.size() != 7 && digits.size() != 14)) {
                value_error(
                    error,
                    fmt::format("school_code {} is not a 7-digit school code or a 14-digit CDS code", shown(raw)),
                    domain::code::kNotASchoolCode, raw);
                return std::nullopt;
            }
            return std::stoi(digits.substr(digits.size() - 7));  // 0000000: the district itself, no school
        }
        case kGrade: {
            if (const auto grade = parse_grade(value)) return *grade;
            if (value.empty()) empty_error(error, "grade is empty");
            else
                value_error(error, fmt::format("grade {} is not TK, K or 1 to 12", shown(raw)),
                            domain::code::kNotAGrade, raw);
            return std::nullopt;
        }
        case kEthnicity: {
            const auto& codes = race_ethnicity_codes();
            for (std::size_t i = 0; i < codes.size(); ++i) {
                if (value == codes[i]) return static_cast<std::int64_t>(i + 1);
            }
            return race_group(value);  // 0: unknown or empty, counted in ALL only
        }
        case kGender:
        case kLanguage:
            return evaluate_code(column, value, raw, error);
        case kPrograms:
            return evaluate_programs(value, error);
        default: {  // the flags
            if (const auto flag = parse_flag(value)) return *flag ? 1 : 0;
            value_error(error,
                        fmt::format("{} {} is not a flag (Y/N, 1/0, true/false, yes/no)",
                                    kCanonicalStudentColumns[column], shown(raw)),
                        domain::code::kNotAFlag, raw);
            return std::nullopt;
        }
    }
}

bool StudentCounter::on_record(const CsvRecord& record) {
    if (!header_seen_) return parse_header(record.fields, record.line);
    ++rows_;
    const auto fields = record.fields;
    if (fields.size() != fields_) {
        return problem(field_count_problem(record.line, fields.size(), fields_));
    }
    std::int64_t v[kColumns] = {0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, -1, 0};  // absent columns
    bool ok = true;
    for (int c = 0; c < kColumns; ++c) {
        const int at = index_[c];
        if (at < 0) continue;
        const std::string_view raw = fields[static_cast<std::size_t>(at)];
        ValueCache& cache = caches_[c];
        if (const std::int64_t* hit = cache.find(raw)) {
            v[c] = *hit;
            continue;
        }
        CsvProblem error;
        const auto value = evaluate(c, raw, error);
        if (!value) {
            ok = false;
            error.line = record.line;
            error.column = at + 1;
            if (!problem(std::move(error))) return false;
            continue;
        }
        cache.insert(raw, *value);
        v[c] = *value;
    }
    if (!ok || !problems_.empty()) return true;  // counts are dropped anyway; keep checking rows

    Unit& unit =
        units_[static_cast<std::size_t>(unit_id(static_cast<int>(v[kDistrict]), static_cast<int>(v[kSchool])))];
    const int grade = static_cast<int>(v[kGrade]);
    const auto column = static_cast<std::size_t>(unit.column(grade));
    const auto stride = static_cast<std::size_t>(unit.stride);
    std::size_t locals[kFixed + 2];
    int n = 0;
    locals[n++] = 0;
    if (v[kEthnicity] > 0) locals[n++] = static_cast<std::size_t>(v[kEthnicity]);
    for (int c = kEl; c <= kHomeless; ++c) {
        if (v[c]) locals[n++] = static_cast<std::size_t>(kFirstFlagGroup + (c - kEl));
    }
    if (v[kGender] >= 0) locals[n++] = static_cast<std::size_t>(local_group(unit, static_cast<int>(v[kGender])));
    if (v[kLanguage] >= 0) locals[n++] = static_cast<std::size_t>(local_group(unit, static_cast<int>(v[kLanguage])));
    std::uint32_t* population = unit.population.data();
    for (int i = 0; i < n; ++i) ++population[locals[i] * stride + column];
    for (std::uint64_t programs = static_cast<std::uint64_t>(v[kPrograms]); programs != 0; programs &= programs - 1) {
        const auto p = static_cast<std::size_t>(std::countr_zero(programs));
        const std::uint32_t mask = program_grade_mask_[p];
        if (mask != 0 && ((mask >> grade) & 1u) == 0) continue;  // outside the grades the mapping gives
        if (unit.enrollment.size() <= p) unit.enrollment.resize(p + 1);
        auto& enrolled = unit.enrollment[p];
        if (enrolled.size() < unit.population.size()) enrolled.resize(unit.population.size(), 0);
        for (int i = 0; i < n; ++i) ++enrolled[locals[i] * stride + column];
    }
    return true;
}

void StudentCounter::merge(StudentCounter& other) {
    rows_ += other.rows_;
    CsvProblem error;  // line and column 0: the file as a whole (the two halves together) holds too many
    std::vector<int> programs(other.program_names_.size());
    for (std::size_t p = 0; p < programs.size(); ++p) {
        programs[p] = program_id(other.program_names_[p], error);
        if (programs[p] < 0) {
            problem(std::move(error));
            return;
        }
    }
    std::vector<int> groups(other.group_names_.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        groups[g] = group_id(other.group_names_[g], error);
        if (groups[g] < 0) {
            problem(std::move(error));
            return;
        }
    }
    for (Unit& from : other.units_) {
        const int district = district_id(other.district_codes_[static_cast<std::size_t>(from.district)]);
        Unit& to = units_[static_cast<std::size_t>(unit_id(district, from.school))];
        std::vector<std::size_t> local(from.groups.size());
        for (std::size_t l = 0; l < local.size(); ++l)
            local[l] = static_cast<std::size_t>(local_group(to, groups[static_cast<std::size_t>(from.groups[l])]));
        for (int g = 0; g < kGradeCount; ++g) {
            if (from.slot[static_cast<std::size_t>(g)] >= 0) to.column(g);
        }
        const auto stride = static_cast<std::size_t>(to.stride);
        for (std::size_t l = 0; l < local.size(); ++l) {
            for (int g = 0; g < kGradeCount; ++g) {
                const int s = to.slot[static_cast<std::size_t>(g)];
                if (s >= 0) to.population[local[l] * stride + static_cast<std::size_t>(s)] += from.population_at(l, g);
            }
        }
        for (std::size_t p = 0; p < from.enrollment.size(); ++p) {
            if (!from.has_program(p)) continue;
            const auto q = static_cast<std::size_t>(programs[p]);
            if (to.enrollment.size() <= q) to.enrollment.resize(q + 1);
            auto& target = to.enrollment[q];
            if (target.size() < to.population.size()) target.resize(to.population.size(), 0);
            for (std::size_t l = 0; l < local.size(); ++l) {
                for (int g = 0; g < kGradeCount; ++g) {
                    const int s = to.slot[static_cast<std::size_t>(g)];
                    if (s >= 0) target[local[l] * stride + static_cast<std::size_t>(s)] += from.enrolled_at(p, l, g);
                }
            }
        }
        from = Unit{};  // added: free its arrays, so both halves' counts are not held twice
    }
}

namespace {

// One organization's counts in a compact form: its groups (global ids) and 64-bit sums.
struct Org {
    std::vector<int> groups;
    std::vector<std::uint64_t> population;               // local * kGradeCount + grade
    std::vector<std::vector<std::uint64_t>> enrollment;  // per program

    // The accessors a Unit has too (CountWriter::write takes either).
    std::uint64_t population_at(std::size_t local, int grade) const {
        return population[local * kGradeCount + static_cast<std::size_t>(grade)];
    }
    std::uint64_t enrolled_at(std::size_t program, std::size_t local, int grade) const {
        const std::size_t at = local * kGradeCount + static_cast<std::size_t>(grade);
        return at < enrollment[program].size() ? enrollment[program][at] : 0;
    }
    bool has_program(std::size_t program) const { return program < enrollment.size() && !enrollment[program].empty(); }
};

// The positions 0..names.size()-1 in the order of their names.
std::vector<int> name_order(const std::vector<std::string>& names) {
    std::vector<int> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return names[a] < names[b]; });
    return order;
}

// Each name's rank in name order.
std::vector<int> name_rank(const std::vector<std::string>& names) {
    const auto order = name_order(names);
    std::vector<int> rank(names.size());
    for (std::size_t i = 0; i < order.size(); ++i) rank[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
    return rank;
}

// The grades (a bit each) whose students count in a program's denominator: those the program is offered in,
// or when that is not configured, those with anyone enrolled. 0: the organization has nothing to report.
std::uint32_t offered_grades(std::uint32_t configured, const auto& org, std::size_t program) {
    if (configured == 0) {
        std::uint32_t offered = 0;
        for (int g = 0; g < kGradeCount; ++g) {
            if (org.enrolled_at(program, 0, g) > 0) offered |= 1u << g;  // group ALL is local 0
        }
        return offered;
    }
    for (int g = 0; g < kGradeCount; ++g) {
        if (org.enrolled_at(program, 0, g) > 0) return configured;
    }
    return 0;
}

// Adds a school's (or a district's own) unit to its district's sums; `local_of` maps a global group to the
// district's local index (-1: not yet), and is left for the caller to clear.
void add_unit(Org& district, const StudentCounter::Unit& unit, std::vector<int>& local_of) {
    std::vector<std::size_t> to(unit.groups.size());
    for (std::size_t l = 0; l < unit.groups.size(); ++l) {
        int& slot = local_of[static_cast<std::size_t>(unit.groups[l])];
        if (slot < 0) {
            slot = static_cast<int>(district.groups.size());
            district.groups.push_back(unit.groups[l]);
            district.population.resize(district.groups.size() * kGradeCount, 0);
        }
        to[l] = static_cast<std::size_t>(slot);
    }
    for (std::size_t l = 0; l < to.size(); ++l) {
        for (int g = 0; g < kGradeCount; ++g)
            district.population[to[l] * kGradeCount + static_cast<std::size_t>(g)] += unit.population_at(l, g);
    }
    if (district.enrollment.size() < unit.enrollment.size()) district.enrollment.resize(unit.enrollment.size());
    const auto stride = static_cast<std::size_t>(unit.stride);
    for (std::size_t p = 0; p < unit.enrollment.size(); ++p) {
        if (!unit.has_program(p)) continue;
        auto& target = district.enrollment[p];
        const std::size_t rows = unit.enrollment[p].size() / stride;  // groups the program's array covers
        for (std::size_t l = 0; l < to.size() && l < rows; ++l) {
            const std::size_t need = (to[l] + 1) * kGradeCount;
            if (target.size() < need) target.resize(need, 0);
            for (int g = 0; g < kGradeCount; ++g)
                target[to[l] * kGradeCount + static_cast<std::size_t>(g)] += unit.enrolled_at(p, l, g);
        }
    }
}

// Writes an organization's program rows (program, then group in name order). Used twice: the first pass
// (counting) only counts the rows, so that the result is allocated once at its size.
struct CountWriter {
    const std::vector<std::string>& group_names;
    const std::vector<std::string>& program_names;
    const std::vector<std::uint32_t>& program_grade_mask;
    std::vector<int> group_rank = name_rank(group_names);
    std::vector<int> program_order = name_order(program_names);
    int year = 0;
    std::vector<IndicatorCount>& counts;
    bool counting = true;
    std::size_t rows = 0;
    std::size_t organizations = 0;    // with at least one row (the counting pass)
    std::uint64_t programs_seen = 0;  // a bit per program with a row since the caller last cleared it

    void write(const std::string& org_code, const auto& org) {
        const std::size_t rows_before = rows;
        std::vector<std::size_t> locals(org.groups.size());
        std::iota(locals.begin(), locals.end(), 0);
        std::sort(locals.begin(), locals.end(), [&](std::size_t a, std::size_t b) {
            return group_rank[static_cast<std::size_t>(org.groups[a])] <
                   group_rank[static_cast<std::size_t>(org.groups[b])];
        });
        for (const int p : program_order) {
            const auto pi = static_cast<std::size_t>(p);
            if (!org.has_program(pi)) continue;
            const std::uint32_t offered = offered_grades(program_grade_mask[pi], org, pi);
            if (offered == 0) continue;
            const std::string indicator = "program:" + program_names[pi];
            for (const std::size_t l : locals) {
                std::uint64_t denominator = 0, numerator = 0;
                for (int g = 0; g < kGradeCount; ++g) {
                    if ((offered >> g) & 1u) denominator += org.population_at(l, g);
                    numerator += org.enrolled_at(pi, l, g);
                }
                if (denominator == 0) continue;
                ++rows;
                programs_seen |= std::uint64_t{1} << pi;
                if (counting) continue;
                counts.push_back(IndicatorCount{org_code, year, indicator, Direction::higher_is_better,
                                                group_names[static_cast<std::size_t>(org.groups[l])],
                                                static_cast<std::int64_t>(denominator),
                                                static_cast<std::int64_t>(numerator)});
            }
        }
        if (counting && rows > rows_before) ++organizations;
    }
};

}  // namespace

StudentImportResult StudentCounter::summary() const {
    StudentImportResult result;
    result.problems = problems_;
    result.summary.rows = rows_;
    result.summary.districts = static_cast<std::int64_t>(district_codes_.size());
    result.summary.schools = std::count_if(units_.begin(), units_.end(), [](const Unit& u) { return u.school != 0; });
    result.summary.programs = program_names_;
    std::sort(result.summary.programs.begin(), result.summary.programs.end());
    result.summary.ignored_columns = ignored_;
    return result;
}

std::vector<std::vector<int>> StudentCounter::units_by_district() const {
    std::vector<std::vector<int>> units_of(district_codes_.size());
    for (std::size_t u = 0; u < units_.size(); ++u)
        units_of[static_cast<std::size_t>(units_[u].district)].push_back(static_cast<int>(u));
    for (auto& members : units_of) {
        std::sort(members.begin(), members.end(), [&](int a, int b) { return units_[a].school < units_[b].school; });
    }
    return units_of;
}

std::vector<int> StudentCounter::districts_in_code_order() const {
    std::vector<int> districts(district_codes_.size());
    std::iota(districts.begin(), districts.end(), 0);
    std::sort(districts.begin(), districts.end(),
              [&](int a, int b) { return district_codes_[a] < district_codes_[b]; });
    return districts;
}

StudentImportResult StudentCounter::finish(int year, const StudentCountsSink* sink) {
    StudentImportResult result = summary();
    if (!problems_.empty()) return result;

    // Two passes: the first only counts the rows (and, for a sink, what it will receive), so that the result is
    // allocated once at its size; the second fills it and frees each district's units once written, so units
    // and rows are not both held in full. A sink gets each district's rows and the buffer is reused.
    CountWriter writer{.group_names = group_names_,
                       .program_names = program_names_,
                       .program_grade_mask = program_grade_mask_,
                       .year = year,
                       .counts = result.counts};
    auto units_of = units_by_district();
    const auto districts = districts_in_code_order();
    std::vector<int> local_of(group_names_.size(), -1);
    StudentCountsPlan plan;
    for (const bool pass_counts : {true, false}) {
        writer.counting = pass_counts;
        if (!writer.counting) {
            if (sink) {
                plan.summary = result.summary;
                plan.counts = static_cast<std::int64_t>(writer.rows);
                plan.organizations = static_cast<std::int64_t>(writer.organizations);
                if (sink->plan && !sink->plan(plan)) return result;
            } else {
                result.counts.reserve(writer.rows);
            }
        }
        std::uint64_t all_programs = 0;
        for (const int d : districts) {
            auto& members = units_of[static_cast<std::size_t>(d)];
            Org district;
            for (const int u : members) add_unit(district, units_[static_cast<std::size_t>(u)], local_of);
            for (const int g : district.groups) local_of[static_cast<std::size_t>(g)] = -1;
            const int code = district_codes_[static_cast<std::size_t>(d)];
            const std::string district_code = fmt::format("{:07d}0000000", code);
            writer.programs_seen = 0;
            writer.write(district_code, district);
            for (const int u : members) {
                Unit& unit = units_[static_cast<std::size_t>(u)];
                if (unit.school != 0) writer.write(fmt::format("{:07d}{:07d}", code, unit.school), unit);
                if (!writer.counting) unit = Unit{};  // written: free its arrays
            }
            if (writer.counting && sink && writer.programs_seen != 0) {
                auto& [code14, indicators] =
                    plan.district_indicators.emplace_back(district_code, std::vector<std::string>{});
                for (const int p : writer.program_order) {
                    if ((writer.programs_seen >> p) & 1u)
                        indicators.push_back("program:" + program_names_[static_cast<std::size_t>(p)]);
                }
                all_programs |= writer.programs_seen;
            }
            if (!writer.counting && sink && !result.counts.empty()) {
                sink->counts(result.counts);
                result.counts.clear();
            }
        }
        if (writer.counting && sink) {
            for (const int p : writer.program_order) {
                if ((all_programs >> p) & 1u)
                    plan.indicators.push_back("program:" + program_names_[static_cast<std::size_t>(p)]);
            }
        }
    }
    if (sink) result.counts = {};  // the buffer's memory back
    return result;
}

}  // namespace trellis::analytics::detail
