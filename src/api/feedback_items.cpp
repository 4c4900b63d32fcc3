#include "api/feedback_items.hpp"

#include <fmt/format.h>

#include <map>

#include "api/action_calls.hpp"
#include "api/json_shapes.hpp"
#include "trellis/actions/plan.hpp"
#include "trellis/domain/feedback_round.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/guides/progress.hpp"
#include "trellis/store/guide_progress.hpp"
#include "trellis/store/prototypes.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

const std::vector<guides::Guide>& loaded_guides(RequestContext& c) {
    static const std::vector<guides::Guide> none;
    return c.services.guides ? *c.services.guides : none;
}

bool spanish(RequestContext& c) { return caller(c).language == domain::Language::es; }

json::object both(const guides::Text& text) { return {{"en", text.en}, {"es", text.in("es")}}; }

std::string version_title(const store::Prototype& p, const store::PrototypeVersion& v) {
    return fmt::format("{} (v{})", p.title, v.number);
}

std::string plan_section_title(RequestContext& c, std::string_view section) {
    static const std::map<std::string_view, std::pair<const char*, const char*>> titles = {
        {"vision", {"Plan: vision", "Plan: visión"}},
        {"goals", {"Plan: goals and objectives", "Plan: metas y objetivos"}},
        {"activities", {"Plan: activities", "Plan: actividades"}},
        {"milestones", {"Plan: milestones", "Plan: hitos"}},
        {"tasks", {"Plan: tasks", "Plan: tareas"}},
        {"barriers", {"Plan: barriers and responses", "Plan: barreras y respuestas"}}};
    const auto& [en, es] = titles.at(section);
    return spanish(c) ? es : en;
}

// The plan section as plain lines: what a reviewer reads, without the plan's ids, versions or owners' addresses.
json::array plan_lines(const actions::PlanView& plan, std::string_view section) {
    json::array lines;
    if (section == "vision" && plan.vision) lines.emplace_back(plan.vision->text);
    if (section == "goals") {
        for (const auto& g : plan.goals) {
            lines.emplace_back(g.description.empty() ? g.title : fmt::format("{}: {}", g.title, g.description));
            for (const auto& o : plan.objectives)
                if (o.goal_id == g.id) lines.emplace_back(fmt::format("– {}", o.description));
        }
    }
    if (section == "activities")
        for (const auto& a : plan.activities) lines.emplace_back(a.description);
    if (section == "milestones")
        for (const auto& m : plan.milestones) lines.emplace_back(fmt::format("{} ({})", m.title, m.due_on));
    if (section == "tasks")
        for (const auto& t : plan.tasks)
            lines.emplace_back(t.due_on ? fmt::format("{} ({})", t.title, *t.due_on) : t.title);
    if (section == "barriers")
        for (const auto& b : plan.barriers)
            lines.emplace_back(b.response.empty() ? b.description : fmt::format("{} → {}", b.description, b.response));
    return lines;
}

std::optional<std::string> string_field(const json::object& item, std::string_view field) {
    const auto* value = item.if_contains(field);
    if (!value || !value->is_string()) return std::nullopt;
    return std::string(value->as_string());
}

std::optional<std::int64_t> integer_field(const json::object& item, std::string_view field) {
    const auto* value = item.if_contains(field);
    if (!value || !value->is_int64()) return std::nullopt;
    return value->as_int64();
}

std::optional<FeedbackItem> read_prototype_version(RequestContext& c, JsonBody& body, const json::object& item,
                                                   std::int64_t team_id) {
    const auto prototype_id = integer_field(item, "prototype_id");
    const auto version_id = integer_field(item, "prototype_version_id");
    if (!prototype_id) body.add_error("item.prototype_id", "is required: the id of one of the team's prototypes");
    if (!version_id) body.add_error("item.prototype_version_id", "is required: the id of a version of it");
    if (!prototype_id || !version_id) return std::nullopt;
    const auto prototype = store::find_prototype(c.db, team_id, *prototype_id);
    if (!prototype) {
        body.add_error("item.prototype_id", fmt::format("prototype {} was not found in this team", *prototype_id));
        return std::nullopt;
    }
    const auto version = store::find_prototype_version(c.db, prototype->id, *version_id);
    if (!version) {
        body.add_error("item.prototype_version_id",
                       fmt::format("version {} is not a version of prototype {}", *version_id, prototype->id));
        return std::nullopt;
    }
    return FeedbackItem{.kind = "prototype_version",
                        .key = fmt::format("prototype/{}/version/{}", prototype->id, version->id),
                        .title = version_title(*prototype, *version),
                        .snapshot = {{"prototype_title", prototype->title},
                                     {"if_we", prototype->if_we},
                                     {"then_what", prototype->then_what},
                                     {"for_whom", prototype->for_whom},
                                     {"version_number", version->number},
                                     {"description", version->description},
                                     {"attachments", json::parse(version->attachments_json)}},
                        .prototype_id = prototype->id};
}

