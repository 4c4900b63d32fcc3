// Guides as data (issue 4): the shipped guides, the meeting-series planner, and a team's work through a guide
// (adoption, section statuses, answers with their history, checklist states). Ids in paths are the guide's
// stable ids; section A's representation checklist is read from the team, never stored.
#include <fmt/format.h>
#include <boost/json.hpp>

#include <map>

#include "api/agenda_body.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/representation.hpp"
#include "trellis/guides/planner.hpp"
#include "trellis/guides/progress.hpp"
#include "trellis/guides/ranking.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/http/validation_problem.hpp"
#include "trellis/store/guide_progress.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr int kMaxPlannedMeetings = 30;

const std::vector<guides::Guide>& loaded(const RequestContext& c) {
    static const std::vector<guides::Guide> none;
    return c.services.guides ? *c.services.guides : none;
}

http::Response located_not_found(const guides::LocateError& e) {
    return http::problem(http::ProblemKind::not_found, e.message);
}

// ------------------------------------------------------------------------------------------ the guides

http::Response list_guides(RequestContext& c) {
    json::array list;
    for (const auto& g : loaded(c)) {
        json::array modules;
        for (const auto& m : g.modules) {
            json::array sections;
            for (const auto& s : m.sections) {
                sections.push_back(json::object{{"id", s.id},
                                                {"title", text_json(s.title)},
                                                {"objective", text_json(s.objective)},
                                                {"estimated_minutes", s.estimated_minutes},
                                                {"needs_full_meeting", s.needs_full_meeting},
                                                {"forms_team", s.forms_team},
                                                {"group", s.group}});
            }
            modules.push_back(json::object{{"id", m.id},
                                           {"title", text_json(m.title)},
                                           {"description", text_json(m.description)},
                                           {"sections", std::move(sections)}});
        }
        list.push_back(json::object{{"id", g.id},
                                    {"version", g.version},
                                    {"title", text_json(g.title)},
                                    {"description", text_json(g.description)},
                                    {"modules", std::move(modules)}});
    }
    return json_response(200, json::object{{"guides", std::move(list)}});
}

// ------------------------------------------------------------------------------------------ the planner

std::string language_of(JsonBody& body) {
    const auto language = body.optional_string("language", 5).value_or("en");
    if (language != "en" && language != "es")
        body.add_error("language", fmt::format("must be en or es, got \"{}\"", language));
    return language;
}

http::Response plan(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto guide_id = body->required_string("guide", 64);
    const auto module_id = body->required_string("module", 64);
    const auto sections = body->string_list("sections", 100, 64);
    if (!sections && !body->object().contains("sections"))
        body->add_error("sections", "is required: a list of section ids");
    const auto new_team = body->optional_bool("new_team").value_or(false);
    guides::PlanRequest request;
    if (auto mode = body->optional_string("mode", 20)) {
        if (auto parsed = guides::parse_meeting_mode(*mode)) {
            request.mode = *parsed;
        } else {
            body->add_error("mode", fmt::format("must be in_person or virtual, got \"{}\"", *mode));
        }
    }
    if (body->has("meeting_minutes")) {
        if (auto minutes = body->optional_integer("meeting_minutes"))
            request.meeting_minutes = static_cast<int>(*minutes);
    } else if (!body->object().contains("meeting_minutes")) {
        body->add_error("meeting_minutes", "is required: the team's usual meeting length in minutes");
    }
    const auto language = language_of(*body);
    const guides::Guide* guide = nullptr;
    if (guide_id) {
        auto found = guides::locate(loaded(c), *guide_id);
        if (found) {
            guide = found->guide;
        } else {
            body->add_error("guide", found.error().message);
        }
    }
    if (!body->ok()) return body->problem();
    request.module_id = *module_id;
    request.section_ids = sections.value_or(std::vector<std::string>{});
    request.new_team = new_team;
    request.discussion_share = store::discussion_share_percent(c.db, c.id()) / 100.0;
    if (request.discussion_share > guides::kMaxPlannerDiscussionShare)
        request.discussion_share = guides::kMaxPlannerDiscussionShare;
    const auto planned = guides::plan_meetings(*guide, request);
    if (!planned) {
        http::ValidationProblem problem;
        for (const auto& e : planned.error()) problem.add(e.field, e.message);
        return problem.response();
    }
    const auto* module = guide->find_module(request.module_id);
    json::array meetings;
    for (const auto& m : *planned) {
        std::string title;
        for (const auto& id : m.section_ids) {
            if (const auto* s = module->find_section(id)) title += (title.empty() ? "" : " · ") + s->title.in(language);
        }
        json::array objectives, agenda, section_ids;
        for (const auto& id : m.section_ids) section_ids.push_back(json::value(id));
        for (const auto& o : m.objectives) objectives.push_back(json::value(o.in(language)));
        for (const auto& a : m.agenda) {
            agenda.push_back(json::object{{"title", a.title.in(language)},
                                          {"minutes", a.minutes},
                                          {"kind", guides::agenda_kind_key(a.kind)},
                                          {"meeting_kind", guides::meeting_agenda_kind(a.kind)},
                                          {"section", a.section_id}});
        }
        meetings.push_back(json::object{{"title", title},
                                        {"sections", std::move(section_ids)},
                                        {"objectives", std::move(objectives)},
                                        {"duration_minutes", m.duration_minutes},
                                        {"agenda", std::move(agenda)},
                                        {"why", m.why.in(language)}});
    }
    return json_response(200, json::object{{"team_id", c.id()},
                                           {"guide", guide->id},
                                           {"module", request.module_id},
                                           {"mode", guides::meeting_mode_key(request.mode)},
                                           {"language", language},
                                           {"meetings", std::move(meetings)}});
}

