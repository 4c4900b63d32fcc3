#include "trellis/notify/mail_json.hpp"

#include <boost/json.hpp>

namespace trellis::notify {

namespace json = boost::json;

std::string mail_to_json(const MailMessage& m) {
    json::array attachments;
    for (const auto& a : m.attachments) {
        attachments.push_back(
            json::object{{"filename", a.filename}, {"content_type", a.content_type}, {"content", a.content}});
    }
    json::object headers;
    for (const auto& [name, value] : m.headers) headers[name] = value;
    return json::serialize(json::object{{"to", m.to},
                                        {"to_name", m.to_name},
                                        {"subject", m.subject},
                                        {"text", m.text},
                                        {"html", m.html ? json::value(*m.html) : json::value(nullptr)},
                                        {"attachments", std::move(attachments)},
                                        {"headers", std::move(headers)}});
}

std::string mail_record_json(const MailMessage& message) {
    // No headers either: the unsubscribe link is a token.
    return mail_to_json({message.to, message.to_name, message.subject, "", std::nullopt, {}, {}});
}

std::optional<MailMessage> mail_from_json(const std::string& text) {
    boost::system::error_code ec;
    const auto value = json::parse(text, ec);
    if (ec || !value.is_object()) return std::nullopt;
    const auto& o = value.as_object();
    const auto str = [&](const json::object& from, const char* key) -> std::optional<std::string> {
        const auto* v = from.if_contains(key);
        if (v == nullptr || !v->is_string()) return std::nullopt;
        return std::string(v->as_string());
    };
    MailMessage m;
    const auto to = str(o, "to");
    const auto subject = str(o, "subject");
    const auto body = str(o, "text");
    if (!to || !subject || !body) return std::nullopt;
    m.to = *to;
    m.to_name = str(o, "to_name").value_or("");
    m.subject = *subject;
    m.text = *body;
    m.html = str(o, "html");
    if (const auto* list = o.if_contains("attachments"); list != nullptr && list->is_array()) {
        for (const auto& item : list->as_array()) {
            if (!item.is_object()) return std::nullopt;
            const auto filename = str(item.as_object(), "filename");
            const auto type = str(item.as_object(), "content_type");
            const auto content = str(item.as_object(), "content");
            if (!filename || !type || !content) return std::nullopt;
            m.attachments.push_back({*filename, *type, *content});
        }
    }
    if (const auto* fields = o.if_contains("headers"); fields != nullptr && fields->is_object()) {
        for (const auto& [name, value] : fields->as_object()) {
            if (value.is_string()) m.headers.emplace_back(std::string(name), std::string(value.as_string()));
        }
    }
    return m;
}

}  // namespace trellis::notify
