#pragma once
// A typed table for export (issue 13): a sheet has a name, columns (a header, a cell type, a width in
// characters) and rows of typed cells. The actions build sheets from a team's records; the writers here turn
// them into a CSV file or one XLSX workbook (one worksheet per sheet) without knowing what the records are.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace trellis::sheets {

enum class CellType { text, number, date, integer, boolean };

// A calendar date; written as a real date in XLSX (a date number format; before 1900, where Excel has no dates,
// as YYYY-MM-DD text) and as YYYY-MM-DD in CSV.
struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;
    friend bool operator==(const Date&, const Date&) = default;
};

// Empty (std::monostate) is allowed in any column; otherwise the cell's alternative matches its column's type:
// text std::string, number double (finite), date Date, integer std::int64_t, boolean bool.
using Cell = std::variant<std::monostate, std::string, double, Date, std::int64_t, bool>;
using Row = std::vector<Cell>;

struct Column {
    std::string header;
    CellType type = CellType::text;
    double width = 12;  // characters
};

struct Sheet {
    std::string name;  // 1 to 31 characters, none of []:*?/\ (Excel's rules for a worksheet name)
    std::vector<Column> columns;
    std::vector<Row> rows;
};

// A YYYY-MM-DD calendar date as a Date cell value; nullopt when it is not a valid date.
std::optional<Date> parse_date(std::string_view iso);
std::string format_date(const Date& date);  // YYYY-MM-DD

// Cells from record fields: an empty text, an invalid or missing date and a missing number are empty cells.
Cell text_cell(std::string value);
Cell date_cell(std::string_view iso);
Cell optional_date_cell(const std::optional<std::string>& iso);
Cell number_cell(const std::optional<double>& value);
Cell count_cell(std::size_t n);

// What is wrong with the sheet (a bad name, a row of the wrong length, a cell of another type than its
// column, a non-finite number), or nullopt. The writers refuse such a sheet with std::invalid_argument.
std::optional<std::string> sheet_problem(const Sheet& sheet);

}  // namespace trellis::sheets