// A text field of a proposed meeting: "" (and an error at where.field) when it is missing but required, not a
// text, or longer than `max`.
std::string proposed_text(JsonBody& body, const json::object& o, const std::string& where, const char* field,
                          std::size_t max, bool required) {
    const auto* v = o.if_contains(field);
    if (!v || v->is_null()) {
        if (required) body.add_error(where + "." + field, "is required");
        return "";
    }
    if (!v->is_string() || v->as_string().size() > max) {
        body.add_error(where + "." + field, fmt::format("must be a text of at most {} characters", max));
        return "";
    }
    return std::string(v->as_string());
}

// The proposed meeting's objectives: at most 20 texts of 1 to 300 characters (those before a bad one are kept).
std::vector<std::string> proposed_objectives(JsonBody& body, const json::object& o, const std::string& where) {
    std::vector<std::string> out;
    const auto* objectives = o.if_contains("objectives");
    if (!objectives || objectives->is_null()) return out;
    if (!objectives->is_array() || objectives->as_array().size() > 20) {
        body.add_error(where + ".objectives", "must be a list of at most 20 texts");
        return out;
    }
    for (const auto& x : objectives->as_array()) {
        if (!x.is_string() || x.as_string().empty() || x.as_string().size() > 300) {
            body.add_error(where + ".objectives", "every objective must be a text of 1 to 300 characters");
            break;
        }
        out.emplace_back(x.as_string());
    }
    return out;
}

// One agenda item of a proposed meeting: a planner kind or a meeting kind.
std::optional<store::AgendaEntry> proposed_agenda_item(JsonBody& body, const json::value& value,
                                                       const std::string& at) {
    if (!value.is_object()) {
        body.add_error(at, "must be an object {title, minutes, kind}");
        return std::nullopt;
    }
    const auto& a = value.as_object();
    store::AgendaEntry entry;
    read_agenda_title_and_minutes(body, a, at, entry);
    const auto* k = a.if_contains("kind");
    const auto kind =
        k && k->is_string() ? guides::meeting_agenda_kind(std::string_view(k->as_string())) : std::nullopt;
    if (!kind) {
        body.add_error(at + ".kind",
                       "is required: a planner kind (welcome, review, section_work, discussion, "
                       "action_items) or a meeting kind (topic, discussion, decision, review, information)");
    } else {
        entry.kind = *kind;
    }
    return entry;
}

