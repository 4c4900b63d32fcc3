// The PDSA cycles of a prototype's versions (issue 12, item 3), and the marks they leave on the run chart of each
// measure they name. A cycle moves Plan -> Do -> Study -> Act by the rules of domain/prototype_cycle.hpp; each phase
// is edited by whoever may write the team's plan. Ids of another team's rows answer 404; another team's measure
// in a body is a 422.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/access.hpp"
#include "api/json_body.hpp"
#include "api/prototype_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/domain/prototype_cycle.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::size_t kLongText = 4000;

// The phase each writable field belongs to: a field of a phase the cycle has not reached is refused.
struct FieldPhase {
    std::string_view field, phase;
};
constexpr FieldPhase kFieldPhases[] = {
    {"questions", "plan"},  {"measure_ids", "plan"}, {"who", "plan"},        {"where", "plan"},  {"starts_on", "plan"},
    {"ends_on", "plan"},    {"what_happened", "do"}, {"observations", "do"}, {"problems", "do"}, {"results", "study"},
    {"surprises", "study"}, {"act_decision", "act"}, {"next_step", "act"},
};

domain::CycleFacts facts_of(const store::PrototypeCycle& c) {
    domain::CycleFacts facts{
        .phase = c.phase, .what_happened = !c.what_happened.empty(), .act_decision = c.act_decision};
    const auto questions = json::parse(c.questions_json).as_array();
    facts.questions = questions.size();
    for (const auto& q : questions) {
        const auto& o = q.as_object();
        if (!o.at("prediction").as_string().empty()) ++facts.questions_predicted;
        if (const auto* r = o.if_contains("result"); r && !r->as_string().empty()) ++facts.questions_with_result;
    }
    return facts;
}

void read_text(JsonBody& body, std::string_view field, std::size_t max, std::string& into) {
    if (!body.object().contains(field)) return;
    if (body.object().at(field).is_null()) into.clear();
    else if (auto value = body.optional_string(field, max)) into = *value;
}

void read_date(JsonBody& body, std::string_view field, std::optional<std::string>& into) {
    if (!body.object().contains(field)) return;
    if (body.object().at(field).is_null()) {
        into.reset();
        return;
    }
    if (auto date = body.optional_string(field, 10)) {
        if (auto problem = domain::check_date(*date)) body.add_error(field, *problem);
        else into = *date;
    }
}

// Every field of the body that is present, into `c`; the phase rules are checked by the caller.
void read_cycle(JsonBody& body, RequestContext& ctx, store::PrototypeCycle& c) {
    read_questions(body, c.questions_json);
    read_measure_ids(body, ctx.db, ctx.id(), c.measure_ids);
    read_text(body, "who", 500, c.who);
    read_text(body, "where", 500, c.place);
    read_date(body, "starts_on", c.starts_on);
    read_date(body, "ends_on", c.ends_on);
    if (c.starts_on && c.ends_on && *c.ends_on < *c.starts_on)
        body.add_error("ends_on", "must not be before starts_on");
    read_text(body, "what_happened", kLongText, c.what_happened);
    read_text(body, "observations", kLongText, c.observations);
    read_text(body, "problems", kLongText, c.problems);
    read_results(body, c.questions_json);
    read_text(body, "surprises", kLongText, c.surprises);
    if (body.object().contains("act_decision")) {
        std::string decision;
        read_text(body, "act_decision", 20, decision);
        if (!decision.empty()) {
            if (auto problem = domain::check_one_of(decision, domain::kActDecisions))
                body.add_error("act_decision", *problem);
        }
        c.act_decision = decision;
    }
    read_text(body, "next_step", kLongText, c.next_step);
}

struct Scope {
    std::optional<store::Prototype> prototype;
    std::optional<http::Response> refusal;
};

Scope open_prototype(RequestContext& c) {
    Scope scope{store::find_prototype(c.db, c.id(), c.id("prototype_id")), std::nullopt};
    if (!scope.prototype)
        scope.refusal = not_found(fmt::format("prototype {} of team {}", c.id("prototype_id"), c.id()));
    return scope;
}

http::Response decided_refusal() {
    return conflict("this prototype has a scale decision and is read-only; its lead may reopen it");
}

