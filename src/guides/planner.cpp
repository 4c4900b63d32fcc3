// The meeting-series planner (see planner.hpp and docs/guides.md).
#include "trellis/guides/planner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <set>
#include <stdexcept>

namespace trellis::guides {

std::optional<MeetingMode> parse_meeting_mode(std::string_view key) {
    if (key == "in_person") return MeetingMode::in_person;
    if (key == "virtual") return MeetingMode::virtual_meeting;
    return std::nullopt;
}

std::string_view meeting_mode_key(MeetingMode mode) { return mode == MeetingMode::in_person ? "in_person" : "virtual"; }

std::string_view agenda_kind_key(AgendaKind kind) {
    switch (kind) {
        case AgendaKind::welcome:
            return "welcome";
        case AgendaKind::review:
            return "review";
        case AgendaKind::section_work:
            return "section_work";
        case AgendaKind::discussion:
            return domain::kDiscussionKind;
        case AgendaKind::action_items:
            return "action_items";
    }
    return "section_work";
}

int planned_meeting_minutes(MeetingMode mode, int usual_minutes) {
    return mode == MeetingMode::virtual_meeting ? std::min(usual_minutes, kVirtualMeetingMinutes) : usual_minutes;
}

std::vector<domain::AgendaItem> to_rules_agenda(const PlannedMeeting& meeting) {
    std::vector<domain::AgendaItem> out;
    for (const auto& item : meeting.agenda)
        out.push_back({item.title.en, item.minutes, std::string(agenda_kind_key(item.kind))});
    return out;
}

namespace {

// The fixed parts of a meeting's agenda.
struct Frame {
    int welcome = 0;
    int review = 0;
    int action_items = 0;
};

Frame frame_for(int minutes, bool forming_team, bool first_of_new_team) {
    Frame f;
    f.welcome = forming_team ? std::clamp(minutes / 6, 3, 20) : std::clamp(minutes / 12, 2, 10);
    // A new team's first meeting has no open action items yet; very short meetings skip the review.
    f.review = (first_of_new_team || minutes < 30) ? 0 : std::clamp(minutes / 12, 3, 10);
    f.action_items = std::clamp(minutes / 12, 3, 10);
    return f;
}

// Minutes left for section work when `sections` sections share the meeting (discussion set aside: the
// rules' share, and at least one minute per section).
int work_capacity(int minutes, const Frame& f, int sections, double share) {
    const int discussion = std::max(domain::min_discussion_minutes(minutes, share), sections);
    return minutes - f.welcome - f.review - f.action_items - discussion;
}

std::string quoted_en(const Section& s) { return "\u201c" + s.title.en + "\u201d"; }
std::string quoted_es(const Section& s) { return "\u00ab" + s.title.in("es") + "\u00bb"; }

std::string join(const std::vector<std::string>& parts, const std::string& last_glue) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += (i + 1 == parts.size()) ? last_glue : ", ";
        out += parts[i];
    }
    return out;
}

enum class Solo { no, forming, full };

struct Group {
    std::vector<const Section*> sections;
    Solo solo = Solo::no;
    Text closing_reason;  // why the next section did not join (single-section groups only)
};

// What every meeting of one plan shares: its length, the discussion share and the objectives it allows.
struct Budget {
    int minutes = 0;        // the planned length (virtual meetings are shorter)
    int usual_minutes = 0;  // the length the team asked for
    double share = 0;
    int most_objectives = 0;
    bool new_team = false;
};

int estimated_minutes(const std::vector<const Section*>& sections, int extra = 0) {
    return std::accumulate(sections.begin(), sections.end(), extra,
                           [](int sum, const Section* x) { return sum + x->estimated_minutes; });
}

