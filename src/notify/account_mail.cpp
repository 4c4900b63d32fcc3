#include "trellis/notify/account_mail.hpp"

#include <fmt/format.h>

#include "trellis/notify/html.hpp"

namespace trellis::notify {

MailMessage password_reset_mail(const std::string& to, const std::string& name, const std::string& link,
                                const std::string& lang) {
    MailMessage m;
    m.to = to;
    m.to_name = name;
    if (lang == "es") {
        m.subject = "Restablezca su contraseña de Trellis";
        m.text = fmt::format(
            "Hola {0}:\n\nAlguien pidió restablecer la contraseña de su cuenta de Trellis. Para elegir una nueva, "
            "abra este enlace antes de una hora:\n\n{1}\n\nSi no fue usted, ignore este mensaje: su contraseña no "
            "cambia.\n",
            name, link);
        m.html = fmt::format(
            "<div lang=\"es\"><p>Hola {0}:</p><p>Alguien pidió restablecer la contraseña de su cuenta de Trellis. "
            "Para elegir una nueva, abra este enlace antes de una hora:</p><p><a href=\"{1}\">Elegir una contraseña "
            "nueva</a></p><p>Si no fue usted, ignore este mensaje: su contraseña no cambia.</p></div>",
            escape_html(name), escape_html(link));
        return m;
    }
    m.subject = "Reset your Trellis password";
    m.text = fmt::format(
        "Hello {0},\n\nSomeone asked to reset the password of your Trellis account. To choose a new one, open this "
        "link within one hour:\n\n{1}\n\nIf it was not you, ignore this message: your password stays as it is.\n",
        name, link);
    m.html = fmt::format(
        "<div lang=\"en\"><p>Hello {0},</p><p>Someone asked to reset the password of your Trellis account. To choose "
        "a new one, open this link within one hour:</p><p><a href=\"{1}\">Choose a new password</a></p><p>If it was "
        "not you, ignore this message: your password stays as it is.</p></div>",
        escape_html(name), escape_html(link));
    return m;
}

MailMessage sign_in_link_mail(const std::string& to, const std::string& name, const std::string& link,
                              const std::string& lang) {
    MailMessage m;
    m.to = to;
    m.to_name = name;
    if (lang == "es") {
        m.subject = "Su enlace para entrar en Trellis";
        m.text = fmt::format(
            "Hola {0}:\n\nAlguien pidió un enlace para entrar en su cuenta de Trellis sin contraseña. Para entrar, "
            "abra este enlace antes de 15 minutos y pulse \"Iniciar sesión\". Sirve una sola vez:\n\n{1}\n\nSi no "
            "fue usted, ignore este mensaje: nadie puede entrar sin él.\n",
            name, link);
        m.html = fmt::format(
            "<div lang=\"es\"><p>Hola {0}:</p><p>Alguien pidió un enlace para entrar en su cuenta de Trellis sin "
            "contraseña. Para entrar, abra este enlace antes de 15 minutos y pulse \"Iniciar sesión\". Sirve una sola "
            "vez:</p><p><a href=\"{1}\">Entrar en Trellis</a></p><p>Si no fue usted, ignore este mensaje: nadie "
            "puede entrar sin él.</p></div>",
            escape_html(name), escape_html(link));
        return m;
    }
    m.subject = "Your Trellis sign-in link";
    m.text = fmt::format(
        "Hello {0},\n\nSomeone asked for a link to sign in to your Trellis account without a password. To sign in, "
        "open this link within 15 minutes and press \"Sign in\". It works once:\n\n{1}\n\nIf it was not you, "
        "ignore this message: nobody can sign in without it.\n",
        name, link);
    m.html = fmt::format(
        "<div lang=\"en\"><p>Hello {0},</p><p>Someone asked for a link to sign in to your Trellis account without a "
        "password. To sign in, open this link within 15 minutes and press \"Sign in\". It works once:</p><p><a "
        "href=\"{1}\">Sign in to Trellis</a></p><p>If it was not you, ignore this message: nobody can sign in "
        "without it.</p></div>",
        escape_html(name), escape_html(link));
    return m;
}

MailMessage invitation_mail(const std::string& to, const std::string& place, const std::string& inviter,
                            const std::string& link) {
    MailMessage m;
    m.to = to;
    m.subject = fmt::format("{} invites you to {} on Trellis / Invitación a {}", inviter, place, place);
    m.text = fmt::format(
        "Hello,\n\n{0} invites you to join {1} on Trellis, where district teams plan their meetings and follow "
        "through together. Open this link within 14 days to accept:\n\n{2}\n\n---\n\nHola:\n\n{0} le invita a "
        "unirse a {1} en Trellis, donde los equipos del distrito planifican sus reuniones y dan seguimiento juntos. "
        "Abra este enlace antes de 14 días para aceptar:\n\n{2}\n",
        inviter, place, link);
    m.html = fmt::format(
        "<p>Hello,</p><p>{0} invites you to join <strong>{1}</strong> on Trellis, where district teams plan their "
        "meetings and follow through together.</p><p><a href=\"{2}\">Accept the invitation</a> (valid 14 days)</p>"
        "<hr><p lang=\"es\">Hola:</p><p lang=\"es\">{0} le invita a unirse a <strong>{1}</strong> en Trellis, donde "
        "los equipos del distrito planifican sus reuniones y dan seguimiento juntos.</p><p lang=\"es\"><a "
        "href=\"{2}\">Aceptar la invitación</a> (válida 14 días)</p>",
        escape_html(inviter), escape_html(place), escape_html(link));
    return m;
}

}  // namespace trellis::notify