std::optional<FeedbackItem> read_guide_answer(RequestContext& c, JsonBody& body, const json::object& item,
                                              std::int64_t team_id) {
    const auto guide = string_field(item, "guide").value_or("");
    const auto module = string_field(item, "module").value_or("");
    const auto section = string_field(item, "section").value_or("");
    const auto item_id = string_field(item, "item").value_or("");
    for (const auto& [field, value] :
         {std::pair{"guide", &guide}, {"module", &module}, {"section", &section}, {"item", &item_id}}) {
        if (value->empty()) body.add_error(fmt::format("item.{}", field), "is required");
    }
    if (!body.ok()) return std::nullopt;
    const auto located = guides::locate(loaded_guides(c), guide, module, section, item_id);
    if (!located) {
        body.add_error("item." + located.error().field, located.error().message);
        return std::nullopt;
    }
    const auto answer = store::find_guide_answer(c.db, team_id, guide, module, section, item_id);
    if (!store::find_team_guide(c.db, team_id, guide) || !answer || answer->text.empty()) {
        body.add_error("item.item", "the team has no answer to this question yet: there is nothing to review");
        return std::nullopt;
    }
    const auto& s = *located->section;
    const auto& question = located->item->text;
    const auto lang = spanish(c) ? "es" : "en";
    return FeedbackItem{.kind = "guide_answer",
                        .key = fmt::format("guide/{}/{}/{}/{}", guide, module, section, item_id),
                        .title = fmt::format("{}: {}", s.title.in(lang), question.in(lang)),
                        .snapshot = {{"guide_title", both(located->guide->title)},
                                     {"section_title", both(s.title)},
                                     {"question", both(question)},
                                     {"answer", answer->text}}};
}

}  // namespace

std::optional<FeedbackItem> read_feedback_item(RequestContext& c, JsonBody& body, std::int64_t team_id) {
    const auto* value = body.object().if_contains("item");
    if (!value || !value->is_object()) {
        body.add_error("item", "is required: an object with `kind` (prototype_version, plan_section or guide_answer)");
        return std::nullopt;
    }
    const auto& item = value->as_object();
    const auto kind = string_field(item, "kind").value_or("");
    if (kind == "prototype_version") return read_prototype_version(c, body, item, team_id);
    if (kind == "guide_answer") return read_guide_answer(c, body, item, team_id);
    if (kind == "plan_section") {
        const auto section = string_field(item, "section").value_or("");
        if (auto problem = domain::check_one_of(section, domain::kFeedbackPlanSections)) {
            body.add_error("item.section", *problem);
            return std::nullopt;
        }
        auto lines = plan_lines(actions::plan_view(caller(c), team_id), section);
        if (lines.empty()) {
            body.add_error("item.section", "this section of the team's plan is empty: there is nothing to review");
            return std::nullopt;
        }
        return FeedbackItem{.kind = "plan_section",
                            .key = "plan/" + section,
                            .title = plan_section_title(c, section),
                            .snapshot = {{"section", section}, {"lines", std::move(lines)}}};
    }
    body.add_error("item.kind", "must be one of prototype_version, plan_section, guide_answer");
    return std::nullopt;
}

json::object feedback_items_json(RequestContext& c, std::int64_t team_id) {
    json::array versions;
    for (const auto& p : store::team_prototypes(c.db, team_id))
        for (const auto& v : store::prototype_versions(c.db, p.id))
            versions.push_back(
                {{"prototype_id", p.id}, {"prototype_version_id", v.id}, {"title", version_title(p, v)}});
    json::array answers;
    const auto lang = spanish(c) ? "es" : "en";
    for (const auto& adopted : store::team_guides(c.db, team_id)) {
        for (const auto& a : store::guide_answers(c.db, team_id, adopted.guide_id)) {
            if (a.text.empty()) continue;
            const auto located =
                guides::locate(loaded_guides(c), adopted.guide_id, a.module_id, a.section_id, a.item_id);
            if (!located) continue;  // an answer to a question the guide no longer has
            answers.push_back(
                {{"guide", adopted.guide_id},
                 {"module", a.module_id},
                 {"section", a.section_id},
                 {"item", a.item_id},
                 {"title", fmt::format("{}: {}", located->section->title.in(lang), located->item->text.in(lang))}});
        }
    }
    json::array sections;
    const auto plan = actions::plan_view(caller(c), team_id);
    for (const auto section : domain::kFeedbackPlanSections) {
        if (plan_lines(plan, section).empty()) continue;
        sections.push_back({{"section", section}, {"title", plan_section_title(c, section)}});
    }
    return {{"prototype_versions", versions}, {"guide_answers", answers}, {"plan_sections", sections}};
}

}  // namespace trellis::api
