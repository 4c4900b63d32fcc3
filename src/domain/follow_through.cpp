#include "trellis/domain/follow_through.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace trellis::domain {

namespace {

// Howard Hinnant's civil-date algorithms (proleptic Gregorian).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

bool read_digits(std::string_view text, std::size_t at, std::size_t count, int& out) {
    if (at + count > text.size()) return false;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    return std::from_chars(text.data() + at, text.data() + at + count, out).ec == std::errc{};
}

unsigned days_in_month(int year, int month) {
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

std::int64_t days_or(const std::optional<std::string>& date, std::int64_t fallback) {
    if (!date) return fallback;
    return date_to_days(*date).value_or(fallback);
}

}  // namespace

std::optional<std::int64_t> date_to_days(std::string_view date) {
    int y = 0, m = 0, d = 0;
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
    if (!read_digits(date, 0, 4, y) || !read_digits(date, 5, 2, m) || !read_digits(date, 8, 2, d)) return std::nullopt;
    if (m < 1 || m > 12 || d < 1 || static_cast<unsigned>(d) > days_in_month(y, m)) return std::nullopt;
    return days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string days_to_date(std::int64_t days) {
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civil_from_days(days, y, m, d);
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
    return buffer;
}

std::string utc_date(std::int64_t unix_seconds) {
    const auto days = unix_seconds >= 0 ? unix_seconds / 86400 : -((-unix_seconds + 86399) / 86400);
    return days_to_date(days);
}

std::optional<std::int64_t> parse_rfc3339(std::string_view t) {
    if (t.size() < 20) return std::nullopt;
    const auto days = date_to_days(t.substr(0, 10));
    if (!days || (t[10] != 'T' && t[10] != 't' && t[10] != ' ')) return std::nullopt;
    int hh = 0, mm = 0, ss = 0;
    if (!read_digits(t, 11, 2, hh) || t[13] != ':' || !read_digits(t, 14, 2, mm) || t[16] != ':' ||
        !read_digits(t, 17, 2, ss) || hh > 23 || mm > 59 || ss > 60) {
        return std::nullopt;
    }
    std::size_t at = 19;
    if (at < t.size() && t[at] == '.') {
        ++at;
        const auto start = at;
        while (at < t.size() && t[at] >= '0' && t[at] <= '9') ++at;
        if (at == start) return std::nullopt;
    }
    std::int64_t offset = 0;
    const auto zone = t.substr(at);
    if (zone == "Z" || zone == "z") {
        offset = 0;
    } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        int oh = 0, om = 0;
        if (!read_digits(zone, 1, 2, oh) || !read_digits(zone, 4, 2, om) || oh > 23 || om > 59) return std::nullopt;
        offset = (oh * 3600 + om * 60) * (zone[0] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    return *days * 86400 + hh * 3600 + mm * 60 + std::min(ss, 59) - offset;
}

Minutes assemble_minutes(const MinutesInput& input) {
    Minutes out = input.header;
    out.present.clear();
    out.absent.clear();
    out.excused.clear();
    out.not_recorded.clear();
    for (const auto& person : input.members) {
        const auto it = input.attendance.find(person.member_id);
        const std::string status = it == input.attendance.end() ? "" : it->second;
        auto& list = status == "present"   ? out.present
                     : status == "absent"  ? out.absent
                     : status == "excused" ? out.excused
                                           : out.not_recorded;
        list.push_back(person.name);
    }
    for (auto* list : {&out.present, &out.absent, &out.excused, &out.not_recorded}) std::ranges::sort(*list);

    out.items = input.agenda;
    for (auto& item : out.items) {
        item.notes.clear();
        for (const auto& note : input.notes) {
            if (note.agenda_item_id == item.agenda_item_id && !note.text.empty()) {
                item.notes.push_back({note.author, note.text});
            }
        }
        std::ranges::stable_sort(item.notes, {}, &MinutesNote::author);
    }
    out.decisions = input.decisions;
    out.action_items.clear();
    for (const auto& a : input.action_items) {
        out.action_items.push_back({a.id, a.title, a.owner_member_id ? a.owner_name : "", a.due_on, a.status});
    }
    std::ranges::stable_sort(out.action_items, [](const MinutesAction& a, const MinutesAction& b) {
        return std::tie(a.due_on, a.owner, a.title) < std::tie(b.due_on, b.owner, b.title);
    });
    return out;
}

FollowThrough follow_through(const std::vector<ActionItemFacts>& items, const std::string& today) {
    FollowThrough f;
    const auto today_days = date_to_days(today).value_or(0);
    std::vector<std::int64_t> lateness;  // items due so far
    for (const auto& item : items) {
        ++f.total;
        if (item.carry_overs > 0) {
            ++f.items_carried_over;
            f.carry_overs += item.carry_overs;
        }
        const auto due = date_to_days(item.due_on);
        if (item.status == "dropped") {
            ++f.dropped;
        } else if (item.status == "done") {
            ++f.done;
            const auto late = due ? std::max<std::int64_t>(0, days_or(item.done_on, *due) - *due) : 0;
            if (late == 0) {
                ++f.done_on_time;
            } else {
                ++f.done_late;
            }
            lateness.push_back(late);
        } else {
            ++f.open;
            if (item.status == "blocked") ++f.blocked;
            if (due && *due < today_days) {
                ++f.overdue;
                lateness.push_back(today_days - *due);
            }
        }
    }
    if (!lateness.empty()) {
        f.share_on_time = static_cast<double>(f.done_on_time) / static_cast<double>(lateness.size());
        std::ranges::sort(lateness);
        const auto n = lateness.size();
        f.median_days_late =
            n % 2 == 1 ? static_cast<double>(lateness[n / 2])
                       : (static_cast<double>(lateness[n / 2 - 1]) + static_cast<double>(lateness[n / 2])) / 2.0;
    }
    return f;
}

bool counts_in(std::string_view figure, const ActionItemFacts& item, const std::string& today) {
    if (figure == "total") return true;
    if (figure == "carried_over") return item.carry_overs > 0;
    const auto f = follow_through({item}, today);  // the one definition of each figure
    if (figure == "open") return f.open > 0;
    if (figure == "overdue") return f.overdue > 0;
    if (figure == "blocked") return f.blocked > 0;
    if (figure == "done") return f.done > 0;
    if (figure == "done_on_time") return f.done_on_time > 0;
    if (figure == "done_late") return f.done_late > 0;
    if (figure == "dropped") return f.dropped > 0;
    return false;
}

std::vector<Digest> select_digests(const std::vector<DigestItem>& open_items, const std::string& today,
                                   const std::set<std::string>& already_sent_today, int horizon_days) {
    const auto today_days = date_to_days(today).value_or(0);
    std::map<std::string, Digest> by_email;
    for (const auto& item : open_items) {
        if (already_sent_today.contains(item.email)) continue;
        const auto due = date_to_days(item.due_on);
        if (!due || *due > today_days + horizon_days) continue;
        auto& digest = by_email[item.email];
        digest.email = item.email;
        if (digest.name.empty()) digest.name = item.name;
        (*due < today_days ? digest.overdue : digest.due_soon).push_back(item);
    }
    std::vector<Digest> out;
    for (auto& [_, digest] : by_email) {
        for (auto* list : {&digest.overdue, &digest.due_soon}) {
            std::ranges::stable_sort(*list, [](const DigestItem& a, const DigestItem& b) {
                return std::tie(a.due_on, a.team, a.title) < std::tie(b.due_on, b.team, b.title);
            });
        }
        out.push_back(std::move(digest));
    }
    return out;
}

}  // namespace trellis::domain
