#include "trellis/notify/mailer.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sodium.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

extern char** environ;

namespace trellis::notify {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

std::string header_value(const std::string& mime, const std::string& name) {
    const auto p = mime.find("\r\n" + name + ": ");
    const auto start =
        mime.starts_with(name + ": ") ? name.size() + 2 : (p == std::string::npos ? p : p + name.size() + 4);
    if (start == std::string::npos) return {};
    std::string value;
    std::size_t pos = start;
    for (;;) {  // unfold continuation lines
        const auto end = mime.find("\r\n", pos);
        value += mime.substr(pos, end - pos);
        if (end + 2 < mime.size() && (mime[end + 2] == ' ' || mime[end + 2] == '\t')) {
            pos = end + 2;
            continue;
        }
        return value;
    }
}

std::string b64decode(const std::string& text) {
    std::string out(text.size(), '\0');
    std::size_t len = 0;
    EXPECT_EQ(sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(),
                                "\r\n", &len, nullptr, sodium_base64_VARIANT_ORIGINAL),
              0);
    out.resize(len);
    return out;
}

// Decodes a run of RFC 2047 B-encoded words (as folded by render_mime).
std::string decode_words(const std::string& value) {
    std::string out;
    std::size_t pos = 0;
    while ((pos = value.find("=?UTF-8?B?", pos)) != std::string::npos) {
        const auto end = value.find("?=", pos + 10);
        out += b64decode(value.substr(pos + 10, end - pos - 10));
        pos = end + 2;
    }
    return out;
}

std::string boundary_of(const std::string& content_type) {
    const auto p = content_type.find("boundary=\"");
    return content_type.substr(p + 10, content_type.find('"', p + 10) - p - 10);
}

void expect_wellformed_lines(const std::string& mime) {
    for (std::size_t i = 0; i < mime.size(); ++i) {
        if (mime[i] == '\n') {
            ASSERT_TRUE(i > 0 && mime[i - 1] == '\r') << "bare LF at " << i;
        }
        if (mime[i] == '\r') {
            ASSERT_TRUE(i + 1 < mime.size() && mime[i + 1] == '\n') << "bare CR at " << i;
        }
    }
    std::istringstream lines(mime);
    std::string line;
    while (std::getline(lines, line)) EXPECT_LE(line.size(), 79U) << line;  // 78 + the CR
}

TEST(MailerTest, PlainTextMessage) {
    MailMessage m;
    m.to = "ana@example.org";
    m.to_name = "Ana \"the\" Lead";
    m.subject = "Your invitation";
    m.text = "Hello Ana,\nfollow https://trellis.example/invite?token=abc=def\n";
    const auto mime = render_mime(m, "trellis@district.example", "abc123@district.example");
    expect_wellformed_lines(mime);
    EXPECT_TRUE(mime.starts_with("Date: "));
    EXPECT_EQ(header_value(mime, "From"), "<trellis@district.example>");
    EXPECT_EQ(header_value(mime, "To"), "\"Ana \\\"the\\\" Lead\" <ana@example.org>");
    EXPECT_EQ(header_value(mime, "Subject"), "Your invitation");
    EXPECT_EQ(header_value(mime, "Message-ID"), "<abc123@district.example>");
    EXPECT_EQ(header_value(mime, "MIME-Version"), "1.0");
    EXPECT_EQ(header_value(mime, "Content-Type"), "text/plain; charset=UTF-8");
    EXPECT_EQ(header_value(mime, "Content-Transfer-Encoding"), "quoted-printable");
    EXPECT_NE(mime.find("\r\n\r\nHello Ana,\r\nfollow https://trellis.example/invite?token=3Dabc=3Ddef\r\n"),
              std::string::npos)
        << mime;
}