// Checks the request; on success returns the requested sections' positions in the module, in guide order.
std::expected<std::vector<std::size_t>, std::vector<PlanError>> requested_sections(const Guide& guide,
                                                                                   const PlanRequest& request) {
    std::vector<PlanError> errors;
    if (request.meeting_minutes < kMinMeetingMinutes || request.meeting_minutes > kMaxMeetingMinutes) {
        errors.push_back(
            {"meeting_minutes", fmt::format("meeting_minutes is {}; it must be between {} and {}",
                                            request.meeting_minutes, kMinMeetingMinutes, kMaxMeetingMinutes)});
    }
    if (!(request.discussion_share >= 0.0 && request.discussion_share <= kMaxPlannerDiscussionShare)) {
        errors.push_back({"discussion_share", fmt::format("discussion_share is {}; it must be between 0 and {}",
                                                          request.discussion_share, kMaxPlannerDiscussionShare)});
    }
    const Module* module = guide.find_module(request.module_id);
    if (!module) {
        errors.push_back({"module", fmt::format("guide \"{}\" has no module \"{}\"", guide.id, request.module_id)});
    }
    if (request.section_ids.empty()) errors.push_back({"sections", "choose at least one section to cover"});
    std::vector<std::size_t> indices;
    if (module) {
        std::set<std::string> seen;
        for (const auto& id : request.section_ids) {
            if (!seen.insert(id).second) {
                errors.push_back({"sections", fmt::format("section \"{}\" is requested more than once", id)});
                continue;
            }
            const auto it = std::find_if(module->sections.begin(), module->sections.end(),
                                         [&](const Section& s) { return s.id == id; });
            if (it == module->sections.end()) {
                errors.push_back({"sections", fmt::format("module \"{}\" has no section \"{}\"", module->id, id)});
                continue;
            }
            indices.push_back(static_cast<std::size_t>(it - module->sections.begin()));
        }
    }
    if (!errors.empty()) return std::unexpected(std::move(errors));
    std::sort(indices.begin(), indices.end());
    return indices;
}

// Why section `s` cannot join the open group `g` (nullopt: it can).
std::optional<Text> reason_not_to_join(const Group& g, const Section& s, Solo solo, bool first_of_new_team,
                                       const Budget& b) {
    const Section& last = *g.sections.back();
    const int n = static_cast<int>(g.sections.size()) + 1;
    const int work = estimated_minutes(g.sections, s.estimated_minutes);
    const int capacity = work_capacity(b.minutes, frame_for(b.minutes, false, first_of_new_team), n, b.share);
    if (solo != Solo::no) {
        return Text{fmt::format("the next section, {}, needs a meeting of its own", quoted_en(s)),
                    fmt::format("la siguiente sección, {}, necesita una reunión propia", quoted_es(s))};
    }
    if (last.group.empty() || last.group != s.group) {
        return Text{fmt::format("the next section, {}, is not related to it", quoted_en(s)),
                    fmt::format("la siguiente sección, {}, no está relacionada con ella", quoted_es(s))};
    }
    if (n > b.most_objectives) {
        return Text{fmt::format("with {} the meeting would have {} objectives; a {}-minute meeting allows at most {}",
                                quoted_en(s), n, b.minutes, b.most_objectives),
                    fmt::format("con {} la reunión tendría {} objetivos; una reunión de {} minutos admite como "
                                "máximo {}",
                                quoted_es(s), n, b.minutes, b.most_objectives)};
    }
    if (work > capacity) {
        return Text{fmt::format("with {} the section work would take {} minutes, more than the {} a {}-minute "
                                "meeting leaves for it",
                                quoted_en(s), work, capacity, b.minutes),
                    fmt::format("con {} el trabajo de las secciones ocuparía {} minutos, más de los {} que deja "
                                "para ello una reunión de {} minutos",
                                quoted_es(s), work, capacity, b.minutes)};
    }
    return std::nullopt;
}

