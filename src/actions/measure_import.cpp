#include "trellis/actions/measure_import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <string>

#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/problem_code.hpp"

namespace trellis::actions {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(trim(s));
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::optional<int> whole_number(std::string_view s) {
    int n = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (error != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return n;
}

// YYYY-MM-DD as it is, or M/D/YYYY (a US spreadsheet's export) written as YYYY-MM-DD; nullopt when neither.
std::optional<std::string> calendar_date(std::string_view text) {
    text = trim(text);
    if (domain::date_to_days(text)) return std::string(text);
    const auto first = text.find('/');
    const auto second = first == std::string_view::npos ? first : text.find('/', first + 1);
    if (second == std::string_view::npos) return std::nullopt;
    const auto month = whole_number(text.substr(0, first));
    const auto day = whole_number(text.substr(first + 1, second - first - 1));
    const auto year = whole_number(text.substr(second + 1));
    if (!month || !day || !year || *year < 1000) return std::nullopt;
    auto iso = fmt::format("{:04}-{:02}-{:02}", *year, *month, *day);
    if (!domain::date_to_days(iso)) return std::nullopt;
    return iso;
}

std::optional<double> number(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.back() == '%') text = trim(text.substr(0, text.size() - 1));
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

struct Columns {
    int date = -1;
    int value = -1;
    int note = -1;
};

Columns columns_of(std::span<const std::string_view> header) {
    Columns c;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const auto name = lower(header[i]);
        if (name == "date") c.date = static_cast<int>(i);
        if (name == "value") c.value = static_cast<int>(i);
        if (name == "note") c.note = static_cast<int>(i);
    }
    return c;
}

std::string_view field(const analytics::CsvRecord& r, int column) {
    return column >= 0 && static_cast<std::size_t>(column) < r.fields.size() ? r.fields[column] : std::string_view();
}

// The problem of a cell a point needs: `required` when it is empty, else `code` with the value as read.
analytics::CsvProblem cell_problem(const analytics::CsvRecord& r, int column, std::string message, const char* code,
                                   domain::ProblemParams params = {}) {
    const auto text = trim(field(r, column));
    if (text.empty()) return {r.line, column + 1, std::move(message), domain::code::kRequired, {}};
    params.insert(params.begin(), {"value", domain::problem_value(text)});
    return {r.line, column + 1, std::move(message), code, std::move(params)};
}

}  // namespace

ParsedPoints parse_measure_points_csv(std::string_view text) {
    ParsedPoints out;
    std::optional<Columns> columns;
    std::map<std::string, std::int64_t> seen;  // date -> the line that gave it
    const auto add_problem = [&](std::int64_t line, int column, std::string message, const char* code,
                                 domain::ProblemParams params = {}) {
        out.problems.push_back({line, column, std::move(message), code, std::move(params)});
    };
    const auto missing = [&](std::int64_t line, const char* name) {
        add_problem(line, 0, fmt::format("the header has no {} column", name), domain::code::kMissingColumns,
                    {{"columns", std::vector<std::string>{name}}});
    };
    const auto result = analytics::read_csv(text, {}, [&](const analytics::CsvRecord& r) {
        if (!columns) {
            columns = columns_of(r.fields);
            if (columns->date < 0) missing(r.line, "date");
            if (columns->value < 0) missing(r.line, "value");
            return columns->date >= 0 && columns->value >= 0;
        }
        if (out.points.size() + out.problems.size() >= kMaxImportedPoints) {
            add_problem(r.line, 0, fmt::format("a file holds at most {} points", kMaxImportedPoints),
                        domain::code::kTooManyRows, {{"max", static_cast<std::int64_t>(kMaxImportedPoints)}});
            return false;
        }
        const auto date = calendar_date(field(r, columns->date));
        const auto value = number(field(r, columns->value));
        const auto note = std::string(trim(field(r, columns->note)));
        if (!date) {
            out.problems.push_back(cell_problem(r, columns->date, "the date must be YYYY-MM-DD or M/D/YYYY",
                                                domain::code::kNotADate,
                                                {{"formats", std::vector<std::string>{"YYYY-MM-DD", "M/D/YYYY"}}}));
        }
        if (!value)
            out.problems.push_back(
                cell_problem(r, columns->value, "the value must be a number", domain::code::kNotANumber));
        if (note.size() > 500) {
            add_problem(r.line, columns->note + 1, "the note is longer than 500 characters", domain::code::kTooLong,
                        {{"max", std::int64_t{500}}});
        }
        if (date && seen.contains(*date)) {
            add_problem(r.line, columns->date + 1, fmt::format("{} is also on line {}", *date, seen[*date]),
                        domain::code::kAlsoOnLine, {{"value", *date}, {"other_line", seen[*date]}});
        }
        if (date && value && note.size() <= 500 && !seen.contains(*date)) {
            out.points.push_back({*date, *value, note});
            out.lines.push_back(r.line);
        }
        if (date) seen.emplace(*date, r.line);
        return true;
    });
    for (const auto& p : result.problems) out.problems.push_back(p);
    if (!columns)
        add_problem(1, 0, "the file is empty: it needs a header row with date and value", domain::code::kEmptyFile);
    return out;
}

Result<MeasureView> import_measure_points(const Caller& caller, std::int64_t measure_id, std::string_view text) {
    if (!store::find_measure(caller.db, measure_id))
        return fail(FailureKind::not_found, fmt::format("measure {}", measure_id));
    auto parsed = parse_measure_points_csv(text);
    if (parsed.problems.empty() && parsed.points.empty())
        parsed.problems.push_back({2, 0, "the file has a header but no points", domain::code::kNoRows, {}});
    for (std::size_t i = 0; i < parsed.points.size(); ++i) {
        const auto& date = parsed.points[i].date;
        if (store::has_point_on(caller.db, measure_id, date))
            parsed.problems.push_back({parsed.lines[i],
                                       0,
                                       fmt::format("the measure already has a point for {}: correct it on the "
                                                   "measure's page instead",
                                                   date),
                                       domain::code::kPointExists,
                                       {{"value", date}}});
    }
    if (!parsed.problems.empty()) {
        Failure f{FailureKind::import_rejected,
                  fmt::format("the file has {} problem(s); no point was added", parsed.problems.size()),
                  {},
                  std::move(parsed.problems)};
        return std::unexpected(std::move(f));
    }
    for (const auto& p : parsed.points)
        store::insert_measure_point(caller.db, measure_id, p, caller.principal.user_id, caller.now);
    return measure_view(caller, measure_id);
}

}  // namespace trellis::actions