TEST(MailerTest, NonAsciiHeadersUseRfc2047AndNoInjection) {
    MailMessage m;
    m.to = "jose@example.org";
    m.to_name = "José Núñez";
    m.subject = "Invitación al equipo «Álgebra» — écoles, 数学チーム, a long subject that must be split";
    m.text = "x";
    const auto mime = render_mime(m, "t@d.example", "id@d.example");
    expect_wellformed_lines(mime);
    const auto subject = header_value(mime, "Subject");
    EXPECT_TRUE(subject.starts_with("=?UTF-8?B?"));
    EXPECT_EQ(decode_words(subject), m.subject);
    EXPECT_EQ(decode_words(header_value(mime, "To")), "José Núñez");
    EXPECT_TRUE(header_value(mime, "To").ends_with(" <jose@example.org>"));

    m.subject = "Hi\r\nBcc: victim@example.org";
    const auto injected = render_mime(m, "t@d.example", "id@d.example");
    EXPECT_EQ(injected.find("\r\nBcc:"), std::string::npos);
}

TEST(MailerTest, QuotedPrintableSoftBreaksAndEscapes) {
    MailMessage m;
    m.to = "a@example.org";
    m.subject = "s";
    m.text = std::string(200, 'a') + " é = end \nnext";
    const auto mime = render_mime(m, "t@d.example", "id@d.example");
    expect_wellformed_lines(mime);
    EXPECT_NE(mime.find("=\r\n"), std::string::npos);
    EXPECT_NE(mime.find("=C3=A9 =3D end=20\r\nnext\r\n"), std::string::npos) << mime;
}

TEST(MailerTest, AlternativeAndAttachmentsInMixed) {
    MailMessage m;
    m.to = "a@example.org";
    m.subject = "Meeting";
    m.text = "plain";
    m.html = "<p>html</p>";
    const std::string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + std::string(300, 'X') + "\r\nEND:VCALENDAR\r\n";
    m.attachments.push_back({"invite.ics", "text/calendar; method=REQUEST; charset=UTF-8", ics});
    const auto mime = render_mime(m, "t@d.example", "id@d.example");
    expect_wellformed_lines(mime);
    const auto mixed = header_value(mime, "Content-Type");
    ASSERT_TRUE(mixed.starts_with("multipart/mixed; boundary=\"")) << mixed;  // unfolded
    const auto outer = boundary_of(mixed);
    EXPECT_NE(mime.find("\r\n--" + outer + "--\r\n"), std::string::npos);

    const auto alt_pos = mime.find("Content-Type: multipart/alternative;\r\n boundary=\"");
    ASSERT_NE(alt_pos, std::string::npos);
    const auto inner = boundary_of(mime.substr(alt_pos, 200));
    ASSERT_NE(inner, outer);
    const auto plain_pos = mime.find("--" + inner + "\r\nContent-Type: text/plain; charset=UTF-8");
    const auto html_pos = mime.find("--" + inner + "\r\nContent-Type: text/html; charset=UTF-8");
    const auto inner_end = mime.find("--" + inner + "--\r\n");
    const auto attach_pos = mime.find(
        "--" + outer + "\r\nContent-Type: text/calendar; method=REQUEST; charset=UTF-8;\r\n name=\"invite.ics\"");
    ASSERT_NE(plain_pos, std::string::npos);
    ASSERT_NE(attach_pos, std::string::npos) << mime;
    EXPECT_LT(alt_pos, plain_pos);
    EXPECT_LT(plain_pos, html_pos);
    EXPECT_LT(html_pos, inner_end);
    EXPECT_LT(inner_end, attach_pos);
    EXPECT_NE(mime.find("Content-Disposition: attachment;\r\n filename=\"invite.ics\""), std::string::npos);

    const auto body_start = mime.find("\r\n\r\n", attach_pos) + 4;
    const auto body_end = mime.find("\r\n--" + outer + "--", body_start);
    EXPECT_EQ(b64decode(mime.substr(body_start, body_end - body_start)), ics);
}

