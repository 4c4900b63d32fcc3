// A team's insights (issue 12, item 2): a statement and the evidence entries behind it (at least one, all the
// team's own). An insight keeps its id for life, so prototypes can answer it (item 3) and read it by id.
// Removing an entry unlinks it from its insights; an insight left with none still stands, to be relinked.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/access.hpp"
#include "api/evidence_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::size_t kStatementLength = 1000;

void read_insight(RequestContext& c, JsonBody& body, store::Insight& insight, bool creating) {
    if (creating || body.object().contains("statement"))
        if (auto statement = body.required_string("statement", kStatementLength)) insight.statement = *statement;
    if (creating || body.object().contains("evidence_ids")) {
        insight.evidence_ids = read_id_list(body, "evidence_ids");
        if (body.ok() && insight.evidence_ids.empty())
            body.add_error("evidence_ids", "must name at least one evidence entry");
        std::vector<std::int64_t> known;
        for (const auto& e : store::team_evidence(c.db, c.id())) known.push_back(e.id);
        check_ids_known(body, "evidence_ids", insight.evidence_ids, known, "evidence");
    }
}

http::Response list_insights(RequestContext& c) {
    json::array insights;
    for (const auto& i : store::team_insights(c.db, c.id())) insights.push_back(insight_json(i));
    return json_response(200, json::object{{"insights", std::move(insights)}});
}

http::Response get_insight(RequestContext& c) {
    const auto found = store::find_insight(c.db, c.id(), c.id("insight_id"));
    if (!found) return not_found(fmt::format("insight {} of team {}", c.id("insight_id"), c.id()));
    return json_response(200, insight_json(*found));
}

http::Response add_insight(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Insight insight{.team_id = c.id()};
    read_insight(c, *body, insight, true);
    if (!body->ok()) return body->problem();
    const auto id = store::insert_insight(c.db, insight, c.principal.user_id, c.services.now());
    return created(insight_json(*store::find_insight(c.db, c.id(), id)),
                   fmt::format("/api/v1/teams/{}/insights/{}", c.id(), id));
}

http::Response update_insight(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto current = store::find_insight(c.db, c.id(), c.id("insight_id"));
    if (!current) return not_found(fmt::format("insight {} of team {}", c.id("insight_id"), c.id()));
    const auto version = body->required_integer("version");
    auto updated = *current;
    read_insight(c, *body, updated, false);
    if (!body->ok()) return body->problem();
    updated.version = *version;
    if (!store::update_insight(c.db, updated, c.principal.user_id, c.services.now()))
        return stale_edit("this insight", *version, insight_json(*store::find_insight(c.db, c.id(), current->id)));
    return json_response(200, insight_json(*store::find_insight(c.db, c.id(), current->id)));
}

http::Response delete_insight(RequestContext& c) {
    if (!store::delete_insight(c.db, c.id(), c.id("insight_id")))
        return not_found(fmt::format("insight {} of team {}", c.id("insight_id"), c.id()));
    return no_content();
}

}  // namespace

void add_evidence_insight_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const auto read = Guard::read(ResourceKind::team);
    const auto write = Guard::contribute(ResourceKind::team);
    const std::string insights = "/api/v1/teams/{id}/insights";
    const std::string one = insights + "/{insight_id}";
    routes.push_back({"GET", insights, read, list_insights, access::team_readers});
    routes.push_back({"POST", insights, write, add_insight, access::team_contributors});
    routes.push_back({"GET", one, read, get_insight, access::team_readers});
    routes.push_back({"PATCH", one, write, update_insight, access::team_contributors});
    routes.push_back({"DELETE", one, write, delete_insight, access::team_contributors});
}

}  // namespace trellis::api
