#include "trellis/notify/unsubscribe.hpp"

#include <fmt/format.h>

#include "trellis/notify/html.hpp"

namespace trellis::notify {

namespace {

struct Footer {
    const char* why;
    const char* stop;
};

Footer footer(domain::MailKind kind, domain::Language language) {
    const bool es = language == domain::Language::es;
    switch (kind) {
        case domain::MailKind::minutes:
            return es ? Footer{"Recibe este correo porque tiene activadas las actas de reuniones.",
                               "Dejar de recibir actas por correo"}
                      : Footer{"You get this e-mail because meeting minutes are on in your settings.",
                               "Stop getting minutes by e-mail"};
        case domain::MailKind::reminders:
            return es ? Footer{"Recibe este correo porque tiene activados los recordatorios.",
                               "Dejar de recibir recordatorios"}
                      : Footer{"You get this e-mail because reminders are on in your settings.",
                               "Stop getting reminders"};
        default:
            return es ? Footer{"Recibe este correo porque tiene activado el resumen de tareas.",
                               "Dejar de recibir el resumen"}
                      : Footer{"You get this e-mail because the follow-through digest is on in your settings.",
                               "Stop getting the digest"};
    }
}

}  // namespace

void add_unsubscribe(MailMessage& message, domain::MailKind kind, domain::Language language,
                     const std::string& one_click_url, const std::string& page_url) {
    message.headers.emplace_back("List-Unsubscribe", "<" + one_click_url + ">");
    message.headers.emplace_back("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    const auto f = footer(kind, language);
    message.text += fmt::format("\n--\n{}\n{}: {}\n", f.why, f.stop, page_url);
    if (message.html) {
        *message.html +=
            fmt::format("<hr><p><small>{} <a href=\"{}\">{}</a></small></p>", f.why, escape_html(page_url), f.stop);
    }
}

}  // namespace trellis::notify