// One proposed (possibly edited) meeting of the body, as a draft; problems are collected as meetings[i].field.
store::Meeting read_proposed(JsonBody& body, const json::value& value, std::size_t i, std::int64_t team_id,
                             const std::optional<std::string>& mode) {
    const auto where = fmt::format("meetings[{}]", i);
    store::Meeting m;
    m.team_id = team_id;
    m.status = "draft";
    m.mode = mode;
    if (!value.is_object()) {
        body.add_error(where, "must be an object {title, objectives, duration_minutes, agenda}");
        return m;
    }
    const auto& o = value.as_object();
    m.title = proposed_text(body, o, where, "title", 200, true);
    if (m.title.empty() && o.contains("title")) body.add_error(where + ".title", "must not be empty");
    m.goal = proposed_text(body, o, where, "goal", 1000, false);
    if (m.goal.empty()) m.goal = proposed_text(body, o, where, "why", 1000, false);
    const auto* minutes = o.if_contains("duration_minutes");
    if (!minutes || !minutes->is_int64() || minutes->as_int64() < 1 || minutes->as_int64() > 1440) {
        body.add_error(where + ".duration_minutes", "is required: 1 to 1440 minutes");
    } else {
        m.duration_minutes = static_cast<int>(minutes->as_int64());
    }
    m.objectives = proposed_objectives(body, o, where);
    const auto* agenda = o.if_contains("agenda");
    if (!agenda || agenda->is_null()) return m;
    if (!agenda->is_array() || agenda->as_array().size() > 50) {
        body.add_error(where + ".agenda", "must be a list of at most 50 items {title, minutes, kind}");
        return m;
    }
    const auto& items = agenda->as_array();
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (auto entry = proposed_agenda_item(body, items[k], fmt::format("{}.agenda[{}]", where, k)))
            m.agenda.push_back(std::move(*entry));
    }
    return m;
}

http::Response create_planned(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    std::optional<std::string> mode;
    if (auto key = body->optional_string("mode", 20)) {
        if (!guides::parse_meeting_mode(*key)) {
            body->add_error("mode", fmt::format("must be in_person or virtual, got \"{}\"", *key));
        } else {
            mode = *key;
        }
    }
    const auto* list = body->object().if_contains("meetings");
    std::vector<store::Meeting> drafts;
    if (!list || !list->is_array() || list->as_array().empty()) {
        body->add_error("meetings", "is required: the list of proposed meetings to create");
    } else if (list->as_array().size() > kMaxPlannedMeetings) {
        body->add_error("meetings", fmt::format("must have at most {} meetings, got {}", kMaxPlannedMeetings,
                                                list->as_array().size()));
    } else {
        for (std::size_t i = 0; i < list->as_array().size(); ++i) {
            drafts.push_back(read_proposed(*body, list->as_array()[i], i, c.id(), mode));
        }
    }
    if (!body->ok()) return body->problem();  // nothing written: all or nothing
    json::array created_meetings;
    for (const auto& m : drafts) {
        const auto id = store::insert_meeting(c.db, m, c.principal.user_id, c.services.now());
        const auto stored = *store::find_meeting(c.db, id);
        json::array objectives;
        for (const auto& o : stored.objectives) objectives.push_back(json::value(o));
        created_meetings.push_back(json::object{{"id", id},
                                                {"title", stored.title},
                                                {"status", stored.status},
                                                {"duration_minutes", m.duration_minutes.value_or(0)},
                                                {"objectives", std::move(objectives)},
                                                {"agenda_items", stored.agenda.size()},
                                                {"version", stored.version}});
    }
    return json_response(201, json::object{{"team_id", c.id()}, {"meetings", std::move(created_meetings)}});
}

// ------------------------------------------------------------------------------------------ a team's work

domain::Representation team_representation(store::Connection& db, std::int64_t team_id) {
    std::vector<std::string> keys;
    for (const auto& p : store::perspective_catalogue(db)) keys.push_back(p.key);
    std::vector<domain::MemberPerspectives> people;
    for (const auto& m : store::team_members(db, team_id))
        people.push_back({m.name, m.perspectives, m.content_areas, m.grade_spans});
    const auto team = store::find_team(db, team_id);
    const auto organization = store::find_organization(db, team->organization_id);
    return domain::compute_representation(keys, people,
                                          organization ? organization->grade_spans : std::vector<std::string>{});
}

json::value answer_json(const store::GuideAnswer& a) {
    return json::object{{"text", a.text},
                        {"version", a.version},
                        {"author_name", a.author_name},
                        {"updated_at", rfc3339(a.updated_at)}};
}

std::map<std::string, guides::SectionStatus> status_map(const std::vector<store::GuideSectionState>& states) {
    std::map<std::string, guides::SectionStatus> out;
    for (const auto& s : states) {
        if (auto parsed = guides::parse_section_status(s.status))
            out[guides::section_key(s.module_id, s.section_id)] = *parsed;
    }
    return out;
}

