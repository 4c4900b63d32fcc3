// A team's prototypes and their versions (issue 12, item 3). Read by whoever may read the team, written by whoever
// may write its plan (the plan's guard, Guard::contribute); a scale decision closes a prototype, and only the
// team's managers (its lead, the district's admin) reopen it. Ids of another team's rows answer 404.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/access.hpp"
#include "api/evidence_shapes.hpp"
#include "api/json_body.hpp"
#include "api/prototype_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/domain/prototype_cycle.hpp"
#include "trellis/store/evidence.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::size_t kLongText = 4000;

std::string prototype_path(std::int64_t team, std::int64_t id) {
    return fmt::format("/api/v1/teams/{}/prototypes/{}", team, id);
}

http::Response prototype_not_found(RequestContext& c) {
    return not_found(fmt::format("prototype {} of team {}", c.id("prototype_id"), c.id()));
}

http::Response decided_refusal() {
    return conflict("this prototype has a scale decision and is read-only; its lead may reopen it");
}

void read_prototype(JsonBody& body, store::Prototype& p, bool creating) {
    const auto text = [&](std::string_view field, std::size_t max, std::string& into) {
        if (!creating && !body.object().contains(field)) return;
        if (auto value = body.required_string(field, max)) into = *value;
    };
    text("title", 200, p.title);
    text("if_we", 1000, p.if_we);
    text("then_what", 1000, p.then_what);
    text("for_whom", 500, p.for_whom);
}

// `insight_ids`: the team's insights the prototype answers (each one of the team's own, else 422 naming it);
// nullopt when the body leaves them as they are.
std::optional<std::vector<std::int64_t>> read_insight_ids(RequestContext& c, JsonBody& body) {
    if (!body.object().contains("insight_ids")) return std::nullopt;
    auto ids = read_id_list(body, "insight_ids", 50);
    std::vector<std::int64_t> known;
    for (const auto& insight : store::team_insights(c.db, c.id())) known.push_back(insight.id);
    check_ids_known(body, "insight_ids", ids, known, "insight");
    return ids;
}

http::Response list_prototypes(RequestContext& c) {
    json::array out;
    for (const auto& p : store::team_prototypes(c.db, c.id())) {
        auto item = prototype_json(p).as_object();
        item["versions"] = static_cast<std::int64_t>(store::prototype_versions(c.db, p.id).size());
        out.push_back(item);
    }
    return json_response(200, json::object{{"prototypes", out}});
}

http::Response create_prototype(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Prototype p{.team_id = c.id(), .updated_by_name = c.principal.name, .updated_at = c.services.now()};
    read_prototype(*body, p, true);
    const auto insights = read_insight_ids(c, *body);
    if (!body->ok()) return body->problem();
    const auto id = store::insert_prototype(c.db, p);
    if (insights) store::set_prototype_insights(c.db, id, *insights);
    return created(prototype_detail_json(c.db, *store::find_prototype(c.db, c.id(), id)), prototype_path(c.id(), id));
}

http::Response get_prototype(RequestContext& c) {
    const auto p = store::find_prototype(c.db, c.id(), c.id("prototype_id"));
    if (!p) return prototype_not_found(c);
    return json_response(200, prototype_detail_json(c.db, *p));
}

http::Response patch_prototype(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto current = store::find_prototype(c.db, c.id(), c.id("prototype_id"));
    if (!current) return prototype_not_found(c);
    const auto version = body->required_integer("version");
    auto updated = *current;
    read_prototype(*body, updated, false);
    const auto insights = read_insight_ids(c, *body);
    if (!body->ok()) return body->problem();
    if (domain::prototype_decided(current->status)) return decided_refusal();
    updated.version = *version;
    updated.updated_by_name = c.principal.name;
    updated.updated_at = c.services.now();
    if (!store::update_prototype(c.db, updated))
        return stale_edit("this prototype", *version,
                          prototype_json(*store::find_prototype(c.db, c.id(), current->id)));
    if (insights) store::set_prototype_insights(c.db, current->id, *insights);
    return json_response(200, prototype_detail_json(c.db, *store::find_prototype(c.db, c.id(), current->id)));
}

http::Response delete_prototype(RequestContext& c) {
    if (!store::delete_prototype(c.db, c.id(), c.id("prototype_id"))) return prototype_not_found(c);
    return no_content();
}

