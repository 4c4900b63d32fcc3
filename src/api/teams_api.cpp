// Teams: the team page's data, its representation ("who is missing") and outreach items for the gaps.
#include <boost/json.hpp>
#include <fmt/format.h>

#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/permissions_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/domain/representation.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

struct TeamView {
    store::Team team;
    std::vector<store::Member> members;
    std::vector<store::Perspective> catalogue;
    domain::Representation representation;
};

TeamView load_team_view(store::Connection& db, std::int64_t team_id) {
    TeamView view;
    view.team = *store::find_team(db, team_id);
    view.members = store::team_members(db, team_id);
    view.catalogue = store::perspective_catalogue(db);
    std::vector<std::string> keys;
    for (const auto& p : view.catalogue) keys.push_back(p.key);
    std::vector<domain::MemberPerspectives> people;
    for (const auto& m : view.members) people.push_back({m.name, m.perspectives, m.content_areas, m.grade_spans});
    const auto organization = store::find_organization(db, view.team.organization_id);
    view.representation = domain::compute_representation(keys, people, organization->grade_spans);
    return view;
}

json::value outreach_json(store::Connection& db, std::int64_t team_id) {
    json::array list;
    for (const auto& item : store::outreach_items(db, team_id)) list.push_back(to_json(item));
    return list;
}

http::Response list_teams(RequestContext& c) {
    json::array list;
    for (const auto& t : store::visible_teams(c.db, c.principal.user_id, c.principal.site_admin)) {
        list.push_back(team_summary_json(t));
    }
    return json_response(200, json::object{{"teams", std::move(list)}});
}

json::value team_json(RequestContext& c, std::int64_t team_id) {
    const auto view = load_team_view(c.db, team_id);
    auto out = team_summary_json(view.team).as_object();
    json::array members;
    std::optional<std::string> my_role;
    for (const auto& m : view.members) {
        auto member = to_json(m).as_object();
        member["contributes"] = seat_contributes(m.role);
        members.push_back(std::move(member));
        if (m.user_id == c.principal.user_id) my_role = m.role;
    }
    out["members"] = std::move(members);
    out["representation"] = to_json(view.representation, view.catalogue);
    out["outreach_items"] = outreach_json(c.db, team_id);
    out["my_role"] = my_role ? json::value(*my_role) : json::value(nullptr);
    out["version"] = view.team.version;
    out["may"] = may_json(c, auth::ResourceKind::team, team_id);
    return out;
}

http::Response create_team(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto name = body->required_string("name", 200);
    const auto focus = body->optional_string("focus", 2000);
    if (!body->ok()) return body->problem();
    const auto team_id = store::insert_team(c.db, c.id(), *name, focus.value_or(""), c.services.now());
    const auto role = c.db.query_one("SELECT role FROM organization_members WHERE organization_id = ? AND user_id = ?",
                                     {c.id(), c.principal.user_id});
    if (role && role->text(0) == "admin") {
        store::Member lead;
        lead.team_id = team_id;
        lead.user_id = c.principal.user_id;
        lead.name = c.principal.name;
        lead.email = c.principal.email;
        lead.role = "lead";
        store::insert_member(c.db, lead, c.services.now());
    }
    return created(team_json(c, team_id), fmt::format("/api/v1/teams/{}", team_id));
}

http::Response get_team(RequestContext& c) { return json_response(200, team_json(c, c.id())); }

http::Response update_team(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto version = body->required_integer("version");
    auto team = *store::find_team(c.db, c.id());
    if (body->object().contains("name")) {
        if (auto name = body->required_string("name", 200)) team.name = *name;
    }
    if (body->object().contains("focus")) team.focus = body->optional_string("focus", 2000).value_or("");
    if (!body->ok()) return body->problem();
    if (*version != team.version || !store::update_team(c.db, team)) {
        return stale_edit("this team", *version, team_json(c, c.id()));
    }
    return json_response(200, team_json(c, c.id()));
}

http::Response get_representation(RequestContext& c) {
    const auto view = load_team_view(c.db, c.id());
    return json_response(200, to_json(view.representation, view.catalogue));
}

http::Response list_outreach(RequestContext& c) {
    return json_response(200, json::object{{"outreach_items", outreach_json(c.db, c.id())}});
}

std::string default_outreach_title(const TeamView& view, const std::string& kind, const std::string& key) {
    if (kind == "grade_span") return fmt::format("Invite someone who works with {} grades", key);
    for (const auto& p : view.catalogue) {
        if (p.key == key) return fmt::format("Invite someone who brings this perspective: {}", p.label_en);
    }
    return fmt::format("Invite someone who brings this perspective: {}", key);
}

http::Response create_outreach(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto kind = body->required_string("gap_kind", 20);
    const auto key = body->required_string("gap_key", 40);
    const auto title = body->optional_string("title", 300);
    const auto owner = body->optional_integer("owner_member_id");
    const auto due = body->optional_string("due_on", 10);
    if (kind) {
        static constexpr std::string_view kKinds[] = {"perspective", "grade_span"};
        if (auto problem = domain::check_one_of(*kind, kKinds)) body->add_error("gap_kind", *problem);
    }
    if (due) {
        if (auto problem = domain::check_date(*due)) body->add_error("due_on", *problem);
    }
    if (!body->ok()) return body->problem();
    const auto view = load_team_view(c.db, c.id());
    const auto& gaps = *kind == "perspective" ? view.representation.missing : view.representation.grade_spans_missing;
    if (std::ranges::find(gaps, *key) == gaps.end()) {
        return validation_problem("gap_key", fmt::format("\"{}\" is not a current gap of this team (missing {}s: {})",
                                                         *key, *kind, gaps.empty() ? "none" : fmt::format("{}", fmt::join(gaps, ", "))));
    }
    if (owner && !store::find_member(c.db, c.id(), *owner)) {
        return validation_problem("owner_member_id", fmt::format("member {} is not on this team", *owner));
    }
    store::OutreachItem item;
    item.team_id = c.id();
    item.gap_kind = *kind;
    item.gap_key = *key;
    item.title = title && !title->empty() ? *title : default_outreach_title(view, *kind, *key);
    item.owner_member_id = owner;
    item.due_on = due;
    item.id = store::insert_outreach_item(c.db, item, c.principal.user_id, c.services.now());
    for (const auto& stored : store::outreach_items(c.db, c.id())) {
        if (stored.id == item.id) {
            return created(to_json(stored), fmt::format("/api/v1/teams/{}/outreach-items", c.id()));
        }
    }
    return not_found("the new outreach item");
}

}  // namespace

void add_team_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"GET", "/api/v1/teams", Guard::signed_in(), list_teams, access::signed_in});
    routes.push_back({"POST", "/api/v1/organizations/{id}/teams", Guard::manage(ResourceKind::organization), create_team, access::organization_managers});
    routes.push_back({"GET", "/api/v1/teams/{id}", Guard::read(ResourceKind::team), get_team, access::team_readers});
    routes.push_back({"PATCH", "/api/v1/teams/{id}", Guard::manage(ResourceKind::team), update_team, access::team_managers});
    routes.push_back({"GET", "/api/v1/teams/{id}/representation", Guard::read(ResourceKind::team), get_representation, access::team_readers});
    routes.push_back({"GET", "/api/v1/teams/{id}/outreach-items", Guard::read(ResourceKind::team), list_outreach, access::team_readers});
    routes.push_back({"POST", "/api/v1/teams/{id}/outreach-items", Guard::manage(ResourceKind::team), create_outreach, access::team_managers});
}

}  // namespace trellis::api
