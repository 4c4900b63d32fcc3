#include "trellis/notify/unsubscribe.hpp"

#include <gtest/gtest.h>

#include "trellis/notify/mail_json.hpp"

using namespace trellis;
using namespace trellis::notify;

TEST(Unsubscribe, HeadersAndAVisibleLinkInTheReadersLanguage) {
    MailMessage m{"ana@district.example", "Ana", "Acta: Reunión", "cuerpo\n", std::string("<p>cuerpo</p>"), {}, {}};
    add_unsubscribe(m, domain::MailKind::minutes, domain::Language::es, "https://t.example/api/v1/unsubscribe/TOK",
                    "https://t.example/unsubscribe/TOK");
    const auto mime = render_mime(m, "trellis@t.example", "id@t.example");
    EXPECT_NE(mime.find("List-Unsubscribe: <https://t.example/api/v1/unsubscribe/TOK>\r\n"), std::string::npos);
    EXPECT_NE(mime.find("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"), std::string::npos);
    EXPECT_NE(m.text.find("Dejar de recibir actas por correo: https://t.example/unsubscribe/TOK"), std::string::npos);
    EXPECT_NE(m.html->find("href=\"https://t.example/unsubscribe/TOK\""), std::string::npos);
    // The outbox keeps the headers while the message waits, and drops them (a token) once it is sent.
    EXPECT_EQ(mail_from_json(mail_to_json(m))->headers, m.headers);
    EXPECT_TRUE(mail_from_json(mail_record_json(m))->headers.empty());
}

TEST(Unsubscribe, AHeaderNameCannotInjectLines) {
    MailMessage m{"a@b.example", "", "s", "t", std::nullopt, {}, {{"Bad\r\nBcc", "x"}, {"X-Ok", "a\r\nBcc: y"}}};
    const auto mime = render_mime(m, "f@b.example", "id@b.example");
    EXPECT_EQ(mime.find("Bcc"), mime.find("Bcc: y"));  // only inside the folded-to-one-line value
    EXPECT_NE(mime.find("X-Ok: a  Bcc: y\r\n"), std::string::npos);
}
