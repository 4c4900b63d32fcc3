#include "trellis/notify/meeting_mail.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "trellis/domain/mail_preferences.hpp"
#include "trellis/domain/zoned_time.hpp"
#include "trellis/notify/html.hpp"

namespace trellis::notify {

namespace {

domain::Language language_of(const std::string& lang) { return domain::language_from_tag(lang); }

// Times are shown on the meeting's own wall clock with the zone's short name ("8:00 AM PST"), written for the
// reader's language; the zone's full name stays beside the start.
std::string when(std::int64_t unix_seconds, const std::string& zone, const std::string& lang) {
    return domain::format_in_zone(language_of(lang), unix_seconds, zone);
}

struct Labels {
    const char* minutes;
    const char* team;
    const char* goal;
    const char* starts;
    const char* time_zone;
    const char* duration;
    const char* minutes_unit;
    const char* mode;
    const char* location;
    const char* objectives;
    const char* attendance;
    const char* present;
    const char* absent;
    const char* excused;
    const char* not_recorded;
    const char* agenda;
    const char* no_notes;
    const char* decisions;
    const char* none;
    const char* action_items;
    const char* what;
    const char* owner;
    const char* due;
    const char* status;
    const char* no_owner;
    const char* amendments;
    const char* closed;
};

constexpr Labels kEnglish{"Minutes",   "Team",       "Goal",         "Starts",
                          "Time zone", "Duration",   "minutes",      "Mode",
                          "Location",  "Objectives", "Attendance",   "Present",
                          "Absent",    "Excused",    "Not recorded", "Agenda and notes",
                          "No notes.", "Decisions",  "None.",        "Action items",
                          "What",      "Owner",      "Due",          "Status",
                          "no owner",  "Amendments", "Closed"};
constexpr Labels kSpanish{
    "Acta",          "Equipo",         "Meta",       "Inicio",          "Zona horaria", "Duración", "minutos",
    "Modalidad",     "Lugar",          "Objetivos",  "Asistencia",      "Presentes",    "Ausentes", "Justificados",
    "Sin registrar", "Agenda y notas", "Sin notas.", "Decisiones",      "Ninguna.",     "Tareas",   "Qué",
    "Responsable",   "Fecha límite",   "Estado",     "sin responsable", "Enmiendas",    "Cerrada"};

const Labels& labels(const std::string& lang) { return lang == "es" ? kSpanish : kEnglish; }

std::string mode_name(const std::string& mode, const std::string& lang) {
    if (lang == "es") {
        if (mode == "in_person") return "presencial";
        if (mode == "virtual") return "virtual";
        if (mode == "hybrid") return "híbrida";
    } else {
        if (mode == "in_person") return "in person";
        if (mode == "virtual") return "virtual";
        if (mode == "hybrid") return "hybrid";
    }
    return mode;
}

std::string join_names(const std::vector<std::string>& names, const char* none) {
    if (names.empty()) return none;
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

}  // namespace

std::string minutes_text(const domain::Minutes& m, const std::vector<MinutesAmendment>& amendments,
                         const std::string& lang) {
    const auto& L = labels(lang);
    std::string out = fmt::format("{}: {}\n{}: {}\n", L.minutes, m.title, L.team, m.team);
    if (!m.goal.empty()) out += fmt::format("{}: {}\n", L.goal, m.goal);
    if (m.starts_at)
        out +=
            fmt::format("{}: {} ({}: {})\n", L.starts, when(*m.starts_at, m.time_zone, lang), L.time_zone, m.time_zone);
    if (m.duration_minutes) out += fmt::format("{}: {} {}\n", L.duration, *m.duration_minutes, L.minutes_unit);
    if (!m.mode.empty()) out += fmt::format("{}: {}\n", L.mode, mode_name(m.mode, lang));
    if (!m.location.empty()) out += fmt::format("{}: {}\n", L.location, m.location);
    if (!m.objectives.empty()) {
        out += fmt::format("\n{}:\n", L.objectives);
        for (const auto& o : m.objectives) out += "- " + o + "\n";
    }
    out += fmt::format("\n{}:\n  {}: {}\n  {}: {}\n  {}: {}\n", L.attendance, L.present, join_names(m.present, L.none),
                       L.absent, join_names(m.absent, L.none), L.excused, join_names(m.excused, L.none));
    if (!m.not_recorded.empty()) out += fmt::format("  {}: {}\n", L.not_recorded, join_names(m.not_recorded, L.none));
    out += fmt::format("\n{}:\n", L.agenda);
    for (std::size_t i = 0; i < m.items.size(); ++i) {
        const auto& item = m.items[i];
        out += fmt::format("{}. {} ({} {})\n", i + 1, item.title, item.minutes, L.minutes_unit);
        if (item.notes.empty()) out += fmt::format("   {}\n", L.no_notes);
        for (const auto& note : item.notes) out += fmt::format("   {}: {}\n", note.author, note.text);
    }
    out += fmt::format("\n{}:\n", L.decisions);
    if (m.decisions.empty()) out += fmt::format("  {}\n", L.none);
    for (const auto& d : m.decisions) out += "- " + d + "\n";
    out += fmt::format("\n{}:\n", L.action_items);
    if (m.action_items.empty()) out += fmt::format("  {}\n", L.none);
    for (const auto& a : m.action_items) {
        out += fmt::format("- {} | {}: {} | {}: {}\n", a.title, L.owner, a.owner.empty() ? L.no_owner : a.owner, L.due,
                           domain::format_date(language_of(lang), a.due_on));
    }
    if (!amendments.empty()) {
        out += fmt::format("\n{}:\n", L.amendments);
        for (const auto& a : amendments)
            out += fmt::format("- {} ({}, {})\n", a.text, a.author, when(a.created_at, m.time_zone, lang));
    }
    if (m.closed_at != 0)
        out += fmt::format("\n{}: {} ({})\n", L.closed, when(m.closed_at, m.time_zone, lang), m.closed_by);
    return out;
}

namespace {

std::string minutes_body_html(const domain::Minutes& m, const std::vector<MinutesAmendment>& amendments,
                              const std::string& lang) {
    const auto& L = labels(lang);
    std::string out = fmt::format("<h1>{}: {}</h1>\n<dl>\n<dt>{}</dt><dd>{}</dd>\n", L.minutes, escape_html(m.title),
                                  L.team, escape_html(m.team));
    if (!m.goal.empty()) out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", L.goal, escape_html(m.goal));
    if (m.starts_at) {
        out += fmt::format("<dt>{}</dt><dd>{} ({}: {})</dd>\n", L.starts, when(*m.starts_at, m.time_zone, lang),
                           L.time_zone, escape_html(m.time_zone));
    }
    if (m.duration_minutes)
        out += fmt::format("<dt>{}</dt><dd>{} {}</dd>\n", L.duration, *m.duration_minutes, L.minutes_unit);
    if (!m.mode.empty()) out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", L.mode, mode_name(m.mode, lang));
    if (!m.location.empty()) out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", L.location, escape_html(m.location));
    out += "</dl>\n";
    if (!m.objectives.empty()) {
        out += fmt::format("<h2>{}</h2>\n<ul>\n", L.objectives);
        for (const auto& o : m.objectives) out += "<li>" + escape_html(o) + "</li>\n";
        out += "</ul>\n";
    }
    out += fmt::format("<h2>{}</h2>\n<dl>\n", L.attendance);
    const std::pair<const char*, const std::vector<std::string>*> groups[] = {
        {L.present, &m.present}, {L.absent, &m.absent}, {L.excused, &m.excused}, {L.not_recorded, &m.not_recorded}};
    for (const auto& [label, names] : groups) {
        if (names->empty() && label == L.not_recorded) continue;
        out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", label, escape_html(join_names(*names, L.none)));
    }
    out += fmt::format("</dl>\n<h2>{}</h2>\n<ol>\n", L.agenda);
    for (const auto& item : m.items) {
        out += fmt::format("<li><h3>{} <small>({} {})</small></h3>\n", escape_html(item.title), item.minutes,
                           L.minutes_unit);
        if (item.notes.empty()) out += fmt::format("<p>{}</p>\n", L.no_notes);
        for (const auto& note : item.notes) {
            out += fmt::format("<p><strong>{}:</strong> {}</p>\n", escape_html(note.author), escape_html(note.text));
        }
        out += "</li>\n";
    }
    out += fmt::format("</ol>\n<h2>{}</h2>\n", L.decisions);
    if (m.decisions.empty()) out += fmt::format("<p>{}</p>\n", L.none);
    else {
        out += "<ul>\n";
        for (const auto& d : m.decisions) out += "<li>" + escape_html(d) + "</li>\n";
        out += "</ul>\n";
    }
    out += fmt::format("<h2>{}</h2>\n", L.action_items);
    if (m.action_items.empty()) out += fmt::format("<p>{}</p>\n", L.none);
    else {
        out += fmt::format(
            "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
            "</tr></thead>\n<tbody>\n",
            L.what, L.owner, L.due);
        for (const auto& a : m.action_items) {
            out += fmt::format("<tr><td>{}</td><td>{}</td><td><time datetime=\"{}\">{}</time></td></tr>\n",
                               escape_html(a.title), escape_html(a.owner.empty() ? L.no_owner : a.owner), a.due_on,
                               domain::format_date(language_of(lang), a.due_on));
        }
        out += "</tbody>\n</table>\n";
    }
    if (!amendments.empty()) {
        out += fmt::format("<h2>{}</h2>\n<ul>\n", L.amendments);
        for (const auto& a : amendments) {
            out += fmt::format("<li><p>{}</p><p><small>{}, {}</small></p></li>\n", escape_html(a.text),
                               escape_html(a.author), when(a.created_at, m.time_zone, lang));
        }
        out += "</ul>\n";
    }
    if (m.closed_at != 0) {
        out += fmt::format("<p><small>{}: {} ({})</small></p>\n", L.closed, when(m.closed_at, m.time_zone, lang),
                           escape_html(m.closed_by));
    }
    return out;
}

}  // namespace

std::string minutes_html(const domain::Minutes& m, const std::vector<MinutesAmendment>& amendments,
                         const std::string& lang) {
    const std::string language = lang == "es" ? "es" : "en";
    return fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}: {}</title>\n"
        "<style>body{{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;"
        "color:#1a1a1a}}table{{border-collapse:collapse;width:100%}}th,td{{border:1px solid #666;padding:.3rem .5rem;"
        "text-align:left}}dt{{font-weight:bold}}@media print{{body{{margin:0;max-width:none}}}}</style>\n</head>\n"
        "<body>\n<main>\n{}</main>\n</body>\n</html>\n",
        language, labels(language).minutes, escape_html(m.title), minutes_body_html(m, amendments, language));
}