json::value summary_json(const guides::Guide& g, const std::vector<store::GuideSectionState>& states) {
    const auto s = guides::summarize(g, status_map(states));
    return json::object{{"sections", s.sections},
                        {"not_started", s.not_started},
                        {"in_progress", s.in_progress},
                        {"complete", s.complete},
                        {"current", s.current.empty() ? json::value(nullptr) : json::value(s.current)}};
}

// What a team recorded in one guide, read once for the whole progress answer.
struct GuideRecords {
    store::Connection& db;
    std::int64_t team_id;
    std::vector<store::GuideSectionState> states;
    std::vector<store::GuideAnswer> answers;
    std::vector<store::GuideEntryState> entries;
    std::optional<domain::Representation> representation;  // read when an item derives from it

    const domain::Representation& team_representation_once() {
        if (!representation) representation = team_representation(db, team_id);
        return *representation;
    }
};

// A checklist item's entries: derived from the team's representation, or as the team checked them.
json::array entries_json(GuideRecords& r, const guides::Module& m, const guides::Section& s, const guides::Item& item) {
    const bool derived = item.source == "representation";
    json::array list;
    for (const auto& e : item.entries) {
        json::object entry{{"id", e.id}, {"label", text_json(e.label)}};
        if (derived) {
            const auto& representation = r.team_representation_once();
            entry["checked"] = guides::representation_entry_checked(representation, e.id);
            entry["note"] = guides::representation_entry_note(representation, e.id);
            entry["derived"] = true;
        } else {
            entry["checked"] = false;
            entry["note"] = "";
            entry["changed_by_name"] = nullptr;
            entry["changed_at"] = nullptr;
            for (const auto& st : r.entries) {
                if (st.module_id == m.id && st.section_id == s.id && st.item_id == item.id && st.entry_id == e.id) {
                    entry["checked"] = st.checked;
                    entry["note"] = st.note;
                    entry["changed_by_name"] = st.changed_by_name;
                    entry["changed_at"] = rfc3339(st.changed_at);
                }
            }
            entry["derived"] = false;
        }
        list.push_back(std::move(entry));
    }
    return list;
}

// A ranked item's order and who saved it. Before the team first orders it, the order starts from the entries
// the team had checked when the item was a checklist (an earlier version of the guide), in the guide's order, so
// that what the team recorded then is not lost.
json::object ranking_json(const guides::Item& item, const std::optional<store::GuideAnswer>& saved,
                          const std::vector<store::GuideEntryState>& checked_before) {
    json::array order;
    if (saved) {
        for (const auto& id : guides::decode_ranking(item, saved->text)) order.emplace_back(id);
        return json::object{{"entries", std::move(order)},
                            {"version", saved->version},
                            {"author_name", saved->author_name},
                            {"updated_at", rfc3339(saved->updated_at)}};
    }
    for (const auto& e : item.entries) {
        const bool was_checked = std::ranges::any_of(checked_before, [&](const store::GuideEntryState& st) {
            return st.item_id == item.id && st.entry_id == e.id && st.checked;
        });
        if (was_checked) order.emplace_back(e.id);
    }
    return json::object{
        {"entries", std::move(order)}, {"version", 0}, {"author_name", nullptr}, {"updated_at", nullptr}};
}

json::object item_json(GuideRecords& r, const guides::Module& m, const guides::Section& s, const guides::Item& item) {
    json::object out{{"id", item.id}, {"kind", guides::item_kind_key(item.kind)}, {"text", text_json(item.text)}};
    if (!item.url.empty()) out["url"] = item.url;
    if (item.kind == guides::ItemKind::question) {
        json::value answer = nullptr;
        for (const auto& a : r.answers) {
            if (a.module_id == m.id && a.section_id == s.id && a.item_id == item.id) answer = answer_json(a);
        }
        out["answer"] = std::move(answer);
    }
    if (item.kind == guides::ItemKind::ranked) {
        std::optional<store::GuideAnswer> saved;
        std::vector<store::GuideEntryState> before;
        for (const auto& a : r.answers) {
            if (a.module_id == m.id && a.section_id == s.id && a.item_id == item.id) saved = a;
        }
        for (const auto& st : r.entries) {
            if (st.module_id == m.id && st.section_id == s.id) before.push_back(st);
        }
        out["ranking"] = ranking_json(item, saved, before);
    }
    if (!item.entries.empty()) {
        auto list = entries_json(r, m, s, item);
        if (item.source == "representation") out["source"] = item.source;
        out["entries"] = std::move(list);
    }
    return out;
}

