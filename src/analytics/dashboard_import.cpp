#include "trellis/analytics/dashboard_import.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <set>

#include <fmt/format.h>

#include "import_problems.hpp"
#include "student_values.hpp"

namespace trellis::analytics {

namespace {

// The columns the import needs, as the state's record layout names them.
enum Column { kCds, kRtype, kGroup, kCurrDenom, kCurrNumer, kPriorDenom, kPriorNumer, kColumnCount };
constexpr std::array<std::string_view, kColumnCount> kColumnNames = {
    "cds", "rtype", "studentgroup", "currdenom", "currnumer", "priordenom", "priornumer"};

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// A count cell: nullopt for a suppressed one (blank or `*`); `bad` set when it is neither that nor a count.
// The state writes counts as whole numbers; "120.0" is taken as 120 for files saved through a spreadsheet.
std::optional<std::int64_t> parse_cell(std::string_view text, bool& bad) {
    bad = false;
    if (text.empty() || text == "*") return std::nullopt;
    if (const auto dot = text.find('.'); dot != std::string_view::npos) {
        const auto fraction = text.substr(dot + 1);
        if (!std::all_of(fraction.begin(), fraction.end(), [](char c) { return c == '0'; })) {
            bad = true;
            return std::nullopt;
        }
        text = text.substr(0, dot);
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || text.size() > 18 || error != std::errc() || end != text.data() + text.size() || value < 0) {
        bad = true;
        return std::nullopt;
    }
    return value;
}

class DashboardReader {
public:
    explicit DashboardReader(const DashboardImportRequest& request) : request_(request) {}

    bool on_record(const CsvRecord& record) {
        if (!header_seen_) return on_header(record);
        ++result_.rows_read;
        if (record.fields.size() != header_fields_) {
            return detail::add_problem(result_.problems,
                                       detail::field_count_problem(record.line, record.fields.size(), header_fields_));
        }
        // The hot path: most rows of a statewide file are other districts' or schools'.
        if (detail::trim(field(record, kCds)) != request_.org_code) return true;
        if (detail::trim(field(record, kRtype)) != "D") return true;
        return take(record);
    }

    DashboardImportResult finish(const CsvResult& read) {
        detail::add_read_problem(result_.problems, read);
        if (!header_seen_ && result_.problems.empty()) {
            result_.problems.push_back(
                {1, 0, "the file is empty: expected a Dashboard file's header row", domain::code::kEmptyFile});
        }
        if (!result_.problems.empty()) {
            result_.counts.clear();
            result_.unknown.clear();
        }
        return std::move(result_);
    }

private:
    std::string_view field(const CsvRecord& record, Column column) const { return record.fields[columns_[column]]; }

    bool on_header(const CsvRecord& record) {
        header_seen_ = true;
        header_fields_ = record.fields.size();
        columns_.fill(kMissing);
        for (std::size_t i = 0; i < record.fields.size(); ++i) {
            const auto name = detail::normalise_header(record.fields[i]);
            for (std::size_t c = 0; c < kColumnCount; ++c) {
                if (name == kColumnNames[c] && columns_[c] == kMissing) columns_[c] = i;
            }
        }
        bool ok = true;
        for (std::size_t c = 0; c < kColumnCount; ++c) {
            if (columns_[c] != kMissing) continue;
            ok = false;
            detail::add_problem(result_.problems,
                                detail::missing_column_problem(record.line, std::string(kColumnNames[c])));
        }
        return ok;
    }

    // One district row: the current counts for the year, the prior ones for the year before.
    bool take(const CsvRecord& record) {
        ++result_.rows_taken;
        const std::string group(detail::trim(field(record, kGroup)));
        const auto known = classify_group(group);
        if (!known || group.find(':') != std::string::npos) {
            if (std::find(result_.ignored_groups.begin(), result_.ignored_groups.end(), group) ==
                result_.ignored_groups.end())
                result_.ignored_groups.push_back(group);
            return true;
        }
        const auto [first, inserted] = seen_.try_emplace(group, record.line);
        if (!inserted) {
            return detail::add_problem(result_.problems, record.line, static_cast<int>(columns_[kGroup]) + 1,
                                       fmt::format("a second district row for student group {}", group),
                                       domain::code::kAlsoOnLine, {{"value", group}, {"other_line", first->second}});
        }
        return add(record, group, request_.year, kCurrDenom, kCurrNumer) &&
               add(record, group, request_.year - 1, kPriorDenom, kPriorNumer);
    }

