#include "trellis/notify/mail_json.hpp"

#include <gtest/gtest.h>

using namespace trellis::notify;

TEST(MailJson, RoundTripsEveryPart) {
    MailMessage m{"ana@district.example",
                  "Ana López",
                  "Actas / Minutes",
                  "texto\r\nline",
                  std::string("<p>hola</p>"),
                  {{"invite.ics", "text/calendar; method=REQUEST", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"}}};
    const auto back = mail_from_json(mail_to_json(m));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->to, m.to);
    EXPECT_EQ(back->to_name, m.to_name);
    EXPECT_EQ(back->subject, m.subject);
    EXPECT_EQ(back->text, m.text);
    EXPECT_EQ(back->html, m.html);
    ASSERT_EQ(back->attachments.size(), 1u);
    EXPECT_EQ(back->attachments[0].content, m.attachments[0].content);
}

TEST(MailJson, RefusesWhatIsNotAMessage) {
    EXPECT_FALSE(mail_from_json("not json").has_value());
    EXPECT_FALSE(mail_from_json(R"({"to":"a@b.org"})").has_value());
    EXPECT_FALSE(mail_from_json(R"({"to":"a@b.org","subject":"s","text":"t","attachments":[1]})").has_value());
}
