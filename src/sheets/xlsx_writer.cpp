// The XLSX writer over libxlsxwriter (Debian's libxlsxwriter-dev, 1.1.4). That version writes only to a file
// (the in-memory output_buffer option came in 1.1.5), so the workbook goes to a 0600 temporary file that is read
// back and removed whatever happens.
#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>

#include "trellis/sheets/writers.hpp"

namespace trellis::sheets {

namespace {

constexpr std::size_t kMaxCellText = 32767;  // Excel's limit for one cell, in bytes as libxlsxwriter counts

// A temporary file's path, removed when this goes out of scope.
class TempFile {
public:
    TempFile() {
        auto pattern = (std::filesystem::temp_directory_path() / "trellis-export-XXXXXX").string();
        const int fd = ::mkstemp(pattern.data());
        if (fd < 0) throw std::runtime_error("could not create a temporary file for the workbook");
        ::close(fd);
        path_ = pattern;
    }
    ~TempFile() {
        std::error_code ignored;
        std::filesystem::remove(path_, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    [[nodiscard]] const std::string& path() const { return path_; }

private:
    std::string path_;
};

// Excel refuses longer cells; a longer text (none of today's fields comes near) is cut at a UTF-8 boundary.
std::string cell_text(const std::string& text) {
    if (text.size() <= kMaxCellText) return text;
    std::size_t end = kMaxCellText;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    lxw_format* integer = nullptr;
};

// Writes one cell; the first libxlsxwriter error is kept in `error`.
struct CellWriter {
    lxw_worksheet* sheet;
    const Formats& formats;
    lxw_row_t row;
    lxw_col_t col;

    lxw_error operator()(std::monostate) const { return LXW_NO_ERROR; }
    // Strings are never formulas in XLSX (worksheet_write_string writes a shared string), so no injection guard.
    lxw_error operator()(const std::string& text) const {
        return worksheet_write_string(sheet, row, col, cell_text(text).c_str(), nullptr);
    }
    lxw_error operator()(double number) const { return worksheet_write_number(sheet, row, col, number, nullptr); }
    lxw_error operator()(const Date& date) const {
        // Excel's dates run from 1900 to 9999; a point dated earlier (a team may record a historical figure) is
        // written as its YYYY-MM-DD text rather than lost or refused.
        if (date.year < 1900 || date.year > 9999)
            return worksheet_write_string(sheet, row, col, format_date(date).c_str(), nullptr);
        lxw_datetime when{date.year, date.month, date.day, 0, 0, 0};
        return worksheet_write_datetime(sheet, row, col, &when, formats.date);
    }
    lxw_error operator()(std::int64_t integer) const {
        return worksheet_write_number(sheet, row, col, static_cast<double>(integer), formats.integer);
    }
    lxw_error operator()(bool value) const { return worksheet_write_boolean(sheet, row, col, value, nullptr); }
};

lxw_error write_sheet(lxw_workbook* book, const Formats& formats, const Sheet& sheet) {
    lxw_worksheet* ws = workbook_add_worksheet(book, sheet.name.c_str());
    if (ws == nullptr) return LXW_ERROR_SHEETNAME_ALREADY_USED;
    lxw_error error = LXW_NO_ERROR;
    auto keep = [&error](lxw_error e) {
        if (error == LXW_NO_ERROR) error = e;
    };
    const auto last_col = static_cast<lxw_col_t>(sheet.columns.size() - 1);
    for (lxw_col_t c = 0; c <= last_col; ++c) {
        keep(worksheet_set_column(ws, c, c, sheet.columns[c].width, nullptr));
        keep(worksheet_write_string(ws, 0, c, cell_text(sheet.columns[c].header).c_str(), formats.header));
    }
    worksheet_freeze_panes(ws, 1, 0);
    keep(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()), last_col));
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        for (lxw_col_t c = 0; c <= last_col; ++c)
            keep(std::visit(CellWriter{ws, formats, static_cast<lxw_row_t>(r + 1), c}, sheet.rows[r][c]));
    }
    return error;
}

void check_sheets(const std::vector<Sheet>& sheets) {
    if (sheets.empty()) throw std::invalid_argument("a workbook needs at least one sheet");
    std::set<std::string> names;  // Excel compares worksheet names without case
    for (const auto& sheet : sheets) {
        if (auto problem = sheet_problem(sheet)) throw std::invalid_argument(*problem);
        std::string folded;
        for (const unsigned char c : sheet.name) folded += static_cast<char>(std::tolower(c));
        if (!names.insert(folded).second) throw std::invalid_argument("two sheets are named " + sheet.name);
    }
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) throw std::runtime_error("could not read the workbook back");
    return bytes;
}

}  // namespace

std::string write_xlsx(const std::vector<Sheet>& sheets) {
    check_sheets(sheets);
    TempFile file;
    lxw_workbook_options options{};
    const auto tmpdir = std::filesystem::temp_directory_path().string();
    options.tmpdir = const_cast<char*>(tmpdir.c_str());  // libxlsxwriter's own scratch files go there too
    lxw_workbook* book = workbook_new_opt(file.path().c_str(), &options);
    if (book == nullptr) throw std::runtime_error("libxlsxwriter could not start a workbook");
    Formats formats{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book)};
    format_set_bold(formats.header);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    format_set_num_format(formats.integer, "0");
    lxw_error error = LXW_NO_ERROR;
    for (const auto& sheet : sheets) {
        if (error != LXW_NO_ERROR) break;
        error = write_sheet(book, formats, sheet);
    }
    const lxw_error closed = workbook_close(book);  // writes the file and frees the workbook, always
    if (error == LXW_NO_ERROR) error = closed;
    if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("libxlsxwriter: ") + lxw_strerror(error));
    return read_file(file.path());
}

}  // namespace trellis::sheets
