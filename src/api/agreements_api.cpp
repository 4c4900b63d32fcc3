// A network's agreements (MOUs, issue 11): create, list, read, edit, and the history of every version. The
// handlers parse (agreement_shapes), call actions/agreements and shape the answer; the policy's `agreement` kind
// guards the routes under /agreements/{agreement_id}.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/agreement_shapes.hpp"
#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/agreements.hpp"
#include "trellis/api/agreement_snapshot.hpp"
#include "trellis/store/relationships.hpp"

namespace trellis::api {

namespace json = boost::json;

std::string agreement_snapshot(const store::Agreement& a) { return json::serialize(agreement_fields_json(a)); }

namespace {

http::Response create_agreement(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Agreement draft;
    draft.network_id = c.id();
    read_agreement(*body, draft, true);
    if (!body->ok()) return body->problem();
    const auto made = actions::create_agreement(caller(c), draft, agreement_snapshot);
    if (!made) return problem_for(made.error());
    return created(agreement_json(c, *made), fmt::format("/api/v1/agreements/{}", made->id));
}

// Only the agreements the caller may read: the facilitator's staff see all; others those their organization is a
// party to or they coach (the policy's read, agreement by agreement).
http::Response list_agreements(RequestContext& c) {
    json::array out;
    for (const auto& a : store::network_agreements(c.db, c.id())) {
        const auto r = store::load_relationship(c.db, c.principal.user_id, auth::ResourceKind::agreement, a.id);
        if (store::readable_by(c.principal.user_id, c.principal.site_admin, auth::ResourceKind::agreement, r)) {
            out.push_back(agreement_json(c, a));
        }
    }
    return json_response(200, json::object{{"agreements", std::move(out)}});
}

http::Response get_agreement(RequestContext& c) {
    const auto id = c.id("agreement_id");
    const auto a = store::find_agreement(c.db, id);
    if (!a) return not_found(fmt::format("agreement {}", id));
    return json_response(200, agreement_json(c, *a));
}

http::Response patch_agreement(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto id = c.id("agreement_id");
    auto current = store::find_agreement(c.db, id);
    if (!current) return not_found(fmt::format("agreement {}", id));
    const auto version = body->required_integer("version");
    read_agreement(*body, *current, false);
    if (!body->ok()) return body->problem();
    current->version = *version;
    const auto edited = actions::edit_agreement(caller(c), *current, agreement_snapshot);
    if (edited) return json_response(200, agreement_json(c, *edited));
    if (edited.error().kind == actions::FailureKind::stale_edit)
        if (const auto now = store::find_agreement(c.db, id))
            return stale_edit("this agreement", *version, agreement_json(c, *now));
    return problem_for(edited.error());
}

http::Response agreement_history(RequestContext& c) {
    json::array versions;
    for (const auto& v : store::agreement_versions(c.db, c.id("agreement_id"))) {
        versions.push_back(
            json::object{{"version", v.version},
                         {"changed_at", rfc3339(v.changed_at)},
                         {"changed_by", json::object{{"id", v.changed_by.id}, {"name", v.changed_by.name}}},
                         {"agreement", json::parse(v.snapshot)}});
    }
    return json_response(200, json::object{{"versions", std::move(versions)}});
}

}  // namespace

void add_agreement_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const std::string one = "/api/v1/agreements/{agreement_id}";
    routes.push_back({"POST", "/api/v1/networks/{id}/agreements", Guard::manage(ResourceKind::network),
                      create_agreement, access::network_managers});
    routes.push_back({"GET", "/api/v1/networks/{id}/agreements", Guard::read(ResourceKind::network), list_agreements,
                      access::network_readers});
    routes.push_back(
        {"GET", one, Guard::read(ResourceKind::agreement, "agreement_id"), get_agreement, access::agreement_readers});
    routes.push_back({"PATCH", one, Guard::manage(ResourceKind::agreement, "agreement_id"), patch_agreement,
                      access::agreement_managers});
    routes.push_back({"GET", one + "/history", Guard::read(ResourceKind::agreement, "agreement_id"), agreement_history,
                      access::agreement_readers});
}

}  // namespace trellis::api
