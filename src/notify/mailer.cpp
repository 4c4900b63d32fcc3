#include "trellis/notify/mailer.hpp"

#include <curl/curl.h>
#include <fmt/chrono.h>
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <array>
#include <cctype>
#include <cstring>
#include <ctime>
#include <mutex>
#include <string_view>

namespace trellis::notify {
namespace {

constexpr std::string_view crlf = "\r\n";

bool is_ascii_printable(std::string_view s) {
    for (unsigned char c : s) {
        if (c < 0x20 || c > 0x7e) return false;
    }
    return true;
}

// Header values must never carry line breaks (header injection).
std::string single_line(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) out += (c == '\r' || c == '\n' || c == '\0') ? ' ' : c;
    return out;
}

std::string base64(std::string_view data) {
    if (data.empty()) return {};
    std::string out(sodium_base64_encoded_len(data.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

// Base64 in lines of 76 characters, each ended by CRLF.
std::string base64_lines(std::string_view data) {
    const std::string encoded = base64(data);
    std::string out;
    out.reserve(encoded.size() + encoded.size() / 38 + 2);
    for (std::size_t i = 0; i < encoded.size(); i += 76) {
        out.append(encoded, i, 76);
        out += crlf;
    }
    if (out.empty()) out = crlf;
    return out;
}

// Quoted-printable (RFC 2045 6.7): line breaks become CRLF, lines are at most 76 characters.
std::string quoted_printable(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t line_length = 0;
    auto emit = [&](std::string_view piece) {
        if (line_length + piece.size() > 75) {  // leave room for the soft break "="
            out += "=\r\n";
            line_length = 0;
        }
        out += piece;
        line_length += piece.size();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF handled at '\n'
        if (c == '\n' || c == '\r') {
            out += crlf;
            line_length = 0;
            continue;
        }
        const bool at_line_end = i + 1 == text.size() || text[i + 1] == '\n' || text[i + 1] == '\r';
        const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !at_line_end);
        if (literal) {
            const char ch = static_cast<char>(c);
            emit(std::string_view(&ch, 1));
        } else {
            const char escaped[3] = {'=', hex[c >> 4], hex[c & 15]};
            emit(std::string_view(escaped, 3));
        }
    }
    if (!out.ends_with(crlf)) out += crlf;
    return out;
}

// RFC 2047 B-encoded words of at most 75 characters, split on UTF-8 character boundaries, folded with CRLF SP.
std::string encoded_words(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.size(), start + 39);  // 39 bytes -> 52 base64 chars + 12 = 64
        while (end < text.size() && end > start + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        if (!out.empty()) out += "\r\n ";
        out += "=?UTF-8?B?" + base64(text.substr(start, end - start)) + "?=";
        start = end;
    }
    return out;
}

// An unstructured header value (Subject): plain when printable ASCII, folded at spaces; else RFC 2047.
std::string unstructured(std::string_view name, std::string_view value) {
    if (!is_ascii_printable(value)) return encoded_words(value);
    std::string out;
    std::size_t line_length = name.size() + 2;
    std::size_t start = 0;
    while (start < value.size()) {
        std::size_t space = value.find(' ', start + 1);
        if (space == std::string_view::npos) space = value.size();
        const std::string_view word = value.substr(start, space - start);  // includes its leading space
        if (line_length + word.size() > 78 && !out.empty() && word.front() == ' ') {
            out += crlf;  // fold before the space: the space starts the continuation line
            line_length = 0;
        }
        out += word;
        line_length += word.size();
        start = space;
    }
    return out;
}

// A display name: quoted string when printable ASCII, else RFC 2047 encoded words.
std::string display_name(std::string_view name) {
    if (!is_ascii_printable(name)) return encoded_words(name);
    std::string out = "\"";
    for (char c : name) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// {fmt} writes day and month names in the classic locale whatever the process locale is, as RFC 5322 needs.
std::string rfc5322_date() { return fmt::format("{:%a, %d %b %Y %H:%M:%S} +0000", fmt::gmtime(std::time(nullptr))); }

std::string random_hex(std::size_t bytes) {
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    std::string hex(bytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
    hex.pop_back();
    return hex;
}

// "=_" cannot occur in quoted-printable or base64 output, so the boundary never collides with content.
std::string make_boundary() { return "=_trellis_" + random_hex(12); }

std::string text_part(std::string_view subtype, std::string_view body) {
    std::string out = "Content-Type: text/";
    out += subtype;
    out += "; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
    out += quoted_printable(body);
    return out;
}

// RFC 2231 filename*= for non-ASCII names; a quoted filename= otherwise.
std::string filename_parameter(std::string_view name, std::string_view parameter) {
    std::string clean = single_line(name);
    if (is_ascii_printable(clean)) {
        std::string quoted;
        for (char c : clean) {
            if (c == '"' || c == '\\') quoted += '\\';
            quoted += c;
        }
        return std::string(parameter) + "=\"" + quoted + "\"";
    }
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out = std::string(parameter) + "*=UTF-8''";
    for (unsigned char c : clean) {
        if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string attachment_part(const MailAttachment& attachment) {
    std::string type =
        single_line(attachment.content_type.empty() ? "application/octet-stream" : attachment.content_type);
    std::string out = "Content-Type: " + type + ";\r\n " + filename_parameter(attachment.filename, "name") + "\r\n";
    out += "Content-Disposition: attachment;\r\n " + filename_parameter(attachment.filename, "filename") + "\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += base64_lines(attachment.content);
    return out;
}

std::string multipart(std::string_view subtype, const std::vector<std::string>& parts, std::string& header_out) {
    const std::string boundary = make_boundary();
    header_out = "Content-Type: multipart/" + std::string(subtype) + ";\r\n boundary=\"" + boundary + "\"\r\n";
    std::string out;
    for (const auto& part : parts) {
        out += "--" + boundary + "\r\n";
        out += part;
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

// Splits a rendered entity into its header block (with CRLF) and body.
std::pair<std::string, std::string> split_entity(const std::string& entity) {
    const auto end = entity.find("\r\n\r\n");
    return {entity.substr(0, end + 2), entity.substr(end + 4)};
}

void global_init_once() {
    static std::once_flag once;
    std::call_once(once, [] {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        if (sodium_init() < 0) spdlog::critical("mailer: sodium_init failed");
    });
}

struct UploadState {
    std::string_view data;
    std::size_t offset = 0;
};

std::size_t read_callback(char* buffer, std::size_t size, std::size_t items, void* user) {
    auto* state = static_cast<UploadState*>(user);
    const std::size_t n = std::min(size * items, state->data.size() - state->offset);
    std::memcpy(buffer, state->data.data() + state->offset, n);
    state->offset += n;
    return n;
}

class SmtpMailer final : public Mailer {
public:
    SmtpMailer(std::string url, std::string from) : url_(std::move(url)), from_(std::move(from)) {
        const auto at = from_.rfind('@');
        domain_ = at == std::string::npos ? "localhost" : from_.substr(at + 1);
    }

    std::expected<void, std::string> send(const MailMessage& message) override {
        if (message.to.empty() || single_line(message.to) != message.to ||
            message.to.find_first_of("<> ") != std::string::npos)
            return std::unexpected("invalid recipient address");
        const std::string message_id = random_hex(16) + "@" + domain_;
        const std::string data = render_mime(message, from_, message_id);

        CURL* curl = curl_easy_init();
        if (curl == nullptr) return std::unexpected("curl_easy_init failed");
        std::array<char, CURL_ERROR_SIZE> error{};
        const std::string mail_from = "<" + from_ + ">";
        const std::string rcpt = "<" + message.to + ">";
        curl_slist* recipients = curl_slist_append(nullptr, rcpt.c_str());
        UploadState upload{data, 0};
        curl_easy_setopt(curl, CURLOPT_URL, url_.c_str());
        curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mail_from.c_str());
        curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_callback);
        curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(data.size()));
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));  // STARTTLS when offered
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error.data());
        const CURLcode rc = curl_easy_perform(curl);
        long smtp_code = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &smtp_code);
        curl_slist_free_all(recipients);
        curl_easy_cleanup(curl);
        if (rc != CURLE_OK) {
            std::string what = error[0] != '\0' ? error.data() : curl_easy_strerror(rc);
            if (smtp_code != 0) what += " (SMTP " + std::to_string(smtp_code) + ")";
            spdlog::warn("mailer: sending to {} failed: {}", message.to, what);
            return std::unexpected(what);
        }
        spdlog::info("mailer: sent <{}> to {}", message_id, message.to);
        return {};
    }

private:
    std::string url_;
    std::string from_;
    std::string domain_;
};

class LogMailer final : public Mailer {
public:
    [[nodiscard]] bool delivers() const override { return false; }
    std::expected<void, std::string> send(const MailMessage& message) override {
        // Bodies may hold one-time links: only the recipient and subject are logged.
        spdlog::info("mailer: no SMTP server configured; not sending \"{}\" to {}", single_line(message.subject),
                     single_line(message.to));
        return {};
    }
};

}  // namespace

