#include "trellis/analytics/teacher_import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

#include "import_problems.hpp"

namespace trellis::analytics {

namespace {

constexpr std::array<std::string_view, 8> kColumns = {
    "name",        "credentials",   "years_experience", "languages",
    "grade_spans", "program_types", "learning_needs",   "professional_organizations"};
enum Column { kName, kCredentials, kYears, kLanguages, kGradeSpans, kProgramTypes, kNeeds, kOrganizations };

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

std::string lowered(std::string_view text) {
    std::string out = trimmed(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::vector<std::string> split_list(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(';', start), text.size());
        if (auto item = trimmed(text.substr(start, end - start)); !item.empty()) {
            if (std::find(out.begin(), out.end(), item) == out.end()) out.push_back(std::move(item));
        }
        start = end + 1;
    }
    return out;
}

// Each known column's field index in the header (-1 when absent).
std::array<int, kColumns.size()> column_positions(const CsvRecord& header) {
    std::array<int, kColumns.size()> position{};
    position.fill(-1);
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const auto name = lowered(header.fields[i]);
        for (std::size_t c = 0; c < kColumns.size(); ++c) {
            if (name == kColumns[c]) position[c] = static_cast<int>(i);
        }
    }
    return position;
}

}  // namespace

TeacherImportResult import_teachers(const ByteSource& source) {
    TeacherImportResult result;
    std::array<int, kColumns.size()> position{};
    bool header_seen = false;
    const auto problem = [&](std::int64_t line, int column, std::string message, const char* code,
                             domain::ProblemParams params = {}) {
        return detail::add_problem(result.problems, line, column, std::move(message), code, std::move(params));
    };
    const auto read = read_csv(source, CsvOptions{}, [&](const CsvRecord& record) {
        if (!header_seen) {
            header_seen = true;
            position = column_positions(record);
            if (position[kName] < 0) {  // every row would lack its name too: the header's problem is the one
                detail::add_problem(result.problems, detail::missing_column_problem(record.line, "name"));
                return false;
            }
            return true;
        }
        const auto field = [&](Column c) -> std::string_view {
            const int at = position[c];
            return at >= 0 && static_cast<std::size_t>(at) < record.fields.size() ? record.fields[at]
                                                                                  : std::string_view();
        };
        const auto column_of = [&](Column c) { return position[c] + 1; };
        if (record.fields.size() == 1 && trimmed(record.fields[0]).empty()) return true;  // a blank line
        TeacherProfile t;
        t.name = trimmed(field(kName));
        if (t.name.empty()) return problem(record.line, column_of(kName), "name is empty", domain::code::kRequired);
        if (t.name.size() > 200) {
            return problem(record.line, column_of(kName), "name is longer than 200 characters", domain::code::kTooLong,
                           {{"max", std::int64_t{200}}});
        }
        t.credentials = split_list(field(kCredentials));
        if (const auto years = trimmed(field(kYears)); !years.empty()) {
            int value = -1;
            const auto [end, ec] = std::from_chars(years.data(), years.data() + years.size(), value);
            if (ec != std::errc() || end != years.data() + years.size() || value < 0 || value > 60) {
                if (!problem(record.line, column_of(kYears),
                             fmt::format("years_experience must be a whole number from 0 to 60, got \"{}\"", years),
                             domain::code::kOutOfRange,
                             {{"min", std::int64_t{0}},
                              {"max", std::int64_t{60}},
                              {"value", domain::problem_value(years)}})) {
                    return false;
                }
            } else {
                t.years_experience = value;
            }
        }
        t.languages = split_list(field(kLanguages));
        for (auto span : split_list(field(kGradeSpans))) {
            span = lowered(span);
            if (span != "elementary" && span != "middle" && span != "high") {
                if (!problem(record.line, column_of(kGradeSpans),
                             fmt::format("grade span must be elementary, middle or high, got \"{}\"", span),
                             domain::code::kNotOneOf,
                             {{"allowed", std::vector<std::string>{"elementary", "middle", "high"}},
                              {"value", domain::problem_value(span)}})) {
                    return false;
                }
            }
            t.grade_spans.push_back(span);
        }
        t.program_types = program_type_keys(split_list(field(kProgramTypes)));
        t.learning_needs = split_list(field(kNeeds));
        t.professional_organizations = split_list(field(kOrganizations));
        result.teachers.push_back(std::move(t));
        return true;
    });
    for (auto& p : read.problems) result.problems.push_back(std::move(p));
    if (!header_seen && result.problems.empty())
        result.problems.push_back({1, 0, "the file is empty", domain::code::kEmptyFile});
    if (!result.problems.empty()) result.teachers.clear();
    return result;
}

}  // namespace trellis::analytics
