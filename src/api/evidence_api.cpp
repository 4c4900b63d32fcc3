// A team's discovery evidence (issue 12, item 2): entries of five kinds with who took part (roles, never a
// student's name), notes and quotes, and the themes each is tagged with (the theme board moves an entry by
// replacing its themes). Read by whoever may read the team, written by whoever may write its plan. Any id of
// another team's row, in the path or the body, is not found and changes nothing.
#include <fmt/format.h>
#include <boost/json.hpp>

#include <array>

#include "api/access.hpp"
#include "api/evidence_shapes.hpp"
#include "api/permissions_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/store/guide_data_views.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::array<std::string_view, 5> kKinds{"empathy_interview", "focus_group", "observation", "research",
                                                 "data_view"};

std::vector<std::int64_t> theme_ids(RequestContext& c) {
    std::vector<std::int64_t> ids;
    for (const auto& t : store::team_themes(c.db, c.id())) ids.push_back(t.id);
    return ids;
}

// The fields of a new entry, or those a change names; every problem is collected in `body`.
void read_entry(RequestContext& c, JsonBody& body, store::EvidenceEntry& e, bool creating) {
    if (creating || body.object().contains("kind")) {
        if (auto kind = body.required_string("kind", 40)) {
            if (std::ranges::find(kKinds, *kind) == kKinds.end())
                body.add_error("kind",
                               "must be one of empathy_interview, focus_group, observation, research, data_view");
            else e.kind = *kind;
        }
    }
    if (creating || body.object().contains("happened_on")) {
        if (auto date = body.required_string("happened_on", 10)) {
            if (auto problem = domain::check_date(*date)) body.add_error("happened_on", *problem);
            else e.happened_on = *date;
        }
    }
    if (body.object().contains("participants")) e.participants = body.optional_string("participants", 500).value_or("");
    if (body.object().contains("notes")) e.notes = body.optional_string("notes", 10000).value_or("");
    if (body.object().contains("quotes")) {
        e.quotes.clear();
        if (body.has("quotes"))
            if (auto quotes = body.string_list("quotes", 30, 500)) e.quotes = *quotes;
    }
    if (body.object().contains("data_view_id")) e.data_view_id = body.optional_integer("data_view_id");
    if (!body.ok()) return;
    // A data view entry points at one of this team's views; the other kinds point at none.
    if (e.kind == "data_view") {
        if (!e.data_view_id) body.add_error("data_view_id", "is required for a data view entry");
        else if (!store::find_data_view(c.db, c.id(), *e.data_view_id))
            body.add_error("data_view_id", fmt::format("data view {} was not found in this team", *e.data_view_id));
    } else if (e.data_view_id) {
        body.add_error("data_view_id", "is only for a data view entry");
    }
}

http::Response list_evidence(RequestContext& c) {
    json::array entries, themes, insights;
    for (const auto& e : store::team_evidence(c.db, c.id())) entries.push_back(evidence_json(e));
    for (const auto& t : store::team_themes(c.db, c.id())) themes.push_back(theme_json(t));
    for (const auto& i : store::team_insights(c.db, c.id())) insights.push_back(insight_json(i));
    return json_response(
        200,
        json::object{
            {"entries", std::move(entries)},
            {"themes", std::move(themes)},
            {"insights", std::move(insights)},
            {"may", json::object{{"contribute", may_json(c, auth::ResourceKind::team, c.id()).at("contribute")}}}});
}

http::Response get_evidence(RequestContext& c) {
    const auto found = store::find_evidence(c.db, c.id(), c.id("evidence_id"));
    if (!found) return not_found(fmt::format("evidence {} of team {}", c.id("evidence_id"), c.id()));
    return json_response(200, evidence_json(*found));
}

http::Response add_evidence(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::EvidenceEntry e{.team_id = c.id()};
    read_entry(c, *body, e, true);
    e.theme_ids = read_id_list(*body, "theme_ids");
    check_ids_known(*body, "theme_ids", e.theme_ids, theme_ids(c), "theme");
    if (!body->ok()) return body->problem();
    const auto id = store::insert_evidence(c.db, e, c.principal.user_id, c.services.now());
    return created(evidence_json(*store::find_evidence(c.db, c.id(), id)),
                   fmt::format("/api/v1/teams/{}/evidence/{}", c.id(), id));
}

http::Response update_evidence(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto current = store::find_evidence(c.db, c.id(), c.id("evidence_id"));
    if (!current) return not_found(fmt::format("evidence {} of team {}", c.id("evidence_id"), c.id()));
    const auto version = body->required_integer("version");
    auto updated = *current;
    read_entry(c, *body, updated, false);
    if (!body->ok()) return body->problem();
    updated.version = *version;
    if (!store::update_evidence(c.db, updated, c.principal.user_id, c.services.now()))
        return stale_edit("this evidence", *version, evidence_json(*store::find_evidence(c.db, c.id(), current->id)));
    return json_response(200, evidence_json(*store::find_evidence(c.db, c.id(), current->id)));
}

http::Response delete_evidence(RequestContext& c) {
    if (!store::delete_evidence(c.db, c.id(), c.id("evidence_id")))
        return not_found(fmt::format("evidence {} of team {}", c.id("evidence_id"), c.id()));
    return no_content();
}

// The theme board's move: the entry's themes become exactly `theme_ids` (empty: not yet themed).
http::Response put_evidence_themes(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto current = store::find_evidence(c.db, c.id(), c.id("evidence_id"));
    if (!current) return not_found(fmt::format("evidence {} of team {}", c.id("evidence_id"), c.id()));
    const auto version = body->required_integer("version");
    if (!body->object().contains("theme_ids")) body->add_error("theme_ids", "is required");
    const auto themes = read_id_list(*body, "theme_ids");
    check_ids_known(*body, "theme_ids", themes, theme_ids(c), "theme");
    if (!body->ok()) return body->problem();
    if (!store::set_evidence_themes(c.db, c.id(), current->id, themes, *version, c.principal.user_id, c.services.now()))
        return stale_edit("this evidence", *version, evidence_json(*store::find_evidence(c.db, c.id(), current->id)));
    return json_response(200, evidence_json(*store::find_evidence(c.db, c.id(), current->id)));
}

}  // namespace

void add_evidence_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const auto read = Guard::read(ResourceKind::team);
    const auto write = Guard::contribute(ResourceKind::team);
    const std::string evidence = "/api/v1/teams/{id}/evidence";
    const std::string one = evidence + "/{evidence_id}";
    routes.push_back({"GET", evidence, read, list_evidence, access::team_readers});
    routes.push_back({"POST", evidence, write, add_evidence, access::team_contributors});
    routes.push_back({"GET", one, read, get_evidence, access::team_readers});
    routes.push_back({"PATCH", one, write, update_evidence, access::team_contributors});
    routes.push_back({"DELETE", one, write, delete_evidence, access::team_contributors});
    routes.push_back({"PUT", one + "/themes", write, put_evidence_themes, access::team_contributors});
}

}  // namespace trellis::api
