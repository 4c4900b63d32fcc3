#include "trellis/notify/agreement_mail.hpp"

#include <fmt/format.h>

#include "trellis/notify/html.hpp"

namespace trellis::notify {

MailMessage hours_warning_mail(const std::string& to, const std::string& name, const HoursWarningFacts& f,
                               const std::string& lang) {
    MailMessage mail;
    mail.to = to;
    mail.to_name = name;
    const bool es = lang == "es";
    // The English subject is the contract's ("Coaching hours at 80%: <title>").
    mail.subject = es ? fmt::format("Horas de acompañamiento al {}%: {}", f.level, f.title)
                      : fmt::format("Coaching hours at {}%: {}", f.level, f.title);
    std::string body;
    if (es) {
        body = f.level >= 100 ? fmt::format(
                                    "El registro de acompañamiento de \"{}\" ha usado todas las horas contratadas: "
                                    "{:.2f} de {:.2f}. Se puede seguir registrando; lo que exceda lo contratado queda "
                                    "marcado.",
                                    f.title, f.used_hours, f.purchased_hours)
                              : fmt::format(
                                    "El registro de acompañamiento de \"{}\" ha usado el {}% de las horas contratadas: "
                                    "{:.2f} de {:.2f}.",
                                    f.title, f.level, f.used_hours, f.purchased_hours);
    } else {
        body = f.level >= 100
                   ? fmt::format(
                         "The coaching log of \"{}\" has used all its purchased hours: {:.2f} of {:.2f}. Coaching "
                         "can still be logged; entries beyond the purchase are marked as over.",
                         f.title, f.used_hours, f.purchased_hours)
                   : fmt::format("The coaching log of \"{}\" has used {}% of its purchased hours: {:.2f} of {:.2f}.",
                                 f.title, f.level, f.used_hours, f.purchased_hours);
    }
    mail.text = fmt::format("{}\n\n{}\n", body, f.link);
    mail.html =
        fmt::format("<div lang=\"{}\"><p>{}</p><p><a href=\"{}\">{}</a></p></div>", es ? "es" : "en", escape_html(body),
                    escape_html(f.link), es ? "Ver el registro de acompañamiento" : "Open the coaching log");
    return mail;
}

}  // namespace trellis::notify
