#pragma once
// The date range of a report (issue 14): `from` and `to` as YYYY-MM-DD, both days included. Pure.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trellis::domain {

// A report covers at most five years: a longer range is far more likely a typo in the year than a question.
inline constexpr int kReportRangeMaxDays = 5 * 366;

struct ReportRange {
    std::string from;  // YYYY-MM-DD
    std::string to;    // YYYY-MM-DD, not before `from`
    [[nodiscard]] bool contains(const std::string& date) const { return date >= from && date <= to; }
};

struct RangeProblem {
    std::string field;  // "from" or "to"
    std::string message;
};

// The range, or every problem with it (both fields checked, so the form can mark each). An empty `from` or `to`
// is a problem: a report answers for a period the reader chose.
struct CheckedRange {
    std::optional<ReportRange> range;
    std::vector<RangeProblem> problems;
};
CheckedRange check_report_range(const std::string& from, const std::string& to);

// The day (UTC) of a Unix time is in the range.
bool range_contains_time(const ReportRange& range, std::int64_t unix_seconds);

}  // namespace trellis::domain
