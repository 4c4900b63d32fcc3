#include "trellis/notify/icalendar.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <ctime>

namespace trellis::notify {

namespace {

std::string utc_stamp(std::int64_t unix_seconds) {
    return fmt::format("{:%Y%m%dT%H%M%SZ}", fmt::gmtime(static_cast<std::time_t>(unix_seconds)));
}

std::string compact_date(std::string_view yyyy_mm_dd) {
    std::string out;
    for (const char c : yyyy_mm_dd) {
        if (c != '-') out += c;
    }
    return out;
}

std::string next_day(std::string_view yyyy_mm_dd) {
    std::tm tm{};
    tm.tm_year = std::stoi(std::string(yyyy_mm_dd.substr(0, 4))) - 1900;
    tm.tm_mon = std::stoi(std::string(yyyy_mm_dd.substr(5, 2))) - 1;
    tm.tm_mday = std::stoi(std::string(yyyy_mm_dd.substr(8, 2))) + 1;
    tm.tm_hour = 12;
    return fmt::format("{:%Y%m%d}", fmt::gmtime(timegm(&tm)));  // timegm carries day 32 into the next month
}

// Parameter values with characters that need quoting (":", ";", ",") are quoted; quotes are not allowed.
std::string param_value(std::string_view value) {
    std::string clean;
    for (const char c : value) {
        if (c != '"' && c != '\r' && c != '\n') clean += c;
    }
    if (clean.find_first_of(":;,") != std::string::npos) return "\"" + clean + "\"";
    return clean;
}

std::string person(std::string_view property, const CalendarPerson& p, std::string_view extra) {
    std::string line(property);
    if (!p.name.empty()) line += ";CN=" + param_value(p.name);
    line += extra;
    line += ":mailto:" + p.email;
    return ical_fold(line);
}

}  // namespace

std::string ical_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case ';':
                out += "\\;";
                break;
            case ',':
                out += "\\,";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') break;
                out += "\\n";
                break;
            default:
                // Other control characters are not allowed in TEXT.
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t') break;
                out += c;
        }
    }
    return out;
}

std::string ical_fold(std::string_view line) {
    std::string out;
    std::size_t limit = 75;  // octets on the first line; continuation lines start with a space, so 74 more
    while (line.size() > limit) {
        std::size_t cut = limit;
        // Never split a UTF-8 sequence: back up to the start of the character.
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = 74;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string write_calendar(const std::vector<CalendarEvent>& events, std::string_view method,
                           std::string_view calendar_name) {
    std::string out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Trellis//Meetings//EN\r\nCALSCALE:GREGORIAN\r\n";
    if (!method.empty()) out += fmt::format("METHOD:{}\r\n", method);
    if (!calendar_name.empty()) out += ical_fold("X-WR-CALNAME:" + ical_escape(calendar_name));
    for (const auto& e : events) {
        out += "BEGIN:VEVENT\r\n";
        out += ical_fold("UID:" + e.uid);
        out += "DTSTAMP:" + utc_stamp(e.dtstamp) + "\r\n";
        if (e.all_day) {
            out += "DTSTART;VALUE=DATE:" + compact_date(*e.all_day) + "\r\n";
            out += "DTEND;VALUE=DATE:" + next_day(*e.all_day) + "\r\n";
            out += "TRANSP:TRANSPARENT\r\n";
        } else {
            out += "DTSTART:" + utc_stamp(e.starts_at) + "\r\n";
            out += "DTEND:" + utc_stamp(e.ends_at) + "\r\n";
        }
        out += fmt::format("SEQUENCE:{}\r\n", e.sequence);
        out += ical_fold("SUMMARY:" + ical_escape(e.summary));
        if (!e.description.empty()) out += ical_fold("DESCRIPTION:" + ical_escape(e.description));
        if (!e.location.empty()) out += ical_fold("LOCATION:" + ical_escape(e.location));
        if (!e.url.empty()) out += ical_fold("URL:" + e.url);
        out += e.cancelled ? "STATUS:CANCELLED\r\n" : "STATUS:CONFIRMED\r\n";
        if (e.organizer) out += person("ORGANIZER", *e.organizer, "");
        for (const auto& a : e.attendees) {
            out += person("ATTENDEE", a, ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE");
        }
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

}  // namespace trellis::notify