// Groups the sections (in guide order) into meetings: a section joins the previous group while it is related
// and the meeting can hold it; otherwise the group closes and says why.
std::vector<Group> group_sections(const Module& module, const std::vector<std::size_t>& indices, const Budget& b) {
    std::vector<Group> groups;
    const auto solo_kind = [&](const Section& s) {
        if (b.new_team && s.forms_team) return Solo::forming;
        if (s.needs_full_meeting) return Solo::full;
        return Solo::no;
    };
    for (const auto index : indices) {
        const Section& s = module.sections[index];
        const Solo solo = solo_kind(s);
        if (!groups.empty() && groups.back().solo == Solo::no) {
            Group& g = groups.back();
            const bool first_of_new_team = b.new_team && groups.size() == 1;
            auto reason = reason_not_to_join(g, s, solo, first_of_new_team, b);
            if (!reason) {
                g.sections.push_back(&s);
                continue;
            }
            g.closing_reason = std::move(*reason);
        }
        groups.push_back(Group{{&s}, solo, {}});
    }
    return groups;
}

// The minutes of section work each section of the group gets.
std::vector<int> section_work_minutes(const Group& g, int capacity) {
    const int n = static_cast<int>(g.sections.size());
    std::vector<int> work;
    if (estimated_minutes(g.sections) <= capacity) {
        for (const auto* s : g.sections) work.push_back(s->estimated_minutes);
    } else {
        // Only a single section can be over capacity (grouping checks the sum): time-box it.
        work.assign(static_cast<std::size_t>(n), capacity / n);
        work[0] += capacity % n;
    }
    return work;
}

// Welcome, review, each section's work and discussion, action items; everything left goes to discussion.
void lay_out_agenda(PlannedMeeting& m, const Group& g, const Frame& f, const std::vector<int>& work) {
    const int n = static_cast<int>(g.sections.size());
    const bool forming = g.solo == Solo::forming;
    const int used = f.welcome + f.review + f.action_items + std::accumulate(work.begin(), work.end(), 0);
    const int discussion = m.duration_minutes - used;  // >= max(share minimum, n)
    m.agenda.push_back(
        {forming ? Text{"Welcome and introductions", "Bienvenida y presentaciones"} : Text{"Welcome", "Bienvenida"},
         f.welcome,
         AgendaKind::welcome,
         {}});
    if (f.review > 0) {
        m.agenda.push_back(
            {{"Review of open action items", "Repaso de las tareas pendientes"}, f.review, AgendaKind::review, {}});
    }
    for (int i = 0; i < n; ++i) {
        const Section& s = *g.sections[static_cast<std::size_t>(i)];
        m.section_ids.push_back(s.id);
        m.objectives.push_back(s.objective);
        m.agenda.push_back({s.title, work[static_cast<std::size_t>(i)], AgendaKind::section_work, s.id});
        const int share_of_discussion = discussion / n + (i < discussion % n ? 1 : 0);
        m.agenda.push_back({{"Discussion and questions: " + s.title.en, "Diálogo y preguntas: " + s.title.in("es")},
                            share_of_discussion,
                            AgendaKind::discussion,
                            s.id});
    }
    m.agenda.push_back({{"Action items: what, who, by when", "Tareas: qué, quién y para cuándo"},
                        f.action_items,
                        AgendaKind::action_items,
                        {}});
}

// Why these sections share (or do not share) this meeting.
Text why_grouped(const Group& g, int capacity, const Budget& b) {
    const Section& head = *g.sections.front();
    const int n = static_cast<int>(g.sections.size());
    if (g.solo == Solo::forming) {
        return {
            "A new team spends its first meeting on forming the team alone: introductions, who is on it, "
            "which perspectives are missing and who will invite them. Reaching out to suggested members is "
            "the main action item before the next meeting.",
            "Un equipo nuevo dedica su primera reunión solo a formarse: presentaciones, quiénes lo integran, "
            "qué perspectivas faltan y quién las invitará. Contactar a las personas sugeridas es la principal "
            "tarea antes de la próxima reunión."};
    }
    if (g.solo == Solo::full) {
        return {fmt::format("{} needs a full meeting, so it has this one to itself.", quoted_en(head)),
                fmt::format("{} requiere una reunión completa, así que la tiene para ella sola.", quoted_es(head))};
    }
    if (n > 1) {
        std::vector<std::string> en, es;
        for (const auto* s : g.sections) en.push_back(quoted_en(*s)), es.push_back(quoted_es(*s));
        return {fmt::format("{} are related and together fit in the {} minutes of section work a {}-minute "
                            "meeting leaves, with {} objectives (at most {}), so they share one meeting.",
                            join(en, " and "), capacity, b.minutes, n, b.most_objectives),
                fmt::format("{} están relacionadas y juntas caben en los {} minutos de trabajo que deja una "
                            "reunión de {} minutos, con {} objetivos (como máximo {}), así que comparten una "
                            "reunión.",
                            join(es, " y "), capacity, b.minutes, n, b.most_objectives)};
    }
    if (!g.closing_reason.en.empty()) {
        return {fmt::format("{} is planned on its own: {}.", quoted_en(head), g.closing_reason.en),
                fmt::format("{} se planifica sola: {}.", quoted_es(head), g.closing_reason.es)};
    }
    return {fmt::format("{} is planned on its own: no other requested section follows it.", quoted_en(head)),
            fmt::format("{} se planifica sola: no le sigue ninguna otra sección solicitada.", quoted_es(head))};
}

