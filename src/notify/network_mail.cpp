#include "trellis/notify/network_mail.hpp"

#include <fmt/format.h>

#include "trellis/notify/html.hpp"

namespace trellis::notify {

namespace {

MailMessage in_english(const NetworkInvitationText& t) {
    MailMessage m;
    m.subject = fmt::format("{} is invited to the network {}", t.organization, t.network);
    const auto focus = t.focus.empty() ? std::string() : fmt::format("Its focus: {}\n\n", t.focus);
    m.text = fmt::format(
        "Hello,\n\n{0} of {1} asks {2} to join the network {3} on Trellis.\n\n{4}Until an admin of {2} accepts, the "
        "network sees nothing of {2} but its name. To accept or decline, sign in as an admin of {2} and "
        "open:\n\n{5}\n",
        t.inviter, t.facilitator, t.organization, t.network, focus, t.link);
    const auto focus_html = t.focus.empty() ? std::string() : fmt::format("<p>Its focus: {}</p>", escape_html(t.focus));
    m.html = fmt::format(
        "<div lang=\"en\"><p>Hello,</p><p>{0} of {1} asks <strong>{2}</strong> to join the network <strong>{3}</strong>"
        " on Trellis.</p>{4}<p>Until an admin of {2} accepts, the network sees nothing of {2} but its name.</p><p><a "
        "href=\"{5}\">Accept or decline</a> (sign in as an admin of {2})</p></div>",
        escape_html(t.inviter), escape_html(t.facilitator), escape_html(t.organization), escape_html(t.network),
        focus_html, escape_html(t.link));
    return m;
}

MailMessage in_spanish(const NetworkInvitationText& t) {
    MailMessage m;
    m.subject = fmt::format("Invitación de {} a la red {}", t.organization, t.network);
    const auto focus = t.focus.empty() ? std::string() : fmt::format("Su enfoque: {}\n\n", t.focus);
    m.text = fmt::format(
        "Hola:\n\n{0}, de {1}, invita a {2} a unirse a la red {3} en Trellis.\n\n{4}Hasta que un administrador "
        "de {2} acepte, la red no ve nada de {2} salvo su nombre. Para aceptar o rechazar, inicie sesión como "
        "administrador de {2} y abra:\n\n{5}\n",
        t.inviter, t.facilitator, t.organization, t.network, focus, t.link);
    const auto focus_html =
        t.focus.empty() ? std::string() : fmt::format("<p>Su enfoque: {}</p>", escape_html(t.focus));
    m.html = fmt::format(
        "<div lang=\"es\"><p>Hola:</p><p>{0}, de {1}, invita a <strong>{2}</strong> a unirse a la red <strong>{3}"
        "</strong> en Trellis.</p>{4}<p>Hasta que un administrador de {2} acepte, la red no ve nada de {2} salvo su "
        "nombre.</p><p><a href=\"{5}\">Aceptar o rechazar</a> (inicie sesión como administrador de {2})</p></div>",
        escape_html(t.inviter), escape_html(t.facilitator), escape_html(t.organization), escape_html(t.network),
        focus_html, escape_html(t.link));
    return m;
}

}  // namespace

MailMessage network_invitation_mail(const std::string& to, const std::string& to_name, const NetworkInvitationText& t,
                                    const std::string& lang) {
    MailMessage m = lang == "es" ? in_spanish(t) : in_english(t);
    m.to = to;
    m.to_name = to_name;
    return m;
}

}  // namespace trellis::notify
