#include "trellis/notify/feedback_mail.hpp"

#include <fmt/format.h>

#include "trellis/domain/mail_preferences.hpp"
#include "trellis/domain/server_text.hpp"
#include "trellis/notify/html.hpp"

namespace trellis::notify {

namespace {

// Plain text and its HTML, paragraph by paragraph (the HTML escapes every value).
void write_paragraphs(MailMessage& m, const std::vector<std::string>& paragraphs, const std::string& link,
                      const std::string& link_text, const std::string& lang) {
    m.text.clear();
    std::string html = fmt::format("<div lang=\"{}\">", lang == "es" ? "es" : "en");
    for (const auto& p : paragraphs) {
        m.text += p + "\n\n";
        html += "<p>" + escape_html(p) + "</p>";
    }
    m.text += fmt::format("{}: {}\n", link_text, link);
    html += fmt::format("<p><a href=\"{}\">{}</a></p></div>", escape_html(link), escape_html(link_text));
    m.html = std::move(html);
}

}  // namespace

MailMessage feedback_request_mail(const std::string& to, const std::string& to_name, const FeedbackRequestText& t,
                                  const std::string& lang) {
    const bool es = lang == "es";
    const auto due = domain::format_date(domain::language_from_tag(lang), t.due_on);
    MailMessage m;
    m.to = to;
    m.to_name = to_name;
    m.subject = es ? fmt::format("{} le pide comentarios: {}", t.team, t.item)
                   : fmt::format("{} asks for your feedback: {}", t.team, t.item);
    const std::vector<std::string> paragraphs =
        es ? std::vector<std::string>{fmt::format("Hola {}:", to_name),
                                      fmt::format(
                                          "{}, del equipo {} ({}), le pide comentarios sobre «{}» antes del {}.",
                                          t.requester, t.team, t.organization, t.item, due),
                                      fmt::format("La pregunta: {}", t.question),
                                      "Verá solo lo que se le pide revisar. Primero acepte o rechace la invitación; "
                                      "después podrá comentar."}
           : std::vector<std::string>{fmt::format("Hello {},", to_name),
                                      fmt::format("{} of the {} team ({}) asks for your feedback on \"{}\" by {}.",
                                                  t.requester, t.team, t.organization, t.item, due),
                                      fmt::format("The question: {}", t.question),
                                      "You will see only what you are asked to review. Accept or decline the "
                                      "invitation first; then you can comment."};
    write_paragraphs(m, paragraphs, t.link, es ? "Abrir la solicitud" : "Open the request", lang);
    return m;
}

MailMessage feedback_mention_mail(const std::string& to, const std::string& to_name, const FeedbackMentionText& t,
                                  const std::string& lang) {
    const bool es = lang == "es";
    MailMessage m;
    m.to = to;
    m.to_name = to_name;
    m.subject = es ? fmt::format("{} le mencionó: {}", t.author, t.item)
                   : fmt::format("{} mentioned you: {}", t.author, t.item);
    const std::vector<std::string> paragraphs =
        es ? std::vector<std::string>{fmt::format("Hola {}:", to_name),
                                      fmt::format("{} le mencionó en la ronda de comentarios del equipo {} sobre «{}»:",
                                                  t.author, t.team, t.item),
                                      t.excerpt}
           : std::vector<std::string>{
                 fmt::format("Hello {},", to_name),
                 fmt::format("{} mentioned you in the {} team's feedback round on \"{}\":", t.author, t.team, t.item),
                 t.excerpt};
    write_paragraphs(m, paragraphs, t.link, es ? "Responder" : "Reply", lang);
    return m;
}

}  // namespace trellis::notify
