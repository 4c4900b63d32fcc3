#include "trellis/notify/agreement_mail.hpp"

#include <fmt/format.h>

namespace trellis::notify {

MailMessage hours_warning_mail(const std::string& to, const std::string& name, const HoursWarningFacts& f) {
    MailMessage mail;
    mail.to = to;
    mail.to_name = name;
    // The subject's English part is the contract's ("Coaching hours at 80%: <title>"); the Spanish follows.
    mail.subject = fmt::format("Coaching hours at {0}%: {1} / Horas de acompañamiento al {0}%", f.level, f.title);
    const auto english =
        f.level >= 100
            ? fmt::format(
                  "The coaching log of \"{}\" has used all its purchased hours: {:.2f} of {:.2f}. Coaching "
                  "can still be logged; entries beyond the purchase are marked as over.",
                  f.title, f.used_hours, f.purchased_hours)
            : fmt::format("The coaching log of \"{}\" has used {}% of its purchased hours: {:.2f} of {:.2f}.", f.title,
                          f.level, f.used_hours, f.purchased_hours);
    const auto spanish =
        f.level >= 100 ? fmt::format(
                             "El registro de acompañamiento de \"{}\" ha usado todas las horas contratadas: {:.2f} de "
                             "{:.2f}. Se puede seguir registrando; lo que exceda lo contratado queda marcado.",
                             f.title, f.used_hours, f.purchased_hours)
                       : fmt::format(
                             "El registro de acompañamiento de \"{}\" ha usado el {}% de las horas contratadas: {:.2f} "
                             "de {:.2f}.",
                             f.title, f.level, f.used_hours, f.purchased_hours);
    mail.text = fmt::format("{}\n\n{}\n\n---\n\n{}\n\n{}\n", english, f.link, spanish, f.link);
    return mail;
}

}  // namespace trellis::notify
