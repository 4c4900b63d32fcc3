#include <fmt/format.h>

#include <stdexcept>

#include "trellis/sheets/writers.hpp"

namespace trellis::sheets {

namespace {

// Formula injection (CWE-1236): a spreadsheet opening a CSV runs a field that begins with = + - or @ as a
// formula, and a team's note or measure name is typed by people the reader did not choose (a participant, an imported
// file): "=HYPERLINK(...)" would become a live link, and worse on older spreadsheets. A leading apostrophe makes
// the spreadsheet show the text as typed. Tab and CR are on OWASP's list too. Only text cells get it: numbers are
// written by us, and a typed negative number must stay a number.
bool looks_like_formula(std::string_view text) {
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string quoted(std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
    std::string out = "\"";
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

struct FieldText {
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(const std::string& text) const {
        return quoted(looks_like_formula(text) ? "'" + text : text);
    }
    std::string operator()(double number) const { return fmt::format("{}", number); }  // shortest exact form
    std::string operator()(const Date& date) const { return format_date(date); }
    std::string operator()(std::int64_t integer) const { return std::to_string(integer); }
    std::string operator()(bool value) const { return value ? "true" : "false"; }
};

void append_line(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        out += fields[i];
    }
    out += "\r\n";
}

}  // namespace

std::string write_csv(const Sheet& sheet) {
    if (auto problem = sheet_problem(sheet)) throw std::invalid_argument(*problem);
    std::string out;
    std::vector<std::string> fields;
    for (const auto& column : sheet.columns) fields.push_back(FieldText{}(column.header));
    append_line(out, fields);
    for (const auto& row : sheet.rows) {
        fields.clear();
        for (const auto& cell : row) fields.push_back(std::visit(FieldText{}, cell));
        append_line(out, fields);
    }
    return out;
}

}  // namespace trellis::sheets
