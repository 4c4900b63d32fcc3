#pragma once
// An agreement's coaching hours as pure functions (issue 11): what each coaching-log entry draws down, used against
// purchased per kind and per month, the warning levels (80% and 100%), and the date the hours run out at the
// current pace. Hours travel as numbers with at most two decimals and are kept as whole minutes, so sums are exact.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trellis::domain {

// The kinds of coaching an agreement buys, in the order answers list them.
inline constexpr std::array<std::string_view, 4> kCoachingKinds = {"site_visit", "virtual_coaching",
                                                                   "professional_learning", "network_meeting"};
bool is_coaching_kind(std::string_view kind);

// Hours (a JSON number) to whole minutes: nullopt for a negative, non-finite value or one with more than two
// decimals. Minutes back to hours, rounded to two decimals.
std::optional<std::int64_t> hours_to_minutes(double hours);
double minutes_to_hours(std::int64_t minutes);

struct HoursPurchase {
    std::string kind;
    std::int64_t purchased_minutes = 0;
    std::optional<std::int64_t> hourly_rate_cents;
};
struct LoggedCoaching {
    std::int64_t entry_id = 0;
    std::string date;  // YYYY-MM-DD
    std::string kind;
    std::int64_t minutes = 0;
};

struct KindUse {
    std::string kind;
    std::int64_t purchased_minutes = 0;
    std::int64_t used_minutes = 0;
    std::optional<std::int64_t> hourly_rate_cents;
    bool over = false;  // more used than purchased
};
struct MonthUse {
    std::string month;  // YYYY-MM
    std::string kind;
    std::int64_t used_minutes = 0;
};
struct HoursSummary {
    std::vector<KindUse> kinds;  // purchased or used kinds, in kCoachingKinds order
    std::int64_t purchased_minutes = 0;
    std::int64_t used_minutes = 0;
    std::optional<double> used_share;  // nullopt when nothing was purchased
    int warning = 0;                   // 0, 80 or 100
    std::optional<std::string> projected_exhaustion_on;
    std::vector<MonthUse> monthly;  // months with hours, in month order, kinds in kCoachingKinds order
};

// What is left of a purchase: never below zero (hours logged beyond it are "over", see KindUse::over).
std::int64_t minutes_left(std::int64_t purchased_minutes, std::int64_t used_minutes);

// 100 from a share of 1, 80 from 0.8, else 0.
int warning_level(std::optional<double> used_share);

// today + remaining / (used per day since starts_on, counting at least one day); nullopt when nothing is used,
// nothing is purchased or the hours are already spent (or a date is malformed).
std::optional<std::string> projected_exhaustion(std::int64_t purchased_minutes, std::int64_t used_minutes,
                                                std::string_view starts_on, std::string_view today);

HoursSummary summarize_hours(const std::vector<HoursPurchase>& purchases, const std::vector<LoggedCoaching>& logged,
                             std::string_view starts_on, std::string_view today);

// The entries (by id) that went beyond their kind's purchased hours: entries are drawn down in date order (then id),
// and an entry is over when its kind's total with it exceeds what was purchased.
std::vector<std::int64_t> entries_over(const std::vector<HoursPurchase>& purchases, std::vector<LoggedCoaching> logged);

}  // namespace trellis::domain
