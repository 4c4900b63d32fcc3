// Reading the state's school directory and the NCES district export. Columns are found by name (letters and
// digits only, as every reader here compares headers); a header without a needed column stops the reading on
// line 1, naming the column, so a renamed or truncated file never loads half its facts.
#include "trellis/analytics/state_directory.hpp"

#include <array>
#include <charconv>
#include <tuple>

#include <fmt/format.h>

#include "import_problems.hpp"
#include "student_values.hpp"

namespace trellis::analytics {

namespace {

// Digits, left-padded with zeros to `width` (a spreadsheet turns "01100170000000" into 1100170000000);
// nullopt when not digits or too long.
std::optional<std::string> padded_code(std::string_view text, std::size_t width) {
    text = detail::trim(text);
    if (text.empty() || text.size() > width) return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
    }
    return std::string(width - text.size(), '0') + std::string(text);
}

// The state's and NCES's ways of writing "nothing here".
bool missing(std::string_view text) {
    text = detail::trim(text);
    return text.empty() || text == "No Data" || text == "N/A" || text == "n/a" || text == "*" ||
           text == "\xE2\x80\xA0" /* † */ || text == "\xE2\x80\x93" /* – */ || text == "\x86" || text == "\x96";
}

// Finds each needed column of a header by its normalised name; the names missing, as the file should spell them.
template <std::size_t N>
std::vector<std::string> find_columns(const CsvRecord& header, const std::array<const char*, N>& names,
                                      std::array<int, N>& index) {
    std::vector<std::string> absent;
    for (std::size_t c = 0; c < N; ++c) {
        index[c] = -1;
        const std::string wanted = detail::normalise_header(names[c]);
        for (std::size_t i = 0; i < header.fields.size() && index[c] < 0; ++i) {
            std::string_view field = header.fields[i];
            if (i == 0 && field.starts_with("\xEF\xBB\xBF")) field.remove_prefix(3);
            if (detail::normalise_header(field) == wanted) index[c] = static_cast<int>(i);
        }
        if (index[c] < 0) absent.emplace_back(names[c]);
    }
    return absent;
}

// A file whose first line names its columns, row by row: the header's needed columns are found by name (each one
// missing is a problem, and reading stops on line 1), every later line must have the header's number of fields,
// and `on_row` gets the record and a lookup of a needed column's trimmed text; it returns false to stop. An empty
// file is a problem too. The one shape of both readers below.
template <std::size_t N, typename OnRow>
void read_named_columns(const ByteSource& source, const std::array<const char*, N>& names,
                        std::vector<CsvProblem>& problems, std::array<int, N>& index, OnRow on_row) {
    std::size_t header_fields = 0;
    const auto read = read_csv(source, CsvOptions{}, [&](const CsvRecord& record) {
        if (header_fields == 0) {
            header_fields = record.fields.size();
            for (auto& name : find_columns(record, names, index))
                problems.push_back(detail::missing_column_problem(record.line, std::move(name)));
            return problems.empty();
        }
        if (record.fields.size() != header_fields) {
            problems.push_back(detail::field_count_problem(record.line, record.fields.size(), header_fields));
            return false;
        }
        const auto field = [&](int c) { return detail::trim(record.fields[static_cast<std::size_t>(index[c])]); };
        return on_row(record, field);
    });
    detail::add_read_problem(problems, read);
    if (header_fields == 0 && problems.empty())
        problems.push_back({1, 0, "the file is empty", domain::code::kEmptyFile});
}

enum DirectoryColumn {
    kCds,
    kNcesDist,
    kNcesSchool,
    kStatus,
    kCounty,
    kDistrict,
    kSchool,
    kCharter,
    kDocType,
    kGrades,
    kLatitude,
    kLongitude
};
constexpr std::array<const char*, 12> kDirectoryColumns = {"CDSCode", "NCESDist",  "NCESSchool", "StatusType",
                                                           "County",  "District",  "School",     "Charter",
                                                           "DOCType", "GSoffered", "Latitude",   "Longitude"};

// A coordinate in degrees within +-limit; nullopt (and `bad`) for anything else. Blank is read by the caller.
std::optional<double> degrees(std::string_view text, double limit, bool& bad) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !(value >= -limit && value <= limit)) {
        bad = true;
        return std::nullopt;
    }
    return value;
}

// -1 for P (preschool), 0 for K or TK, 1..12; nullopt for anything else ("Adult", "UG").
std::optional<int> grade_number(std::string_view text) {
    text = detail::trim(text);
    if (text == "P" || text == "PK") return -1;
    if (text == "K" || text == "TK") return 0;
    if (text.empty() || text.size() > 2) return std::nullopt;
    int n = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    if (n < 1 || n > 12) return std::nullopt;
    return n;
}

std::optional<std::pair<int, int>> grade_range(std::string_view grades) {
    const auto dash = grades.find('-');
    const auto low = grade_number(grades.substr(0, dash));
    const auto high = dash == std::string_view::npos ? low : grade_number(grades.substr(dash + 1));
    if (!low || !high || *low > *high) return std::nullopt;
    return std::pair{*low, *high};
}

std::string grade_name(int grade) { return grade < 0 ? "P" : grade == 0 ? "K" : std::to_string(grade); }

}  // namespace

