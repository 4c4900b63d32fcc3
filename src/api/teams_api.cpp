// Teams: the team page's data, its representation ("who is missing") and outreach items for the gaps.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/permissions_shape.hpp"
#include "api/plan_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/teams.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/domain/outreach.hpp"
#include "trellis/domain/representation.hpp"
#include "trellis/domain/zoned_time.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::value outreach_json(const std::vector<store::OutreachItem>& items) {
    json::array list;
    for (const auto& item : items) list.push_back(to_json(item));
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
    const auto view = actions::team_view(caller(c), team_id);
    auto out = team_summary_json(view.team).as_object();
    json::array members;
    // A participant sees the others' names, not their addresses (their own seat keeps its own).
    const bool contact_details = sees_contact_details(c, auth::ResourceKind::team, team_id);
    for (const auto& m : view.members) {
        auto member = to_json(m).as_object();
        if (!contact_details && m.user_id != c.principal.user_id) member["email"] = nullptr;
        member["contributes"] = seat_contributes(m.role);
        member["takes_part"] = seat_takes_part(m.role);
        members.push_back(std::move(member));
    }
    out["members"] = std::move(members);
    out["representation"] = to_json(view.representation, view.catalogue);
    out["outreach_items"] = outreach_json(view.outreach);
    out["my_role"] = view.my_role ? json::value(*view.my_role) : json::value(nullptr);
    out["version"] = view.team.version;
    out["representation_expectations"] =
        json::object{{"template", view.team.representation_template},
                     {"own", view.team.own_representation_template ? json::value(*view.team.own_representation_template)
                                                                   : json::value(nullptr)}};
    out["may"] = may_json(c, auth::ResourceKind::team, team_id);
    return out;
}

http::Response create_team(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto name = body->required_string("name", 200);
    const auto focus = body->optional_string("focus", 2000);
    if (!body->ok()) return body->problem();
    const auto team_id = actions::create_team(caller(c), {c.id(), *name, focus.value_or("")});
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
    if (body->object().contains("time_zone")) {
        if (auto zone = body->required_string("time_zone", 60)) {
            if (domain::known_time_zone(*zone)) {
                team.time_zone_setting = *zone;
            } else {
                body->add_error("time_zone",
                                fmt::format("\"{}\" is not an IANA time zone name like America/Los_Angeles", *zone));
            }
        }
    }
    // `representation_template`: `peer` or `mentor`, or null to follow the organization's role again.
    read_nullable_string(*body, "representation_template", 20, team.own_representation_template);
    if (team.own_representation_template) {
        if (auto problem = domain::check_one_of(*team.own_representation_template, domain::kExpectationTemplates))
            body->add_error("representation_template", *problem);
    }
    if (!body->ok()) return body->problem();
    if (*version != team.version || !store::update_team(c.db, team)) {
        return stale_edit("this team", *version, team_json(c, c.id()));
    }
    return json_response(200, team_json(c, c.id()));
}

http::Response get_representation(RequestContext& c) {
    const auto view = actions::team_view(caller(c), c.id());
    return json_response(200, to_json(view.representation, view.catalogue));
}

http::Response list_outreach(RequestContext& c) {
    return json_response(200, json::object{{"outreach_items", outreach_json(store::outreach_items(c.db, c.id()))}});
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
    auto item = actions::add_outreach_item(caller(c), c.id(), {*kind, *key, title, owner, due});
    if (!item) return problem_for(item.error());
    return created(to_json(*item), fmt::format("/api/v1/teams/{}/outreach-items", c.id()));
}

// PATCH {version, owner_member_id?, due_on?, status?, closed_note?}: null clears the owner or the due date.
http::Response update_outreach(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto team = c.id();
    const auto id = c.id("item_id");
    auto current = store::find_outreach_item(c.db, team, id);
    if (!current) return not_found(fmt::format("outreach item {} of team {}", id, team));
    const auto version = body->required_integer("version");
    actions::OutreachEdit edit{*current, std::nullopt, std::nullopt};
    read_nullable_integer(*body, "owner_member_id", edit.item.owner_member_id);
    read_nullable_string(*body, "due_on", 10, edit.item.due_on);
    if (body->object().contains("due_on") && edit.item.due_on) {
        if (auto problem = domain::check_date(*edit.item.due_on)) body->add_error("due_on", *problem);
    }
    if (body->object().contains("status")) {
        if (auto status = body->required_string("status", 20)) {
            if (auto problem = domain::check_one_of(*status, domain::kOutreachStatuses))
                body->add_error("status", *problem);
            edit.status = *status;
        }
    }
    edit.closed_note = body->optional_string("closed_note", 1000);
    if (!body->ok()) return body->problem();
    edit.item.version = *version;
    return edited_answer(
        actions::edit_outreach_item(caller(c), edit), [](const store::OutreachItem& o) { return to_json(o); },
        "this outreach item", *version, [&] { return store::find_outreach_item(c.db, team, id); });
}

}  // namespace

void add_team_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"GET", "/api/v1/teams", Guard::signed_in(), list_teams, access::signed_in});
    routes.push_back({"POST", "/api/v1/organizations/{id}/teams", Guard::manage(ResourceKind::organization),
                      create_team, access::organization_managers});
    routes.push_back({"GET", "/api/v1/teams/{id}", Guard::read(ResourceKind::team), get_team, access::team_readers});
    routes.push_back(
        {"PATCH", "/api/v1/teams/{id}", Guard::manage(ResourceKind::team), update_team, access::team_managers});
    routes.push_back({"GET", "/api/v1/teams/{id}/representation", Guard::read(ResourceKind::team), get_representation,
                      access::team_readers});
    routes.push_back({"GET", "/api/v1/teams/{id}/outreach-items", Guard::read(ResourceKind::team), list_outreach,
                      access::team_readers});
    routes.push_back({"POST", "/api/v1/teams/{id}/outreach-items", Guard::manage(ResourceKind::team), create_outreach,
                      access::team_managers});
    // Owner, due date and status: the team's contributors (its lead and members, so the owner, and the district's
    // admins), as for a meeting's action items; guests read them.
    routes.push_back({"PATCH", "/api/v1/teams/{id}/outreach-items/{item_id}", Guard::contribute(ResourceKind::team),
                      update_outreach, access::team_contributors});
}

}  // namespace trellis::api
