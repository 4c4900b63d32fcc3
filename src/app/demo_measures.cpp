#include "app/demo_measures.hpp"

#include <fmt/format.h>

#include <array>
#include <stdexcept>
#include <string>

#include "trellis/actions/measures.hpp"
#include "trellis/domain/follow_through.hpp"

namespace trellis::app {

namespace {

// The first day of the month `months_back` months before the one `today` (YYYY-MM-DD) is in.
std::string first_of_month(const std::string& today, int months_back) {
    const int months = std::stoi(today.substr(0, 4)) * 12 + std::stoi(today.substr(5, 2)) - 1 - months_back;
    return fmt::format("{:04}-{:02}-01", months / 12, months % 12 + 1);
}

}  // namespace

void add_demo_measures(store::Connection& db, std::int64_t mtss_team, std::int64_t lead_user, std::int64_t now) {
    const auth::Principal elena{.user_id = lead_user, .name = "Elena Martínez"};
    const actions::Caller caller{db, elena, now};
    store::Measure draft;
    draft.team_id = mtss_team;
    draft.name = "Chronic absence, foster and homeless students";
    draft.unit = "%";
    draft.direction = "lower_is_better";
    draft.numerator = "Foster and homeless students absent 10% or more of the days they were enrolled this month";
    draft.denominator = "Foster and homeless students enrolled this month";
    const auto measure = actions::create_measure(caller, draft);
    if (!measure) throw std::logic_error("the demo's measure was refused: " + measure.error().detail);

    // Percentages of a group of about 120 students; the prototype began with the ninth month.
    constexpr std::array<double, 14> kMonthly{31, 29, 33, 30, 32, 28, 31, 30, 26, 24, 25, 22, 23, 21};
    const auto today = domain::utc_date(now);
    for (std::size_t i = 0; i < kMonthly.size(); ++i) {
        store::MeasurePoint point{first_of_month(today, static_cast<int>(kMonthly.size() - i)), kMonthly[i], ""};
        if (i == 8) point.note = "Prototype 1 starts: a weekly check-in with the foster and homeless liaison";
        if (!actions::add_measure_point(caller, measure->measure.id, point))
            throw std::logic_error("the demo's measure point was refused");
    }
}

}  // namespace trellis::app
