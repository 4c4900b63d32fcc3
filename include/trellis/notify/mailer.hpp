#pragma once
// Outgoing e-mail. Production and tests use real SMTP through libcurl (tests run Debian's aiosmtpd as a sink).
#include <expected>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace trellis::notify {

struct MailAttachment {
    std::string filename;      // e.g. "invite.ics"
    std::string content_type;  // e.g. "text/calendar; method=REQUEST; charset=UTF-8"
    std::string content;
};

struct MailMessage {
    std::string to;       // address
    std::string to_name;  // display name, may be empty
    std::string subject;  // UTF-8; encoded per RFC 2047 when not ASCII
    std::string text;     // plain-text body (always present)
    std::optional<std::string> html;
    std::vector<MailAttachment> attachments;
    // Further header fields (List-Unsubscribe, List-Unsubscribe-Post): name and a single-line value.
    std::vector<std::pair<std::string, std::string>> headers;
};

class Mailer {
public:
    virtual ~Mailer() = default;
    // Sends one message; an error value says what failed (connection refused, recipient rejected, ...).
    virtual std::expected<void, std::string> send(const MailMessage& message) = 0;
    // Whether messages reach their recipients. Only then does e-mail prove that a person holds an address, so
    // one-time links (invitations) are shown to no one else.
    [[nodiscard]] virtual bool delivers() const { return true; }
};

// smtp_url like "smtp://127.0.0.1:2525" (smtps:// for TLS); from_address like "trellis@district.example".
std::unique_ptr<Mailer> make_smtp_mailer(std::string smtp_url, std::string from_address);
// Used when no SMTP server is configured: logs recipient and subject only (bodies may hold one-time links).
std::unique_ptr<Mailer> make_log_mailer();

// The RFC 5322 message (headers, MIME multipart/alternative + attachments, CRLF line ends) that the SMTP
// mailer sends; exposed for unit tests.
std::string render_mime(const MailMessage& message, const std::string& from_address, const std::string& message_id);

}  // namespace trellis::notify