// A real SMTP round trip through Debian's aiosmtpd, started on a free port.
class MailerSmtpTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!fs::exists("/usr/bin/python3")) GTEST_SKIP() << "/usr/bin/python3 missing";
        dir_ = fs::temp_directory_path() / ("trellis-mail-" + std::to_string(std::random_device{}()));
        for (const char* sub : {"tmp", "new", "cur"}) fs::create_directories(dir_ / sub);  // a Maildir
        port_ = free_port();
        const std::string listen = "127.0.0.1:" + std::to_string(port_);
        const std::string dir = dir_.string();
        std::vector<const char*> argv{
            "/usr/bin/python3",          "-m",        "aiosmtpd", "-n", "-l", listen.c_str(), "-c",
            "aiosmtpd.handlers.Mailbox", dir.c_str(), nullptr};
        ASSERT_EQ(posix_spawn(&pid_, argv[0], nullptr, nullptr, const_cast<char* const*>(argv.data()), environ), 0);
        for (int i = 0; i < 100 && !listening(); ++i) std::this_thread::sleep_for(50ms);
        ASSERT_TRUE(listening()) << "aiosmtpd did not start (python3-aiosmtpd installed?)";
    }
    void TearDown() override {
        if (pid_ > 0) {
            kill(pid_, SIGTERM);
            int status = 0;
            waitpid(pid_, &status, 0);
        }
        if (!dir_.empty()) fs::remove_all(dir_);
    }
    static unsigned short free_port() {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        socklen_t len = sizeof addr;
        getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
        close(fd);
        return ntohs(addr.sin_port);
    }
    bool listening() const {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port_);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
        close(fd);
        return ok;
    }
    fs::path dir_;
    unsigned short port_ = 0;
    pid_t pid_ = -1;
};

TEST_F(MailerSmtpTest, DeliversMessageWithAttachment) {
    auto mailer = make_smtp_mailer("smtp://127.0.0.1:" + std::to_string(port_), "trellis@district.example");
    MailMessage m;
    m.to = "lead@school.example";
    m.to_name = "Team Lead";
    m.subject = "Network meeting on Tuesday";
    m.text = "See the attached invitation.\n.\nA line with a lone dot above.";
    m.html = "<p>See the attached invitation.</p>";
    m.attachments.push_back({"invite.ics", "text/calendar; method=REQUEST; charset=UTF-8",
                             "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"});
    auto sent = mailer->send(m);
    ASSERT_TRUE(sent) << sent.error();

    std::string delivered;
    for (int i = 0; i < 100 && delivered.empty(); ++i) {
        if (fs::exists(dir_ / "new")) {
            for (const auto& entry : fs::directory_iterator(dir_ / "new")) {
                std::ifstream in(entry.path(), std::ios::binary);
                delivered.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
            }
        }
        if (delivered.empty()) std::this_thread::sleep_for(50ms);
    }
    ASSERT_FALSE(delivered.empty()) << "no message in " << (dir_ / "new");
    EXPECT_NE(delivered.find("Subject: Network meeting on Tuesday"), std::string::npos);
    EXPECT_NE(delivered.find("filename=\"invite.ics\""), std::string::npos);
    EXPECT_NE(delivered.find("QkVHSU46VkNBTEVOREFSDQpWRVJTSU9OOjIuMA0KRU5EOlZDQUxFTkRBUg0K"), std::string::npos)
        << delivered;
    EXPECT_NE(delivered.find("\n.\n"), std::string::npos);  // curl dot-stuffed, the server un-stuffed
}

TEST(MailerTest, ConnectionRefusedIsAnError) {
    auto mailer = make_smtp_mailer("smtp://127.0.0.1:1", "t@d.example");
    MailMessage m;
    m.to = "a@example.org";
    m.subject = "s";
    m.text = "t";
    auto sent = mailer->send(m);
    ASSERT_FALSE(sent);
    EXPECT_FALSE(sent.error().empty());
    EXPECT_TRUE(make_log_mailer()->send(m));
}

// Invitation links are shown to the inviter only when no mail reaches anyone.
TEST(MailerTest, OnlyTheSmtpMailerDelivers) {
    EXPECT_TRUE(make_smtp_mailer("smtp://127.0.0.1:1", "t@d.example")->delivers());
    EXPECT_FALSE(make_log_mailer()->delivers());
}

}  // namespace
}  // namespace trellis::notify