json::object section_json(GuideRecords& r, const guides::Module& m, const guides::Section& s) {
    json::value status = "not_started", changed_by = nullptr, changed_at = nullptr;
    for (const auto& st : r.states) {
        if (st.module_id == m.id && st.section_id == s.id) {
            status = json::value(st.status);
            changed_by = json::value(st.changed_by_name);
            changed_at = rfc3339(st.changed_at);
        }
    }
    json::array items;
    for (const auto& item : s.items) items.push_back(item_json(r, m, s, item));
    return json::object{{"id", s.id},
                        {"title", text_json(s.title)},
                        {"objective", text_json(s.objective)},
                        {"status", std::move(status)},
                        {"status_changed_by_name", std::move(changed_by)},
                        {"status_changed_at", std::move(changed_at)},
                        {"items", std::move(items)}};
}

json::value progress_json(RequestContext& c, const guides::Guide& g, const store::TeamGuide& adopted) {
    const auto team_id = c.id();
    GuideRecords records{c.db,
                         team_id,
                         store::guide_section_states(c.db, team_id, g.id),
                         store::guide_answers(c.db, team_id, g.id),
                         store::guide_entry_states(c.db, team_id, g.id),
                         std::nullopt};
    json::array modules;
    for (const auto& m : g.modules) {
        json::array sections;
        for (const auto& s : m.sections) sections.push_back(section_json(records, m, s));
        modules.push_back(json::object{{"id", m.id}, {"title", text_json(m.title)}, {"sections", std::move(sections)}});
    }
    return json::object{{"team_id", team_id},
                        {"guide", json::object{{"id", g.id}, {"version", g.version}, {"title", text_json(g.title)}}},
                        {"adopted_at", rfc3339(adopted.adopted_at)},
                        {"adopted_by_name", adopted.adopted_by_name},
                        {"summary", summary_json(g, records.states)},
                        {"modules", std::move(modules)}};
}

http::Response list_team_guides(RequestContext& c) {
    json::array list;
    for (const auto& adopted : store::team_guides(c.db, c.id())) {
        auto found = guides::locate(loaded(c), adopted.guide_id);
        json::object out{{"id", adopted.guide_id},
                         {"adopted_at", rfc3339(adopted.adopted_at)},
                         {"adopted_by_name", adopted.adopted_by_name}};
        if (found) {
            out["title"] = text_json(found->guide->title);
            out["summary"] = summary_json(*found->guide, store::guide_section_states(c.db, c.id(), adopted.guide_id));
        } else {
            out["title"] = nullptr;  // a guide no longer shipped: what the team recorded stays
            out["summary"] = nullptr;
        }
        list.push_back(std::move(out));
    }
    return json_response(200, json::object{{"team_id", c.id()}, {"guides", std::move(list)}});
}

http::Response adopt(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto guide_id = body->required_string("guide", 64);
    if (!body->ok()) return body->problem();
    const auto found = guides::locate(loaded(c), *guide_id);
    if (!found) return validation_problem("guide", found.error().message);
    const bool already = store::find_team_guide(c.db, c.id(), *guide_id).has_value();
    if (!already) store::adopt_guide(c.db, c.id(), *guide_id, c.principal.user_id, c.principal.name, c.services.now());
    const auto adopted = *store::find_team_guide(c.db, c.id(), *guide_id);
    const auto answer = progress_json(c, *found->guide, adopted);
    if (already) return json_response(200, answer);
    return created(answer, fmt::format("/api/v1/teams/{}/guides/{}", c.id(), *guide_id));
}

// The guide (and section, item, entry when named in the path), adopted by the team; or the 404 to answer.
struct Target {
    guides::Located at;
    store::TeamGuide adopted;
};
std::expected<Target, http::Response> target(RequestContext& c, bool section, bool item, bool entry) {
    const auto guide_id = c.param("guide");
    auto found =
        guides::locate(loaded(c), guide_id, section ? c.param("module") : "", section ? c.param("section") : "",
                       item ? c.param("item") : "", entry ? c.param("entry") : "");
    if (!found) return std::unexpected(located_not_found(found.error()));
    const auto adopted = store::find_team_guide(c.db, c.id(), guide_id);
    if (!adopted) {
        return std::unexpected(
            http::problem(http::ProblemKind::not_found,
                          fmt::format("team {} has not adopted guide \"{}\"; adopt it first", c.id(), guide_id)));
    }
    return Target{*found, *adopted};
}

