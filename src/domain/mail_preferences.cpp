#include "trellis/domain/mail_preferences.hpp"

#include <array>
#include <chrono>

namespace trellis::domain {

namespace {

constexpr std::array<const char*, 12> kMonthsEn = {"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};
constexpr std::array<const char*, 12> kMonthsEs = {"enero",      "febrero", "marzo",     "abril",
                                                   "mayo",       "junio",   "julio",     "agosto",
                                                   "septiembre", "octubre", "noviembre", "diciembre"};

std::optional<std::chrono::year_month_day> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int parts[3] = {0, 0, 0};
    std::size_t starts[3] = {0, 5, 8};
    std::size_t lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    }
    const std::chrono::year_month_day date{std::chrono::year{parts[0]}, std::chrono::month{unsigned(parts[1])},
                                           std::chrono::day{unsigned(parts[2])}};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::string written(Language language, const std::chrono::year_month_day& d) {
    const auto month = unsigned(d.month()) - 1;
    const auto day = std::to_string(unsigned(d.day()));
    const auto year = std::to_string(int(d.year()));
    if (language == Language::es) return day + " de " + kMonthsEs[month] + " de " + year;
    return std::string(kMonthsEn[month]) + " " + day + ", " + year;
}

}  // namespace

std::string_view mail_kind_name(MailKind kind) {
    switch (kind) {
        case MailKind::minutes:
            return "minutes";
        case MailKind::reminders:
            return "reminders";
        case MailKind::digest:
            return "digest";
        case MailKind::transactional:
            break;
    }
    return "";
}

std::optional<MailKind> optional_mail_kind(std::string_view name) {
    for (const auto kind : {MailKind::minutes, MailKind::reminders, MailKind::digest}) {
        if (mail_kind_name(kind) == name) return kind;
    }
    return std::nullopt;
}

std::optional<std::string> check_language(std::string_view value) {
    if (value == "en" || value == "es") return std::string(value);
    return std::nullopt;
}

std::optional<std::string> check_digest_frequency(std::string_view value) {
    if (value == "daily" || value == "weekly" || value == "none") return std::string(value);
    return std::nullopt;
}

bool digest_due_on(std::string_view frequency, const std::string& today) {
    if (frequency == "daily") return true;
    if (frequency != "weekly") return false;
    const auto date = parse_date(today);
    return date && std::chrono::weekday{std::chrono::sys_days{*date}} == std::chrono::Monday;
}

int digest_horizon_days(std::string_view frequency) { return frequency == "weekly" ? 7 : 3; }

std::string format_date(Language language, std::string_view iso_date) {
    const auto date = parse_date(iso_date);
    if (!date) return std::string(iso_date);
    return written(language, *date);
}

}  // namespace trellis::domain