std::string render_mime(const MailMessage& message, const std::string& from_address, const std::string& message_id) {
    global_init_once();
    std::string headers;
    headers += "Date: " + rfc5322_date() + "\r\n";
    headers += "From: <" + single_line(from_address) + ">\r\n";
    const std::string to = single_line(message.to);
    if (message.to_name.empty()) {
        headers += "To: <" + to + ">\r\n";
    } else {
        headers += "To: " + display_name(single_line(message.to_name)) + " <" + to + ">\r\n";
    }
    headers += "Subject: " + unstructured("Subject", single_line(message.subject)) + "\r\n";
    std::string id = single_line(message_id);
    if (!id.starts_with('<')) id = "<" + id + ">";
    headers += "Message-ID: " + id + "\r\n";
    for (const auto& [name, value] : message.headers) {
        if (name.empty() || name.find_first_of(": \r\n") != std::string::npos) continue;
        headers += name + ": " + single_line(value) + "\r\n";
    }
    headers += "MIME-Version: 1.0\r\n";

    // The body entity: text alone, or text + html as multipart/alternative.
    std::string body_entity;
    if (message.html) {
        std::string alt_header;
        std::string alt_body =
            multipart("alternative", {text_part("plain", message.text), text_part("html", *message.html)}, alt_header);
        body_entity = alt_header + "\r\n" + alt_body;
    } else {
        body_entity = text_part("plain", message.text);
    }

    std::string out;
    if (message.attachments.empty()) {
        auto [entity_headers, entity_body] = split_entity(body_entity);
        out = headers + entity_headers + "\r\n" + entity_body;
    } else {
        std::vector<std::string> parts{body_entity};
        for (const auto& attachment : message.attachments) parts.push_back(attachment_part(attachment));
        std::string mixed_header;
        std::string mixed_body = multipart("mixed", parts, mixed_header);
        out = headers + mixed_header + "\r\n" + mixed_body;
    }
    return out;
}

std::unique_ptr<Mailer> make_smtp_mailer(std::string smtp_url, std::string from_address) {
    global_init_once();
    return std::make_unique<SmtpMailer>(std::move(smtp_url), std::move(from_address));
}

std::unique_ptr<Mailer> make_log_mailer() { return std::make_unique<LogMailer>(); }

}  // namespace trellis::notify