DirectoryReadResult read_state_directory(const ByteSource& source,
                                         const std::function<void(const DirectoryEntry&)>& on_entry) {
    DirectoryReadResult result;
    std::array<int, kDirectoryColumns.size()> index{};
    read_named_columns(source, kDirectoryColumns, result.problems, index, [&](const CsvRecord& record, auto field) {
        DirectoryEntry entry;
        entry.line = record.line;
        const auto cds = padded_code(field(kCds), 14);
        if (!cds) {
            result.problems.push_back(detail::value_problem(record.line, index[kCds] + 1, field(kCds),
                                                            "CDSCode must be a CDS code of up to 14 digits",
                                                            domain::code::kNotACdsCode));
            return false;
        }
        entry.cds_code = *cds;
        const auto status = field(kStatus);
        if (status == "Active" || status == "Pending") {
            entry.open = true;
        } else if (status == "Closed" || status == "Merged") {
            entry.open = false;
        } else {
            result.problems.push_back(detail::value_problem(
                record.line, index[kStatus] + 1, status, "StatusType must be Active, Pending, Closed or Merged",
                domain::code::kNotOneOf,
                {{"allowed", std::vector<std::string>{"Active", "Pending", "Closed", "Merged"}}}));
            return false;
        }
        const bool school = entry.cds_code.substr(7) != "0000000";
        entry.kind = school                                                      ? "school"
                     : field(kDocType).starts_with("County Office of Education") ? "county_office"
                                                                                 : "district";
        entry.name = text_as_utf8(field(school ? kSchool : kDistrict));
        entry.county = text_as_utf8(field(kCounty));
        entry.charter = field(kCharter) == "Y";
        if (!missing(field(kGrades)) && grade_range(field(kGrades))) entry.grades = std::string(field(kGrades));
        const auto district_nces = missing(field(kNcesDist)) ? std::nullopt : padded_code(field(kNcesDist), 7);
        if (school) {
            entry.parent_cds = entry.cds_code.substr(0, 7) + "0000000";
            const auto school_nces = missing(field(kNcesSchool)) ? std::nullopt : padded_code(field(kNcesSchool), 5);
            if (district_nces && school_nces) entry.nces_id = *district_nces + *school_nces;
        } else {
            entry.nces_id = district_nces;
        }
        for (const auto& [column, limit, name] :
             {std::tuple{kLatitude, 90.0, "Latitude"}, std::tuple{kLongitude, 180.0, "Longitude"}}) {
            if (missing(field(column))) continue;
            bool bad = false;
            const auto value = degrees(field(column), limit, bad);
            if (bad) {
                result.problems.push_back(detail::value_problem(
                    record.line, index[column] + 1, field(column),
                    fmt::format("{} must be a number of degrees from -{} to {}", name, limit, limit),
                    domain::code::kOutOfRange,
                    {{"min", static_cast<std::int64_t>(-limit)}, {"max", static_cast<std::int64_t>(limit)}}));
                return false;
            }
            (column == kLatitude ? entry.latitude : entry.longitude) = value;
        }
        ++result.rows;
        on_entry(entry);
        return true;
    });
    return result;
}

NcesReadResult read_nces_districts(const ByteSource& source) {
    enum { kNcesId, kStateId, kLocale };
    constexpr std::array<const char*, 3> kColumns = {"NCES District ID", "State District ID", "Locale*"};
    NcesReadResult result;
    std::array<int, kColumns.size()> index{};
    read_named_columns(source, kColumns, result.problems, index, [&](const CsvRecord& record, auto field) {
        // "CA-2766092": the state's county and district code; rows of other states, or without one, are not ours.
        auto state_id = field(kStateId);
        if (!state_id.starts_with("CA-")) return true;
        state_id.remove_prefix(3);
        const auto district_code = padded_code(state_id, 7);
        const auto nces_id = padded_code(field(kNcesId), 7);
        if (!district_code || !nces_id) {
            result.problems.push_back(detail::value_problem(record.line, index[district_code ? kNcesId : kStateId] + 1,
                                                            district_code ? field(kNcesId) : state_id,
                                                            "the NCES and state district ids must be digits",
                                                            domain::code::kNotDigits, {{"digits", std::int64_t{7}}}));
            return false;
        }
        NcesDistrict district{*nces_id, std::nullopt};
        if (!missing(field(kLocale))) district.locale = text_as_utf8(field(kLocale));
        result.by_district_code[*district_code] = std::move(district);
        return true;
    });
    if (!result.problems.empty()) result.by_district_code.clear();
    return result;
}

std::vector<std::string> grade_spans_of(std::string_view grades) {
    const auto range = grade_range(grades);
    if (!range) return {};
    std::vector<std::string> spans;
    const auto covers = [&](int low, int high) { return range->first <= high && range->second >= low; };
    if (covers(0, 5)) spans.emplace_back("elementary");
    if (covers(6, 8)) spans.emplace_back("middle");
    if (covers(9, 12)) spans.emplace_back("high");
    return spans;
}

std::string grade_range_union(const std::vector<std::string>& ranges) {
    std::optional<std::pair<int, int>> widest;
    for (const auto& text : ranges) {
        const auto range = grade_range(text);
        if (!range) continue;
        if (!widest) widest = range;
        widest->first = std::min(widest->first, range->first);
        widest->second = std::max(widest->second, range->second);
    }
    if (!widest) return {};
    if (widest->first == widest->second) return grade_name(widest->first);
    return grade_name(widest->first) + "-" + grade_name(widest->second);
}

std::string text_as_utf8(std::string_view text) {
    // Valid UTF-8 (ASCII included) is kept as it is.
    std::size_t i = 0;
    bool valid = true;
    while (i < text.size() && valid) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size()) valid = false;
        for (std::size_t k = 1; valid && k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) valid = false;
        }
        i += length;
    }
    if (valid) return std::string(text);
    // Windows-1252's 0x80-0x9F; the rest of the high half is Latin-1, code point = byte.
    static constexpr char16_t kHigh[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                           0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const unsigned code = c >= 0x80 && c < 0xA0 ? kHigh[c - 0x80] : c;
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }
    return out;
}

}  // namespace trellis::analytics
