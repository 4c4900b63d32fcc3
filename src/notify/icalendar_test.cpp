#include "trellis/notify/icalendar.hpp"

#include <gtest/gtest.h>

using namespace trellis::notify;

TEST(ICalendar, EscapesText) {
    EXPECT_EQ(ical_escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    EXPECT_EQ(ical_escape("line\r\nnext"), "line\\nnext");
}

TEST(ICalendar, FoldsAt75OctetsWithoutSplittingUtf8) {
    const std::string ascii(200, 'x');
    const auto folded = ical_fold(ascii);
    std::size_t start = 0;
    while (start < folded.size()) {
        const auto end = folded.find("\r\n", start);
        ASSERT_NE(end, std::string::npos);
        EXPECT_LE(end - start, 75u);
        start = end + 2;
    }
    // "é" is two octets; a line of them must break between characters.
    std::string accents = "SUMMARY:";
    for (int i = 0; i < 60; ++i) accents += "é";
    const auto f = ical_fold(accents);
    std::string unfolded;
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        unfolded += f[i];
    }
    EXPECT_EQ(unfolded, accents + "\r\n");
    const auto first_break = f.find("\r\n");
    EXPECT_LE(first_break, 75u);
    EXPECT_NE(static_cast<unsigned char>(f[first_break + 3]) & 0xC0, 0x80);  // continuation starts a character
    EXPECT_EQ(ical_fold("short"), "short\r\n");
}

TEST(ICalendar, WritesARequestWithTheRequiredProperties) {
    CalendarEvent e;
    e.uid = "meeting-7@trellis";
    e.dtstamp = 0;
    e.starts_at = 3600;
    e.ends_at = 7200;
    e.sequence = 2;
    e.summary = "Plan, review; decide";
    e.organizer = CalendarPerson{"Elena Martínez", "lead@x.example"};
    e.attendees = {{"Tom, Jr.", "tom@x.example"}};
    const auto text = write_calendar({e}, "REQUEST");
    EXPECT_NE(text.find("METHOD:REQUEST\r\n"), std::string::npos);
    EXPECT_NE(text.find("UID:meeting-7@trellis\r\n"), std::string::npos);
    EXPECT_NE(text.find("DTSTAMP:19700101T000000Z\r\n"), std::string::npos);
    EXPECT_NE(text.find("DTSTART:19700101T010000Z\r\n"), std::string::npos);
    EXPECT_NE(text.find("SEQUENCE:2\r\n"), std::string::npos);
    EXPECT_NE(text.find("SUMMARY:Plan\\, review\\; decide\r\n"), std::string::npos);
    EXPECT_NE(text.find("ORGANIZER;CN=Elena Martínez:mailto:lead@x.example\r\n"), std::string::npos);
    EXPECT_NE(text.find("ATTENDEE;CN=\"Tom, Jr.\";"), std::string::npos);
    EXPECT_TRUE(text.ends_with("END:VCALENDAR\r\n"));
    CalendarEvent day;
    day.uid = "a";
    day.all_day = "2026-12-31";
    const auto feed = write_calendar({day}, "");
    EXPECT_EQ(feed.find("METHOD"), std::string::npos);
    EXPECT_NE(feed.find("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"), std::string::npos);
}
