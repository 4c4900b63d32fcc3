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

// Each state's main time zone by its FIPS code (50 states and DC). NCES ids start with the state's FIPS code, so a
// district's state, not its address, is what a new team knows; a state split between zones takes the zone most of
// its people live in (a team in the other part changes its setting). Only the seven zones the planner offers first
// are used: Boise, Detroit and Indianapolis keep the same clocks as Denver and New York today.
struct StateZone {
    std::string_view fips;
    std::string_view zone;
};
constexpr std::string_view kPacific = "America/Los_Angeles", kMountain = "America/Denver", kArizona = "America/Phoenix",
                           kCentral = "America/Chicago", kEastern = "America/New_York", kAlaska = "America/Anchorage",
                           kHawaii = "Pacific/Honolulu";
constexpr std::array<StateZone, 51> kStateZones = {{
    {"01", kCentral},  {"02", kAlaska},   {"04", kArizona},  {"05", kCentral}, {"06", kPacific}, {"08", kMountain},
    {"09", kEastern},  {"10", kEastern},  {"11", kEastern},  {"12", kEastern}, {"13", kEastern}, {"15", kHawaii},
    {"16", kMountain}, {"17", kCentral},  {"18", kEastern},  {"19", kCentral}, {"20", kCentral}, {"21", kEastern},
    {"22", kCentral},  {"23", kEastern},  {"24", kEastern},  {"25", kEastern}, {"26", kEastern}, {"27", kCentral},
    {"28", kCentral},  {"29", kCentral},  {"30", kMountain}, {"31", kCentral}, {"32", kPacific}, {"33", kEastern},
    {"34", kEastern},  {"35", kMountain}, {"36", kEastern},  {"37", kEastern}, {"38", kCentral}, {"39", kEastern},
    {"40", kCentral},  {"41", kPacific},  {"42", kEastern},  {"44", kEastern}, {"45", kEastern}, {"46", kCentral},
    {"47", kCentral},  {"48", kCentral},  {"49", kMountain}, {"50", kEastern}, {"51", kEastern}, {"53", kPacific},
    {"54", kEastern},  {"55", kCentral},  {"56", kMountain},
}};

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

std::string organization_time_zone(const std::optional<std::string>& cds_code,
                                   const std::optional<std::string>& nces_id) {
    if (cds_code && !cds_code->empty()) return std::string(kPacific);  // CDS codes are California's
    if (nces_id && nces_id->size() >= 2) {
        const auto state = std::string_view(*nces_id).substr(0, 2);
        for (const auto& s : kStateZones) {
            if (s.fips == state) return std::string(s.zone);
        }
    }
    return "UTC";
}

std::string local_date(std::int64_t unix_seconds, std::string_view zone) {
    const date::year_month_day ymd{date::floor<date::days>(wall_clock(unix_seconds, zone).local)};
    return std::to_string(int(ymd.year())) + "-" + two(unsigned(ymd.month())) + "-" + two(unsigned(ymd.day()));
}

}  // namespace trellis::domain