// PUT .../decision {status: scaled | kept_testing | stopped, reasons, version}: closes the prototype.
http::Response decide(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto current = store::find_prototype(c.db, c.id(), c.id("prototype_id"));
    if (!current) return prototype_not_found(c);
    const auto version = body->required_integer("version");
    auto status = body->required_string("status", 20);
    if (status) {
        if (auto problem = domain::check_one_of(*status, domain::kScaleDecisions)) {
            body->add_error("status", *problem);
            status.reset();
        }
    }
    const auto reasons = body->required_string("reasons", kLongText);
    if (!body->ok()) return body->problem();
    if (domain::prototype_decided(current->status)) return decided_refusal();
    auto decided = *current;
    decided.version = *version;
    decided.status = *status;
    decided.decision_reasons = *reasons;
    decided.decided_by_name = c.principal.name;
    decided.decided_at = decided.updated_at = c.services.now();
    decided.updated_by_name = c.principal.name;
    if (!store::update_prototype(c.db, decided))
        return stale_edit("this prototype", *version,
                          prototype_json(*store::find_prototype(c.db, c.id(), current->id)));
    return json_response(200, prototype_detail_json(c.db, *store::find_prototype(c.db, c.id(), current->id)));
}

// DELETE .../decision: the lead reopens a decided prototype for testing; the decision and its reasons are cleared
// (the team writes new ones when it decides again).
http::Response reopen(RequestContext& c) {
    const auto current = store::find_prototype(c.db, c.id(), c.id("prototype_id"));
    if (!current) return prototype_not_found(c);
    if (!domain::prototype_decided(current->status)) return conflict("this prototype is still being tested");
    auto reopened = *current;
    reopened.status = "testing";
    reopened.decision_reasons.clear();
    reopened.decided_by_name.clear();
    reopened.decided_at.reset();
    reopened.updated_by_name = c.principal.name;
    reopened.updated_at = c.services.now();
    store::update_prototype(c.db, reopened);
    return json_response(200, prototype_detail_json(c.db, *store::find_prototype(c.db, c.id(), current->id)));
}

http::Response create_version(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto p = store::find_prototype(c.db, c.id(), c.id("prototype_id"));
    if (!p) return prototype_not_found(c);
    store::PrototypeVersion v{.prototype_id = p->id, .updated_at = c.services.now()};
    if (auto description = body->required_string("description", kLongText)) v.description = *description;
    read_attachments(*body, v.attachments_json);
    if (auto from = body->optional_integer("adapted_from_cycle_id")) {
        const auto cycle = store::find_prototype_cycle(c.db, p->id, *from);
        if (!cycle) body->add_error("adapted_from_cycle_id", fmt::format("no cycle {} in this prototype", *from));
        else if (!domain::starts_next_version({.phase = cycle->phase, .act_decision = cycle->act_decision}))
            body->add_error("adapted_from_cycle_id", "only a cycle whose Act decided to adapt starts a next version");
        else v.adapted_from_cycle_id = *from;
    }
    if (!body->ok()) return body->problem();
    if (domain::prototype_decided(p->status)) return decided_refusal();
    const auto id = store::insert_prototype_version(c.db, v);
    return created(prototype_version_json(c.db, *store::find_prototype_version(c.db, p->id, id)),
                   prototype_path(c.id(), p->id));
}

http::Response patch_version(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto p = store::find_prototype(c.db, c.id(), c.id("prototype_id"));
    if (!p) return prototype_not_found(c);
    const auto current = store::find_prototype_version(c.db, p->id, c.id("prototype_version_id"));
    if (!current) return not_found(fmt::format("version {} of prototype {}", c.id("prototype_version_id"), p->id));
    const auto version = body->required_integer("version");
    auto updated = *current;
    if (body->object().contains("description")) {
        if (auto description = body->required_string("description", kLongText)) updated.description = *description;
    }
    read_attachments(*body, updated.attachments_json);
    if (!body->ok()) return body->problem();
    if (domain::prototype_decided(p->status)) return decided_refusal();
    updated.version = *version;
    updated.updated_at = c.services.now();
    if (!store::update_prototype_version(c.db, updated))
        return stale_edit("this version", *version,
                          prototype_version_json(c.db, *store::find_prototype_version(c.db, p->id, current->id)));
    return json_response(200, prototype_version_json(c.db, *store::find_prototype_version(c.db, p->id, current->id)));
}

}  // namespace

void add_prototype_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const auto read = Guard::read(ResourceKind::team);
    const auto write = Guard::contribute(ResourceKind::team);
    const std::string list = "/api/v1/teams/{id}/prototypes";
    const std::string one = list + "/{prototype_id}";
    routes.push_back({"GET", list, read, list_prototypes, access::team_readers});
    routes.push_back({"POST", list, write, create_prototype, access::team_contributors});
    routes.push_back({"GET", one, read, get_prototype, access::team_readers});
    routes.push_back({"PATCH", one, write, patch_prototype, access::team_contributors});
    routes.push_back({"DELETE", one, write, delete_prototype, access::team_contributors});
    routes.push_back({"PUT", one + "/decision", write, decide, access::team_contributors});
    routes.push_back({"DELETE", one + "/decision", Guard::manage(ResourceKind::team), reopen, access::team_managers});
    routes.push_back({"POST", one + "/versions", write, create_version, access::team_contributors});
    routes.push_back(
        {"PATCH", one + "/versions/{prototype_version_id}", write, patch_version, access::team_contributors});
    add_prototype_cycle_routes(routes);
}

}  // namespace trellis::api