    bool add(const CsvRecord& record, const std::string& group, int year, Column denominator_column,
             Column numerator_column) {
        bool ok = true;
        const auto cell = [&](Column column) -> std::optional<std::int64_t> {
            const auto text = detail::trim(field(record, column));
            bool bad = false;
            auto value = parse_cell(text, bad);
            if (bad) {
                ok = false;
                detail::add_problem(
                    result_.problems,
                    detail::value_problem(record.line, static_cast<int>(columns_[column]) + 1, text,
                                          fmt::format("{} must be a whole number, blank or *", kColumnNames[column]),
                                          domain::code::kNotACount));
            } else if (!value) {
                ++result_.suppressed_cells;
            }
            return value;
        };
        const auto denominator = cell(denominator_column);
        const auto numerator = cell(numerator_column);
        if (!ok) return result_.problems.size() < detail::kMaxImportProblems;
        if (denominator && numerator && *numerator > *denominator) {
            return detail::add_problem(result_.problems, record.line, static_cast<int>(columns_[numerator_column]) + 1,
                                       "numerator is larger than the denominator",
                                       domain::code::kNumeratorOverDenominator,
                                       {{"numerator", *numerator}, {"denominator", *denominator}});
        }
        if (denominator && numerator) {
            result_.counts.push_back({request_.org_code, year, request_.indicator, Direction::lower_is_better, group,
                                      *denominator, *numerator});
        } else {
            result_.unknown.push_back({request_.org_code, year, request_.indicator, Direction::lower_is_better, group,
                                       denominator, numerator});
        }
        return true;
    }

    static constexpr std::size_t kMissing = static_cast<std::size_t>(-1);
    const DashboardImportRequest& request_;
    DashboardImportResult result_;
    bool header_seen_ = false;
    std::size_t header_fields_ = 0;
    std::array<std::size_t, kColumnCount> columns_{};
    std::map<std::string, std::int64_t> seen_;  // group -> the line of its district row
};

}  // namespace

std::optional<std::string> dashboard_indicator_from_filename(std::string_view filename) {
    if (const auto slash = filename.find_last_of("/\\"); slash != std::string_view::npos)
        filename.remove_prefix(slash + 1);
    const std::string name = lower(filename);
    if (name.find("susp") != std::string::npos) return "suspension";
    // CDE's "chronicdownload", "Chronic Absenteeism", "chronic_absence", "chrabs".
    if (name.find("chronic") != std::string::npos || name.find("chrabs") != std::string::npos ||
        name.find("absenteeism") != std::string::npos)
        return "chronic_absence";
    return std::nullopt;
}

bool is_dashboard_indicator(std::string_view indicator) {
    return indicator == "suspension" || indicator == "chronic_absence";
}

bool is_dashboard_header(std::string_view first_line) {
    if (first_line.starts_with("\xEF\xBB\xBF")) first_line.remove_prefix(3);
    std::set<std::string> names;
    std::size_t start = 0;
    const char delimiter = detect_delimiter(first_line);
    while (start <= first_line.size()) {
        auto end = first_line.find(delimiter, start);
        if (end == std::string_view::npos) end = first_line.size();
        names.insert(detail::normalise_header(first_line.substr(start, end - start)));
        start = end + 1;
    }
    return names.contains("cds") && names.contains("rtype") && names.contains("studentgroup");
}

DashboardImportResult import_dashboard(const ByteSource& source, const DashboardImportRequest& request) {
    DashboardReader reader(request);
    CsvOptions options;  // the delimiter from the header: tab as published, a comma if re-saved as CSV
    const auto read = read_csv(source, options, [&](const CsvRecord& record) { return reader.on_record(record); });
    return reader.finish(read);
}

}  // namespace trellis::analytics
