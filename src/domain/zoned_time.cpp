#include "trellis/domain/zoned_time.hpp"

#include <date/tz.h>

#include <array>
#include <chrono>
#include <stdexcept>

namespace trellis::domain {

namespace {

// Hand-worded rather than through a locale: the date library is built with ONLY_C_LOCALE (its %A and %B are
// English only) and a server need not have es_* locales installed, so the names and the order are written here.
constexpr std::array<const char*, 7> kWeekdaysEn = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                    "Thursday", "Friday", "Saturday"};
constexpr std::array<const char*, 7> kWeekdaysEs = {"domingo", "lunes",   "martes", "miércoles",
                                                    "jueves",  "viernes", "sábado"};
constexpr std::array<const char*, 12> kMonthsEn = {"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};
constexpr std::array<const char*, 12> kMonthsEs = {"enero",      "febrero", "marzo",     "abril",
                                                   "mayo",       "junio",   "julio",     "agosto",
                                                   "septiembre", "octubre", "noviembre", "diciembre"};

const date::time_zone* find_zone(std::string_view name) {
    if (name.empty() || name.size() > 60) return nullptr;
    try {
        return date::locate_zone(std::string(name));
    } catch (const std::runtime_error&) {
        return nullptr;
    }
}

struct WallClock {
    date::local_seconds local;
    std::string abbreviation;
};

WallClock wall_clock(std::int64_t unix_seconds, std::string_view zone) {
    const date::sys_seconds at{std::chrono::seconds{unix_seconds}};
    if (const auto* tz = find_zone(zone)) {
        const auto info = tz->get_info(at);
        return {date::local_seconds{at.time_since_epoch() + info.offset}, info.abbrev};
    }
    return {date::local_seconds{at.time_since_epoch()}, "UTC"};
}

std::string two(unsigned v) { return (v < 10 ? "0" : "") + std::to_string(v); }

}  // namespace

bool known_time_zone(std::string_view name) { return name == "UTC" || find_zone(name) != nullptr; }

std::string format_in_zone(Language language, std::int64_t unix_seconds, std::string_view zone) {
    const auto clock = wall_clock(unix_seconds, zone);
    const auto day = date::floor<date::days>(clock.local);
    const date::year_month_day ymd{day};
    const date::weekday weekday{day};
    const date::hh_mm_ss time{clock.local - day};
    const auto hours = static_cast<unsigned>(time.hours().count());
    const auto hour12 = hours % 12 == 0 ? 12 : hours % 12;
    const auto minutes = two(static_cast<unsigned>(time.minutes().count()));
    const auto month = unsigned(ymd.month()) - 1;
    const auto dom = std::to_string(unsigned(ymd.day()));
    const auto year = std::to_string(int(ymd.year()));
    if (language == Language::es) {
        return std::string(kWeekdaysEs[weekday.c_encoding()]) + ", " + dom + " de " + kMonthsEs[month] + " de " + year +
               ", " + std::to_string(hour12) + ":" + minutes + (hours < 12 ? " a. m. " : " p. m. ") +
               clock.abbreviation;
    }
    return std::string(kWeekdaysEn[weekday.c_encoding()]) + ", " + kMonthsEn[month] + " " + dom + ", " + year + ", " +
           std::to_string(hour12) + ":" + minutes + (hours < 12 ? " AM " : " PM ") + clock.abbreviation;
}

std::string local_date(std::int64_t unix_seconds, std::string_view zone) {
    const date::year_month_day ymd{date::floor<date::days>(wall_clock(unix_seconds, zone).local)};
    return std::to_string(int(ymd.year())) + "-" + two(unsigned(ymd.month())) + "-" + two(unsigned(ymd.day()));
}

}  // namespace trellis::domain
