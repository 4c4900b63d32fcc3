#pragma once
// The two file formats of an export: CSV (one sheet) and XLSX (every sheet, one worksheet each).
#include <string>
#include <vector>

#include "trellis/sheets/sheet.hpp"

namespace trellis::sheets {

// RFC 4180: a header row then one line per row, CRLF line ends, UTF-8 without a byte-order mark, a field quoted
// when it holds a comma, a quote, CR or LF (quotes doubled). Dates YYYY-MM-DD, booleans true/false, numbers in
// the shortest form that reads back exactly, empty cells empty. A text cell that a spreadsheet would run as a
// formula gets a leading apostrophe (see writers.cpp). Throws std::invalid_argument for a malformed sheet.
std::string write_csv(const Sheet& sheet);

// One workbook (libxlsxwriter), one worksheet per sheet in order: the header row bold and frozen, with an
// autofilter; column widths set; numbers, integers and booleans as typed cells; dates as Excel dates with a
// yyyy-mm-dd format. Returns the file's bytes. Throws std::invalid_argument for a malformed sheet (or two
// sheets with the same name) and std::runtime_error when libxlsxwriter fails.
std::string write_xlsx(const std::vector<Sheet>& sheets);

}  // namespace trellis::sheets