http::Response get_progress(RequestContext& c) {
    auto t = target(c, false, false, false);
    if (!t) return t.error();
    return json_response(200, progress_json(c, *t->at.guide, t->adopted));
}

http::Response put_section_status(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    auto t = target(c, true, false, false);
    if (!t) return t.error();
    const auto status = body->required_string("status", 20);
    if (status && !guides::parse_section_status(*status)) {
        body->add_error("status", fmt::format("must be not_started, in_progress or complete, got \"{}\"", *status));
    }
    if (!body->ok()) return body->problem();
    store::set_guide_section_status(c.db, c.id(), t->at.guide->id,
                                    {t->at.module->id, t->at.section->id, *status, c.principal.name, c.services.now()},
                                    c.principal.user_id);
    const auto states = store::guide_section_states(c.db, c.id(), t->at.guide->id);
    return json_response(200, json::object{{"module", t->at.module->id},
                                           {"section", t->at.section->id},
                                           {"status", *status},
                                           {"changed_by_name", c.principal.name},
                                           {"changed_at", rfc3339(c.services.now())},
                                           {"summary", summary_json(*t->at.guide, states)}});
}

std::optional<http::Response> refuse_unless_question(const guides::Item& item) {
    if (item.kind == guides::ItemKind::question) return std::nullopt;
    return validation_problem("item", fmt::format("item \"{}\" is a {}, not a question: it has no answer", item.id,
                                                  guides::item_kind_key(item.kind)));
}

http::Response put_answer(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    auto t = target(c, true, true, false);
    if (!t) return t.error();
    if (auto refusal = refuse_unless_question(*t->at.item)) return *refusal;
    const auto text = body->optional_string("text", 20000);
    if (!body->object().contains("text")) body->add_error("text", "is required: the answer in Markdown");
    const auto version = body->required_integer("version");
    if (!body->ok()) return body->problem();
    const auto& g = t->at.guide->id;
    const auto& m = t->at.module->id;
    const auto& s = t->at.section->id;
    const auto& i = t->at.item->id;
    const auto current = store::find_guide_answer(c.db, c.id(), g, m, s, i);
    const auto current_json = [&] {
        const auto now = store::find_guide_answer(c.db, c.id(), g, m, s, i);
        return now ? answer_json(*now) : json::value(json::object{{"text", nullptr}, {"version", 0}});
    };
    if (*version != (current ? current->version : 0)) return stale_edit("this answer", *version, current_json());
    store::GuideAnswer answer{0, m, s, i, text.value_or(""), 0, c.principal.name, 0};
    if (!store::write_guide_answer(c.db, c.id(), g, answer, *version, c.principal.user_id, c.services.now())) {
        return stale_edit("this answer", *version, current_json());
    }
    return json_response(200, current_json());
}

http::Response answer_history(RequestContext& c) {
    auto t = target(c, true, true, false);
    if (!t) return t.error();
    if (auto refusal = refuse_unless_question(*t->at.item)) return *refusal;
    const auto current =
        store::find_guide_answer(c.db, c.id(), t->at.guide->id, t->at.module->id, t->at.section->id, t->at.item->id);
    json::array versions;
    if (current) {
        for (const auto& v : store::guide_answer_history(c.db, current->id)) versions.push_back(answer_json(v));
    }
    return json_response(200, json::object{{"item", t->at.item->id}, {"versions", std::move(versions)}});
}