// What the plan adds to the why when a section is time-boxed or a virtual meeting is shortened.
void explain_adjustments(Text& why, int estimated, int capacity, const Budget& b) {
    if (estimated > capacity) {
        why.en += fmt::format(
            " Its estimate ({} minutes) is more than the {} minutes of section work this "
            "meeting holds: what is not finished becomes action items, and the next "
            "meeting's review picks it up.",
            estimated, capacity);
        why.es += fmt::format(
            " Su estimación ({} minutos) supera los {} minutos de trabajo que caben en esta "
            "reunión: lo que quede pendiente se convierte en tareas y se retoma en el repaso "
            "de la próxima reunión.",
            estimated, capacity);
    }
    if (b.minutes < b.usual_minutes) {
        why.en += fmt::format(
            " Virtual meetings are kept to {} minutes (the usual length is {}), so a virtual "
            "team meets more often, for shorter sessions.",
            b.minutes, b.usual_minutes);
        why.es += fmt::format(
            " Las reuniones virtuales se limitan a {} minutos (la duración habitual es {}), así "
            "que un equipo virtual se reúne más a menudo, en sesiones más cortas.",
            b.minutes, b.usual_minutes);
    }
}

PlannedMeeting plan_meeting(const Group& g, bool first_of_new_team, const Budget& b) {
    const Frame f = frame_for(b.minutes, g.solo == Solo::forming, first_of_new_team);
    const int capacity = work_capacity(b.minutes, f, static_cast<int>(g.sections.size()), b.share);
    PlannedMeeting m;
    m.duration_minutes = b.minutes;
    lay_out_agenda(m, g, f, section_work_minutes(g, capacity));
    m.why = why_grouped(g, capacity, b);
    explain_adjustments(m.why, estimated_minutes(g.sections), capacity, b);
    // The planner must never propose a meeting that breaks a rule.
    const auto violations =
        domain::check_meeting(m.duration_minutes, static_cast<int>(m.objectives.size()), to_rules_agenda(m), b.share);
    if (!violations.empty()) throw std::logic_error("meeting planner broke a rule: " + violations.front().message);
    return m;
}

}  // namespace

std::expected<std::vector<PlannedMeeting>, std::vector<PlanError>> plan_meetings(const Guide& guide,
                                                                                 const PlanRequest& request) {
    auto indices = requested_sections(guide, request);
    if (!indices) return std::unexpected(std::move(indices.error()));
    const int minutes = planned_meeting_minutes(request.mode, request.meeting_minutes);
    const Budget budget{minutes, request.meeting_minutes, request.discussion_share, domain::max_objectives(minutes),
                        request.new_team};
    const auto groups = group_sections(*guide.find_module(request.module_id), *indices, budget);
    std::vector<PlannedMeeting> plan;
    for (std::size_t gi = 0; gi < groups.size(); ++gi)
        plan.push_back(plan_meeting(groups[gi], request.new_team && gi == 0, budget));
    return plan;
}

}  // namespace trellis::guides