MailMessage minutes_mail(const std::string& to, const std::string& name, const domain::Minutes& m,
                         const std::string& link, const std::string& lang) {
    const std::string language = lang == "es" ? "es" : "en";
    MailMessage mail;
    mail.to = to;
    mail.to_name = name;
    const bool es = language == "es";
    const auto printable = es ? link + "&lang=es" : link;
    mail.subject = fmt::format("{}: {} ({})", labels(language).minutes, m.title, m.team);
    mail.text = minutes_text(m, {}, language) +
                fmt::format("\n{}: {}\n", es ? "Acta para imprimir" : "Printable minutes", printable);
    mail.html = fmt::format("<div lang=\"{}\">", language) + minutes_body_html(m, {}, language) +
                fmt::format("<p><a href=\"{}\">{}</a></p></div>", escape_html(printable),
                            es ? "Acta para imprimir" : "Printable minutes");
    return mail;
}

MailMessage invitation_mail(const std::string& to, const std::string& name, const InvitationFacts& f,
                            const std::string& ics, bool cancelled, bool updated, const std::string& lang) {
    MailMessage mail;
    mail.to = to;
    mail.to_name = name;
    const bool es = lang == "es";
    const auto start = when(f.starts_at, f.time_zone, lang);
    if (cancelled) {
        mail.subject = fmt::format("{}: {} ({})", es ? "Cancelada" : "Cancelled", f.title, start);
        mail.text = fmt::format(fmt::runtime(es ? "La reunión \"{0}\" de {1} del {2} queda cancelada.\n"
                                                : "The meeting \"{0}\" of {1} on {2} is cancelled.\n"),
                                f.title, f.team, start);
    } else {
        mail.subject = fmt::format(
            "{}: {} ({})",
            es ? (updated ? "Invitación actualizada" : "Invitación") : (updated ? "Updated invitation" : "Invitation"),
            f.title, start);
        mail.text =
            fmt::format(fmt::runtime(es ? "{0} se reúne: {1}\nMeta: {2}\nCuándo: {3} ({4}), {5} minutos\nDónde: {6}\n"
                                          "Detalles: {7}\n"
                                        : "{0} meets: {1}\nGoal: {2}\nWhen: {3} ({4}), {5} minutes\nWhere: {6}\n"
                                          "Details: {7}\n"),
                        f.team, f.title, f.goal, start, f.time_zone, f.duration_minutes, f.location, f.link);
    }
    mail.html = fmt::format("<p lang=\"{}\">", es ? "es" : "en") + escape_html(mail.text) + "</p>";
    for (std::size_t at; (at = mail.html->find('\n')) != std::string::npos;) mail.html->replace(at, 1, "<br>");
    mail.attachments.push_back(
        {"invite.ics", fmt::format("text/calendar; method={}; charset=UTF-8", cancelled ? "CANCEL" : "REQUEST"), ics});
    return mail;
}

