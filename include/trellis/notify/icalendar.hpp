#pragma once
// A small iCalendar (RFC 5545) writer for meeting invitations (iTIP methods REQUEST and CANCEL, RFC 5546) and
// personal feeds. Written here rather than with libical: Trellis only writes a handful of properties, never
// parses, and the text rules that matter (escaping, folding at 75 octets without splitting UTF-8, CRLF) fit in a
// page that is unit-tested and checked by a real parser (python3-icalendar) in the black-box tests.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trellis::notify {

struct CalendarPerson {
    std::string name;
    std::string email;
};

struct CalendarEvent {
    std::string uid;
    std::int64_t dtstamp = 0;
    std::int64_t starts_at = 0;  // Unix seconds, written in UTC
    std::int64_t ends_at = 0;
    std::optional<std::string> all_day;  // YYYY-MM-DD: an all-day event instead of starts_at/ends_at
    int sequence = 0;
    std::string summary;
    std::string description;
    std::string location;
    std::string url;
    bool cancelled = false;  // STATUS:CANCELLED
    std::optional<CalendarPerson> organizer;
    std::vector<CalendarPerson> attendees;
};

// TEXT value escaping: backslash, semicolon, comma and newline.
std::string ical_escape(std::string_view text);
// One content line folded at 75 octets (never inside a UTF-8 sequence), each line ending CRLF.
std::string ical_fold(std::string_view line);
// VCALENDAR with METHOD (REQUEST, CANCEL) when `method` is not empty; a feed has none.
std::string write_calendar(const std::vector<CalendarEvent>& events, std::string_view method,
                           std::string_view calendar_name = "");

}  // namespace trellis::notify