// PUT .../items/{item}/ranking {entries: [ids, most important first], version}: the team's order of a ranked
// item, versioned like an answer.
http::Response put_ranking(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    auto t = target(c, true, true, false);
    if (!t) return t.error();
    const auto& item = *t->at.item;
    if (item.kind != guides::ItemKind::ranked) {
        return validation_problem("item", fmt::format("item \"{}\" is a {}, not a ranked list: it has no order",
                                                      item.id, guides::item_kind_key(item.kind)));
    }
    const auto order = body->string_list("entries", item.entries.size(), 64);
    if (!body->has("entries")) body->add_error("entries", "is required: the entry ids, most important first");
    const auto version = body->required_integer("version");
    if (order) {
        for (const auto& p : guides::check_ranking(item, *order)) body->add_error(p.field, p.message);
    }
    if (!body->ok()) return body->problem();
    const auto& g = t->at.guide->id;
    const auto& m = t->at.module->id;
    const auto& s = t->at.section->id;
    const auto current_json = [&] {
        return ranking_json(item, store::find_guide_answer(c.db, c.id(), g, m, s, item.id),
                            store::guide_entry_states(c.db, c.id(), g));
    };
    const auto current = store::find_guide_answer(c.db, c.id(), g, m, s, item.id);
    if (*version != (current ? current->version : 0)) return stale_edit("this order", *version, current_json());
    store::GuideAnswer answer{0, m, s, item.id, guides::encode_ranking(*order), 0, c.principal.name, 0};
    if (!store::write_guide_answer(c.db, c.id(), g, answer, *version, c.principal.user_id, c.services.now())) {
        return stale_edit("this order", *version, current_json());
    }
    return json_response(200, current_json());
}

http::Response put_entry(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    auto t = target(c, true, true, true);
    if (!t) return t.error();
    if (t->at.item->kind == guides::ItemKind::ranked) {
        return validation_problem("item", fmt::format("item \"{}\" is a ranked list: send its order to "
                                                      "items/{}/ranking instead of checking entries",
                                                      t->at.item->id, t->at.item->id));
    }
    if (t->at.item->source == "representation") {
        return validation_problem("item", fmt::format("item \"{}\" is read from the team's representation: change the "
                                                      "members' perspectives instead",
                                                      t->at.item->id));
    }
    const auto checked = body->optional_bool("checked");
    if (!body->object().contains("checked")) body->add_error("checked", "is required: true or false");
    const auto note = body->optional_string("note", 2000).value_or("");
    if (!body->ok()) return body->problem();
    store::GuideEntryState state{t->at.module->id, t->at.section->id,       t->at.item->id,
                                 t->at.entry->id,  checked.value_or(false), note,
                                 c.principal.name, c.services.now()};
    store::set_guide_entry_state(c.db, c.id(), t->at.guide->id, state, c.principal.user_id);
    return json_response(200, json::object{{"module", state.module_id},
                                           {"section", state.section_id},
                                           {"item", state.item_id},
                                           {"entry", state.entry_id},
                                           {"checked", state.checked},
                                           {"note", state.note},
                                           {"changed_by_name", state.changed_by_name},
                                           {"changed_at", rfc3339(state.changed_at)}});
}

}  // namespace

void add_guide_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const std::string section = "/api/v1/teams/{id}/guides/{guide}/modules/{module}/sections/{section}";
    routes.push_back({"GET", "/api/v1/guides", Guard::signed_in(), list_guides, access::signed_in});
    routes.push_back(
        {"POST", "/api/v1/teams/{id}/meeting-plan", Guard::read(ResourceKind::team), plan, access::team_readers});
    routes.push_back({"POST", "/api/v1/teams/{id}/meeting-plan/create", Guard::manage(ResourceKind::team),
                      create_planned, access::team_managers});
    routes.push_back(
        {"GET", "/api/v1/teams/{id}/guides", Guard::read(ResourceKind::team), list_team_guides, access::team_readers});
    routes.push_back(
        {"POST", "/api/v1/teams/{id}/guides", Guard::manage(ResourceKind::team), adopt, access::team_managers});
    routes.push_back({"GET", "/api/v1/teams/{id}/guides/{guide}", Guard::read(ResourceKind::team), get_progress,
                      access::team_readers});
    routes.push_back({"PUT", section + "/status", Guard::contribute(ResourceKind::team), put_section_status,
                      access::team_contributors});
    routes.push_back({"PUT", section + "/items/{item}/answer", Guard::contribute(ResourceKind::team), put_answer,
                      access::team_contributors});
    routes.push_back({"GET", section + "/items/{item}/answer/history", Guard::read(ResourceKind::team), answer_history,
                      access::team_readers});
    routes.push_back({"PUT", section + "/items/{item}/ranking", Guard::contribute(ResourceKind::team), put_ranking,
                      access::team_contributors});
    routes.push_back({"PUT", section + "/items/{item}/entries/{entry}", Guard::contribute(ResourceKind::team),
                      put_entry, access::team_contributors});
}

}  // namespace trellis::api