http::Response create_cycle(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    auto scope = open_prototype(c);
    if (scope.refusal) return *scope.refusal;
    const auto version = store::find_prototype_version(c.db, scope.prototype->id, c.id("prototype_version_id"));
    if (!version)
        return not_found(fmt::format("version {} of prototype {}", c.id("prototype_version_id"), scope.prototype->id));
    store::PrototypeCycle cycle{
        .prototype_version_id = version->id, .updated_by_name = c.principal.name, .updated_at = c.services.now()};
    for (const auto& [field, phase] : kFieldPhases) {
        if (phase != "plan" && body->object().contains(field))
            body->add_error(field, "a new cycle starts with its Plan");
    }
    read_cycle(*body, c, cycle);
    if (!body->ok()) return body->problem();
    if (domain::prototype_decided(scope.prototype->status)) return decided_refusal();
    const auto id = store::insert_prototype_cycle(c.db, cycle);
    return created(prototype_cycle_json(*store::find_prototype_cycle(c.db, scope.prototype->id, id)),
                   fmt::format("/api/v1/teams/{}/prototypes/{}", c.id(), scope.prototype->id));
}

// PATCH .../cycles/{cycle_id} {version, phase?, fields...}: edits the phases reached and, with `phase`, moves
// the cycle on to its next phase once the phase it leaves is complete.
http::Response patch_cycle(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    auto scope = open_prototype(c);
    if (scope.refusal) return *scope.refusal;
    const auto current = store::find_prototype_cycle(c.db, scope.prototype->id, c.id("cycle_id"));
    if (!current) return not_found(fmt::format("cycle {} of prototype {}", c.id("cycle_id"), scope.prototype->id));
    const auto version = body->required_integer("version");
    std::string target = current->phase;
    if (auto phase = body->optional_string("phase", 10)) {
        if (auto problem = domain::check_one_of(*phase, domain::kCyclePhases)) body->add_error("phase", *problem);
        else target = *phase;
    }
    for (const auto& [field, phase] : kFieldPhases) {
        if (!body->object().contains(field)) continue;
        if (auto problem = domain::refuse_phase_edit(target, phase)) body->add_error(field, *problem);
    }
    auto updated = *current;
    read_cycle(*body, c, updated);
    if (body->ok()) {
        if (auto problem = domain::refuse_advance(facts_of(updated), target)) body->add_error("phase", *problem);
    }
    if (!body->ok()) return body->problem();
    if (domain::prototype_decided(scope.prototype->status)) return decided_refusal();
    updated.phase = target;
    updated.version = *version;
    updated.updated_by_name = c.principal.name;
    updated.updated_at = c.services.now();
    if (!store::update_prototype_cycle(c.db, updated))
        return stale_edit("this cycle", *version,
                          prototype_cycle_json(*store::find_prototype_cycle(c.db, scope.prototype->id, current->id)));
    return json_response(200,
                         prototype_cycle_json(*store::find_prototype_cycle(c.db, scope.prototype->id, current->id)));
}

// GET /api/v1/measures/{id}/cycle-marks: the cycles that name this measure, for its run chart.
http::Response cycle_marks(RequestContext& c) {
    json::array marks;
    for (const auto& m : store::measure_cycle_marks(c.db, c.id()))
        marks.push_back(json::object{{"prototype_id", m.prototype_id},
                                     {"prototype_title", m.prototype_title},
                                     {"version_number", m.version_number},
                                     {"cycle_number", m.cycle_number},
                                     {"starts_on", m.starts_on ? json::value(*m.starts_on) : nullptr},
                                     {"ends_on", m.ends_on ? json::value(*m.ends_on) : nullptr}});
    return json_response(200, json::object{{"marks", marks}});
}

}  // namespace

void add_prototype_cycle_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const auto write = Guard::contribute(ResourceKind::team);
    const std::string one = "/api/v1/teams/{id}/prototypes/{prototype_id}";
    routes.push_back(
        {"POST", one + "/versions/{prototype_version_id}/cycles", write, create_cycle, access::team_contributors});
    routes.push_back({"PATCH", one + "/cycles/{cycle_id}", write, patch_cycle, access::team_contributors});
    routes.push_back({"GET", "/api/v1/measures/{id}/cycle-marks", Guard::read(ResourceKind::measure), cycle_marks,
                      access::team_readers});
}

}  // namespace trellis::api
