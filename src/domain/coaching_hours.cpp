#include "trellis/domain/coaching_hours.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "trellis/domain/follow_through.hpp"

namespace trellis::domain {

namespace {

std::size_t kind_position(std::string_view kind) {
    const auto* it = std::find(kCoachingKinds.begin(), kCoachingKinds.end(), kind);
    return static_cast<std::size_t>(it - kCoachingKinds.begin());
}

std::int64_t purchased_of(const std::vector<HoursPurchase>& purchases, std::string_view kind) {
    for (const auto& p : purchases) {
        if (p.kind == kind) return p.purchased_minutes;
    }
    return 0;
}

}  // namespace

bool is_coaching_kind(std::string_view kind) { return kind_position(kind) < kCoachingKinds.size(); }

std::optional<std::int64_t> hours_to_minutes(double hours) {
    if (!std::isfinite(hours) || hours < 0 || hours > 1e9) return std::nullopt;
    // Two decimals at most: 1.25 hours is 75 minutes; 1.255 is refused rather than silently rounded.
    const double hundredths = hours * 100;
    if (std::abs(hundredths - std::round(hundredths)) > 1e-6) return std::nullopt;
    return static_cast<std::int64_t>(std::llround(hours * 60));
}

double minutes_to_hours(std::int64_t minutes) { return std::round(static_cast<double>(minutes) / 60.0 * 100) / 100; }

std::int64_t minutes_left(std::int64_t purchased_minutes, std::int64_t used_minutes) {
    return std::max<std::int64_t>(0, purchased_minutes - used_minutes);
}

int warning_level(std::optional<double> used_share) {
    if (!used_share) return 0;
    if (*used_share >= 1.0) return 100;
    if (*used_share >= 0.8) return 80;
    return 0;
}

std::optional<std::string> projected_exhaustion(std::int64_t purchased_minutes, std::int64_t used_minutes,
                                                std::string_view starts_on, std::string_view today) {
    if (used_minutes <= 0 || purchased_minutes <= 0 || used_minutes >= purchased_minutes) return std::nullopt;
    const auto start = date_to_days(starts_on);
    const auto now = date_to_days(today);
    if (!start || !now) return std::nullopt;
    const auto elapsed = std::max<std::int64_t>(1, *now - *start);
    const double per_day = static_cast<double>(used_minutes) / static_cast<double>(elapsed);
    const auto remaining = static_cast<double>(purchased_minutes - used_minutes);
    return days_to_date(*now + static_cast<std::int64_t>(std::ceil(remaining / per_day)));
}

HoursSummary summarize_hours(const std::vector<HoursPurchase>& purchases, const std::vector<LoggedCoaching>& logged,
                             std::string_view starts_on, std::string_view today) {
    HoursSummary s;
    std::array<std::int64_t, kCoachingKinds.size()> used{};
    std::array<bool, kCoachingKinds.size()> present{};
    std::map<std::pair<std::string, std::size_t>, std::int64_t> by_month;
    for (const auto& p : purchases) {
        const auto k = kind_position(p.kind);
        if (k < present.size()) present[k] = true;
        s.purchased_minutes += p.purchased_minutes;
    }
    for (const auto& e : logged) {
        const auto k = kind_position(e.kind);
        if (k >= used.size()) continue;
        used[k] += e.minutes;
        present[k] = true;
        s.used_minutes += e.minutes;
        if (e.minutes > 0) by_month[{e.date.substr(0, 7), k}] += e.minutes;
    }
    for (std::size_t k = 0; k < kCoachingKinds.size(); ++k) {
        if (!present[k]) continue;
        KindUse use{.kind = std::string(kCoachingKinds[k]), .used_minutes = used[k]};
        for (const auto& p : purchases) {
            if (p.kind == kCoachingKinds[k]) {
                use.purchased_minutes = p.purchased_minutes;
                use.hourly_rate_cents = p.hourly_rate_cents;
            }
        }
        use.over = use.used_minutes > use.purchased_minutes;
        s.kinds.push_back(std::move(use));
    }
    if (s.purchased_minutes > 0) {
        s.used_share = static_cast<double>(s.used_minutes) / static_cast<double>(s.purchased_minutes);
    }
    s.warning = warning_level(s.used_share);
    s.projected_exhaustion_on = projected_exhaustion(s.purchased_minutes, s.used_minutes, starts_on, today);
    for (const auto& [key, minutes] : by_month) {
        s.monthly.push_back({key.first, std::string(kCoachingKinds[key.second]), minutes});
    }
    return s;
}

std::vector<std::int64_t> entries_over(const std::vector<HoursPurchase>& purchases,
                                       std::vector<LoggedCoaching> logged) {
    std::ranges::sort(logged, [](const auto& a, const auto& b) {
        return std::tie(a.date, a.entry_id) < std::tie(b.date, b.entry_id);
    });
    std::map<std::string, std::int64_t> used;
    std::vector<std::int64_t> over;
    for (const auto& e : logged) {
        used[e.kind] += e.minutes;
        if (used[e.kind] > purchased_of(purchases, e.kind)) over.push_back(e.entry_id);
    }
    return over;
}

}  // namespace trellis::domain
