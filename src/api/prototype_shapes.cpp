#include "api/prototype_shapes.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include <algorithm>

#include "api/json_shapes.hpp"
#include "trellis/domain/characters.hpp"
#include "trellis/domain/prototype_cycle.hpp"
#include "trellis/domain/web_address.hpp"
#include "trellis/store/evidence.hpp"
#include "trellis/store/measures.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxAttachments = 20;
constexpr std::size_t kMaxQuestions = 10;

json::array parse_list(const std::string& text) {
    auto parsed = json::parse(text);
    return parsed.is_array() ? parsed.as_array() : json::array{};
}

std::string member_text(const json::object& o, std::string_view key) {
    const auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

// A text inside a list item: trimmed, at most `max` characters; the error names the item ("questions[2].prediction").
std::optional<std::string> item_text(JsonBody& body, const json::object& item, std::string_view key,
                                     const std::string& field, std::size_t max, bool required) {
    const auto* v = item.if_contains(key);
    if (!v || v->is_null()) {
        if (required) body.add_error(field, "is required");
        return required ? std::nullopt : std::optional<std::string>("");
    }
    if (!v->is_string()) {
        body.add_error(field, "must be a string");
        return std::nullopt;
    }
    std::string text(v->as_string());
    text.erase(0, text.find_first_not_of(" \t\r\n"));
    text.erase(text.find_last_not_of(" \t\r\n") + 1);
    if (required && text.empty()) {
        body.add_error(field, "must not be empty");
        return std::nullopt;
    }
    if (domain::character_count(text) > max) {
        body.add_error(field, fmt::format("must be at most {} characters", max));
        return std::nullopt;
    }
    return text;
}

const json::array* list_field(JsonBody& body, std::string_view field, std::size_t max_items) {
    if (!body.has(field)) return nullptr;
    const auto& v = body.object().at(field);
    if (!v.is_array()) {
        body.add_error(field, "must be a list");
        return nullptr;
    }
    if (v.as_array().size() > max_items) {
        body.add_error(field, fmt::format("must have at most {} items", max_items));
        return nullptr;
    }
    return &v.as_array();
}

}  // namespace

json::value prototype_json(const store::Prototype& p) {
    json::value decision = nullptr;
    if (domain::prototype_decided(p.status))
        decision = json::object{{"status", p.status},
                                {"reasons", p.decision_reasons},
                                {"decided_by", p.decided_by_name},
                                {"decided_at", p.decided_at ? json::value(rfc3339(*p.decided_at)) : nullptr}};
    return json::object{{"id", p.id},
                        {"title", p.title},
                        {"if_we", p.if_we},
                        {"then_what", p.then_what},
                        {"for_whom", p.for_whom},
                        {"status", p.status},
                        {"decision", decision},
                        {"updated_by", p.updated_by_name},
                        {"updated_at", rfc3339(p.updated_at)},
                        {"version", p.version}};
}

json::value prototype_cycle_json(const store::PrototypeCycle& c) {
    json::array questions, results;
    for (const auto& q : parse_list(c.questions_json)) {
        const auto& o = q.as_object();
        questions.push_back(
            json::object{{"question", member_text(o, "question")}, {"prediction", member_text(o, "prediction")}});
        results.push_back(json::value(member_text(o, "result")));
    }
    json::array measures;
    for (auto m : c.measure_ids) measures.push_back(m);
    return json::object{
        {"id", c.id},
        {"number", c.number},
        {"phase", c.phase},
        {"complete", c.phase == "act" && !c.act_decision.empty()},
        {"plan", json::object{{"questions", questions},
                              {"measure_ids", measures},
                              {"who", c.who},
                              {"where", c.place},
                              {"starts_on", or_null(c.starts_on)},
                              {"ends_on", or_null(c.ends_on)}}},
        {"do",
         json::object{{"what_happened", c.what_happened}, {"observations", c.observations}, {"problems", c.problems}}},
        {"study", json::object{{"results", results}, {"surprises", c.surprises}}},
        {"act", json::object{{"decision", c.act_decision.empty() ? json::value(nullptr) : json::value(c.act_decision)},
                             {"next_step", c.next_step}}},
        {"updated_by", c.updated_by_name},
        {"updated_at", rfc3339(c.updated_at)},
        {"version", c.version}};
}

