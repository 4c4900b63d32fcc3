#include "trellis/notify/network_mail.hpp"

#include <fmt/format.h>

#include "trellis/notify/html.hpp"

namespace trellis::notify {

MailMessage network_invitation_mail(const std::string& to, const std::string& to_name, const NetworkInvitationText& t) {
    MailMessage m;
    m.to = to;
    m.to_name = to_name;
    m.subject =
        fmt::format("{} is invited to the network {} / Invitación a la red {}", t.organization, t.network, t.network);
    const auto focus_en = t.focus.empty() ? std::string() : fmt::format("Its focus: {}\n\n", t.focus);
    const auto focus_es = t.focus.empty() ? std::string() : fmt::format("Su enfoque: {}\n\n", t.focus);
    m.text = fmt::format(
        "Hello,\n\n{0} of {1} asks {2} to join the network {3} on Trellis.\n\n{4}Until an admin of {2} accepts, the "
        "network sees nothing of {2} but its name. To accept or decline, sign in as an admin of {2} and "
        "open:\n\n{5}\n\n"
        "---\n\nHola:\n\n{0}, de {1}, invita a {2} a unirse a la red {3} en Trellis.\n\n{6}Hasta que un administrador "
        "de {2} acepte, la red no ve nada de {2} salvo su nombre. Para aceptar o rechazar, inicie sesión como "
        "administrador de {2} y abra:\n\n{5}\n",
        t.inviter, t.facilitator, t.organization, t.network, focus_en, t.link, focus_es);
    const auto focus_html_en =
        t.focus.empty() ? std::string() : fmt::format("<p>Its focus: {}</p>", escape_html(t.focus));
    const auto focus_html_es =
        t.focus.empty() ? std::string() : fmt::format("<p lang=\"es\">Su enfoque: {}</p>", escape_html(t.focus));
    m.html = fmt::format(
        "<p>Hello,</p><p>{0} of {1} asks <strong>{2}</strong> to join the network <strong>{3}</strong> on Trellis."
        "</p>{4}<p>Until an admin of {2} accepts, the network sees nothing of {2} but its name.</p><p><a href=\"{5}\">"
        "Accept or decline</a> (sign in as an admin of {2})</p><hr><p lang=\"es\">Hola:</p><p lang=\"es\">{0}, de {1}, "
        "invita a <strong>{2}</strong> a unirse a la red <strong>{3}</strong> en Trellis.</p>{6}<p lang=\"es\">Hasta "
        "que un administrador de {2} acepte, la red no ve nada de {2} salvo su nombre.</p><p lang=\"es\"><a "
        "href=\"{5}\">Aceptar o rechazar</a> (inicie sesión como administrador de {2})</p>",
        escape_html(t.inviter), escape_html(t.facilitator), escape_html(t.organization), escape_html(t.network),
        focus_html_en, escape_html(t.link), focus_html_es);
    return m;
}

}  // namespace trellis::notify
