#include "trellis/sheets/sheet.hpp"

#include <fmt/format.h>

#include <cmath>
#include <string_view>

#include "trellis/domain/follow_through.hpp"

namespace trellis::sheets {

namespace {

int digits(std::string_view s) {
    int n = 0;
    for (const char c : s) n = n * 10 + (c - '0');
    return n;
}

bool cell_fits(const Cell& cell, CellType type) {
    switch (type) {
        case CellType::text:
            return std::holds_alternative<std::string>(cell);
        case CellType::number:
            return std::holds_alternative<double>(cell) && std::isfinite(std::get<double>(cell));
        case CellType::date:
            return std::holds_alternative<Date>(cell);
        case CellType::integer:
            return std::holds_alternative<std::int64_t>(cell);
        case CellType::boolean:
            return std::holds_alternative<bool>(cell);
    }
    return false;
}

std::string_view type_name(CellType type) {
    static constexpr std::string_view kNames[] = {"text", "number", "date", "integer", "boolean"};
    return kNames[static_cast<int>(type)];
}

std::optional<std::string> name_problem(std::string_view name) {
    if (name.empty() || name.size() > 31) return fmt::format("sheet name \"{}\" must be 1 to 31 characters", name);
    if (name.find_first_of("[]:*?/\\") != std::string_view::npos)
        return fmt::format("sheet name \"{}\" has one of []:*?/\\", name);
    return std::nullopt;
}

}  // namespace

std::optional<Date> parse_date(std::string_view iso) {
    // date_to_days accepts exactly YYYY-MM-DD of a real calendar day, so the digits below are there.
    if (!domain::date_to_days(iso)) return std::nullopt;
    return Date{digits(iso.substr(0, 4)), digits(iso.substr(5, 2)), digits(iso.substr(8, 2))};
}

std::string format_date(const Date& date) { return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day); }

std::optional<std::string> sheet_problem(const Sheet& sheet) {
    if (auto problem = name_problem(sheet.name)) return problem;
    if (sheet.columns.empty()) return fmt::format("sheet {} has no columns", sheet.name);
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        const auto& row = sheet.rows[r];
        if (row.size() != sheet.columns.size())
            return fmt::format("sheet {} row {} has {} cells for {} columns", sheet.name, r + 1, row.size(),
                               sheet.columns.size());
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (std::holds_alternative<std::monostate>(row[c]) || cell_fits(row[c], sheet.columns[c].type)) continue;
            return fmt::format("sheet {} row {} column \"{}\" is not a {} cell", sheet.name, r + 1,
                               sheet.columns[c].header, type_name(sheet.columns[c].type));
        }
    }
    return std::nullopt;
}

Cell text_cell(std::string value) { return value.empty() ? Cell{} : Cell{std::move(value)}; }

Cell date_cell(std::string_view iso) {
    const auto parsed = parse_date(iso);
    return parsed ? Cell{*parsed} : Cell{};
}

Cell optional_date_cell(const std::optional<std::string>& iso) { return iso ? date_cell(*iso) : Cell{}; }

Cell number_cell(const std::optional<double>& value) { return value ? Cell{*value} : Cell{}; }

Cell count_cell(std::size_t n) { return Cell{static_cast<std::int64_t>(n)}; }

}  // namespace trellis::sheets