json::value prototype_version_json(store::Connection& db, const store::PrototypeVersion& v) {
    json::array cycles;
    for (const auto& c : store::version_cycles(db, v.id)) cycles.push_back(prototype_cycle_json(c));
    return json::object{{"id", v.id},
                        {"number", v.number},
                        {"description", v.description},
                        {"attachments", parse_list(v.attachments_json)},
                        {"adapted_from_cycle_id", or_null(v.adapted_from_cycle_id)},
                        {"cycles", cycles},
                        {"updated_at", rfc3339(v.updated_at)},
                        {"version", v.version}};
}

json::value prototype_detail_json(store::Connection& db, const store::Prototype& p) {
    auto out = prototype_json(p).as_object();
    // The insights it answers, with their statements, so the page shows why the team is testing it.
    json::array insights;
    for (const auto id : store::prototype_insight_ids(db, p.id))
        if (const auto insight = store::find_insight(db, p.team_id, id))
            insights.push_back(json::object{{"id", insight->id}, {"statement", insight->statement}});
    out["insights"] = std::move(insights);
    json::array versions;
    for (const auto& v : store::prototype_versions(db, p.id)) versions.push_back(prototype_version_json(db, v));
    out["versions"] = versions;
    return out;
}

void read_attachments(JsonBody& body, std::string& out) {
    const auto* list = list_field(body, "attachments", kMaxAttachments);
    if (!list) return;
    json::array stored;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto field = fmt::format("attachments[{}]", i);
        if (!(*list)[i].is_object()) {
            body.add_error(field, "must be an object with label and url");
            continue;
        }
        const auto& item = (*list)[i].as_object();
        auto label = item_text(body, item, "label", field + ".label", 200, true);
        auto url = item_text(body, item, "url", field + ".url", 2000, true);
        if (url) {
            if (auto problem = domain::check_web_address(*url)) {
                body.add_error(field + ".url", *problem);
                url.reset();
            }
        }
        if (label && url) stored.push_back(json::object{{"label", *label}, {"url", *url}});
    }
    out = json::serialize(stored);
}

void read_questions(JsonBody& body, std::string& questions_json) {
    const auto* list = list_field(body, "questions", kMaxQuestions);
    if (!list) return;
    const auto before = parse_list(questions_json);
    json::array stored;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto field = fmt::format("questions[{}]", i);
        if (!(*list)[i].is_object()) {
            body.add_error(field, "must be an object with question and prediction");
            continue;
        }
        const auto& item = (*list)[i].as_object();
        auto question = item_text(body, item, "question", field + ".question", 500, true);
        auto prediction = item_text(body, item, "prediction", field + ".prediction", 1000, false);
        const auto result = i < before.size() ? member_text(before[i].as_object(), "result") : std::string();
        if (question && prediction)
            stored.push_back(json::object{{"question", *question}, {"prediction", *prediction}, {"result", result}});
    }
    questions_json = json::serialize(stored);
}

void read_results(JsonBody& body, std::string& questions_json) {
    auto questions = parse_list(questions_json);
    const auto* list = list_field(body, "results", kMaxQuestions);
    if (!list) return;
    if (list->size() > questions.size()) {
        body.add_error("results", fmt::format("has {} results for {} questions", list->size(), questions.size()));
        return;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto field = fmt::format("results[{}]", i);
        const auto& v = (*list)[i];
        if (!v.is_string()) {
            body.add_error(field, "must be a string");
            continue;
        }
        json::object holder{{"result", v}};
        if (auto text = item_text(body, holder, "result", field, 2000, false))
            questions[i].as_object()["result"] = *text;
    }
    questions_json = json::serialize(questions);
}

void read_measure_ids(JsonBody& body, store::Connection& db, std::int64_t team_id, std::vector<std::int64_t>& out) {
    const auto* list = list_field(body, "measure_ids", 10);
    if (!list) return;
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto field = fmt::format("measure_ids[{}]", i);
        const auto& v = (*list)[i];
        if (!v.is_int64()) {
            body.add_error(field, "must be a measure id");
            continue;
        }
        const auto id = v.as_int64();
        const auto measure = store::find_measure(db, id);
        // Another team's measure reads exactly like an id that does not exist.
        if (!measure || measure->team_id != team_id)
            body.add_error(field, fmt::format("no measure {} in this team", id));
        else if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    out = ids;
}

}  // namespace trellis::api
