// The team plan (issue 13, the guide's section E): the plan as one read, its vision with history, goals and their
// objectives. Activities, milestones and barriers are in plan_items_api.cpp, tasks in plan_tasks_api.cpp. The
// handlers parse, call actions/plan and shape the answer (plan_shapes).
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/permissions_shape.hpp"
#include "api/plan_shapes.hpp"
#include "api/routes.hpp"
#include "trellis/domain/follow_through.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

std::string today(RequestContext& c) { return domain::utc_date(c.services.now()); }

http::Response get_plan(RequestContext& c) {
    auto answer = plan_json(actions::plan_view(caller(c), c.id()), c.id(), today(c));
    answer["may"] = json::object{{"contribute", may_json(c, auth::ResourceKind::team, c.id()).at("contribute")}};
    return json_response(200, answer);
}

http::Response vision_history(RequestContext& c) {
    json::array versions;
    for (const auto& v : store::vision_history(c.db, c.id())) versions.push_back(vision_json(v));
    return json_response(200, json::object{{"versions", std::move(versions)}});
}

http::Response put_vision(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto text = body->required_string("text", 5000);
    const auto version = body->required_integer("version");
    if (!body->ok()) return body->problem();
    const auto written = actions::write_vision(caller(c), c.id(), *text, *version);
    if (!written && written.error().kind == actions::FailureKind::stale_edit) {
        const auto history = store::vision_history(c.db, c.id());
        const auto none = json::object{{"text", ""}, {"version", 0}, {"written_by_name", ""}, {"written_at", nullptr}};
        return stale_edit("the vision", *version, history.empty() ? none : vision_json(history.front()));
    }
    if (!written) return problem_for(written.error());
    return json_response(200, vision_json(*written));
}

void read_goal(JsonBody& body, store::Goal& g, bool creating) {
    if (creating || body.object().contains("title"))
        if (auto title = body.required_string("title", 300)) g.title = *title;
    read_text(body, "description", 5000, g.description);
    read_priorities(body, g.lcap_priorities);
}

http::Response create_goal(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Goal g;
    g.team_id = c.id();
    read_goal(*body, g, true);
    if (!body->ok()) return body->problem();
    return created_answer(actions::create_goal(caller(c), g), goal_json, c.id());
}

http::Response patch_goal(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto team = c.id();
    const auto id = c.id("goal_id");
    auto current = store::find_goal(c.db, team, id);
    if (!current) return not_found(fmt::format("goal {} of team {}", id, team));
    const auto version = body->required_integer("version");
    read_goal(*body, *current, false);
    if (!body->ok()) return body->problem();
    current->version = *version;
    return edited_answer(actions::edit_goal(caller(c), *current), goal_json, "this goal", *version,
                         [&] { return store::find_goal(c.db, team, id); });
}

http::Response delete_goal(RequestContext& c) {
    return removed_answer(actions::remove_goal(caller(c), c.id(), c.id("goal_id")));
}

void read_objective(JsonBody& body, store::Objective& o, bool creating) {
    if (creating || body.object().contains("description"))
        if (auto text = body.required_string("description", 2000)) o.description = *text;
    read_nullable_integer(body, "measure_id", o.measure_id);
    read_text(body, "unit", 40, o.unit);
    read_text(body, "direction", 40, o.direction);
    read_nullable_number(body, "baseline_value", o.baseline_value);
    read_nullable_string(body, "baseline_date", 10, o.baseline_date);
    read_nullable_number(body, "target_value", o.target_value);
    read_nullable_string(body, "target_date", 10, o.target_date);
}

http::Response create_objective(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Objective o;
    o.team_id = c.id();
    o.goal_id = c.id("goal_id");
    read_objective(*body, o, true);
    if (!body->ok()) return body->problem();
    return created_answer(actions::create_objective(caller(c), o), objective_json, c.id());
}

http::Response patch_objective(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto team = c.id();
    const auto id = c.id("objective_id");
    auto current = store::find_objective(c.db, team, id);
    if (!current) return not_found(fmt::format("objective {} of team {}", id, team));
    const auto version = body->required_integer("version");
    read_objective(*body, *current, false);
    if (!body->ok()) return body->problem();
    current->version = *version;
    return edited_answer(actions::edit_objective(caller(c), *current), objective_json, "this objective", *version,
                         [&] { return store::find_objective(c.db, team, id); });
}

http::Response delete_objective(RequestContext& c) {
    return removed_answer(actions::remove_objective(caller(c), c.id(), c.id("objective_id")));
}

}  // namespace

void add_plan_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const auto read = Guard::read(ResourceKind::team);
    const auto write = Guard::contribute(ResourceKind::team);
    const std::string plan = "/api/v1/teams/{id}/plan";
    routes.push_back({"GET", plan, read, get_plan, access::team_readers});
    routes.push_back({"GET", plan + "/vision/history", read, vision_history, access::team_readers});
    routes.push_back({"PUT", plan + "/vision", write, put_vision, access::team_contributors});
    routes.push_back({"POST", plan + "/goals", write, create_goal, access::team_contributors});
    routes.push_back({"PATCH", plan + "/goals/{goal_id}", write, patch_goal, access::team_contributors});
    routes.push_back({"DELETE", plan + "/goals/{goal_id}", write, delete_goal, access::team_contributors});
    routes.push_back(
        {"POST", plan + "/goals/{goal_id}/objectives", write, create_objective, access::team_contributors});
    routes.push_back({"PATCH", plan + "/objectives/{objective_id}", write, patch_objective, access::team_contributors});
    routes.push_back(
        {"DELETE", plan + "/objectives/{objective_id}", write, delete_objective, access::team_contributors});
    add_plan_item_routes(routes);
    add_plan_task_routes(routes);
}

}  // namespace trellis::api