MailMessage digest_mail(const domain::Digest& d, const std::string& today, const std::string& link,
                        const std::string& lang) {
    const bool es = lang == "es";
    const auto language = language_of(lang);
    MailMessage mail;
    mail.to = d.email;
    mail.to_name = d.name;
    const auto count = d.overdue.size() + d.due_soon.size();
    mail.subject = es ? fmt::format("Trellis: {} tarea{} pendiente{} ({})", count, count == 1 ? "" : "s",
                                    count == 1 ? "" : "s", domain::format_date(language, today))
                      : fmt::format("Trellis: {} action item{} due or overdue ({})", count, count == 1 ? "" : "s",
                                    domain::format_date(language, today));
    std::string text = fmt::format(fmt::runtime(es ? "Hola {}:\n\n" : "Hello {},\n\n"), d.name);
    std::string html = fmt::format(fmt::runtime(es ? "<p>Hola {}:</p>" : "<p>Hello {},</p>"), escape_html(d.name));
    const auto section = [&](const char* heading, const std::vector<domain::DigestItem>& items) {
        if (items.empty()) return;
        text += fmt::format("{}:\n", heading);
        html += fmt::format("<h2>{}</h2><ul>", heading);
        for (const auto& i : items) {
            const std::string kind = i.outreach   ? (es ? "Alcance: " : "Outreach: ")
                                     : i.feedback ? (es ? "Comentarios solicitados: " : "Feedback requested: ")
                                                  : "";
            const auto due = domain::format_date(language, i.due_on);
            text += fmt::format("- {}{} ({}), {} {}\n", kind, i.title, i.team, es ? "vence el" : "due", due);
            html += fmt::format("<li>{}{} ({}), {} <time datetime=\"{}\">{}</time></li>", kind, escape_html(i.title),
                                escape_html(i.team), es ? "vence el" : "due", i.due_on, due);
        }
        text += "\n";
        html += "</ul>";
    };
    section(es ? "Atrasadas" : "Overdue", d.overdue);
    section(es ? "Vencen pronto" : "Due soon", d.due_soon);
    text += fmt::format("{}: {}\n", es ? "Sus tareas abiertas" : "Your open items", link);
    html +=
        fmt::format("<p><a href=\"{}\">{}</a></p>", escape_html(link), es ? "Sus tareas abiertas" : "Your open items");
    mail.text = std::move(text);
    mail.html = fmt::format("<div lang=\"{}\">{}</div>", es ? "es" : "en", html);
    return mail;
}

}  // namespace trellis::notify
