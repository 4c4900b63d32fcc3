#include "trellis/domain/report_range.hpp"

#include <fmt/format.h>

#include "trellis/domain/follow_through.hpp"

namespace trellis::domain {

namespace {

// The days since 1970 of a well-formed date, or a problem for `field`.
std::optional<std::int64_t> read_day(const std::string& field, const std::string& value,
                                     std::vector<RangeProblem>& problems) {
    if (value.empty()) {
        problems.push_back({field, "is required (YYYY-MM-DD)"});
        return std::nullopt;
    }
    const auto days = value.size() == 10 ? date_to_days(value) : std::nullopt;
    if (!days) problems.push_back({field, fmt::format("must be a date as YYYY-MM-DD, got \"{}\"", value)});
    return days;
}

}  // namespace

CheckedRange check_report_range(const std::string& from, const std::string& to) {
    CheckedRange out;
    const auto first = read_day("from", from, out.problems);
    const auto last = read_day("to", to, out.problems);
    if (first && last) {
        if (*first > *last) {
            out.problems.push_back({"to", fmt::format("must not be before from ({})", from)});
        } else if (*last - *first + 1 > kReportRangeMaxDays) {
            out.problems.push_back({"to", "must be at most five years after from"});
        }
    }
    if (out.problems.empty()) out.range = ReportRange{from, to};
    return out;
}

bool range_contains_time(const ReportRange& range, std::int64_t unix_seconds) {
    return range.contains(utc_date(unix_seconds));
}

}  // namespace trellis::domain
