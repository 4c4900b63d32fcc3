// The plan's activities (by plan area), milestones and barriers: create, edit at a version, remove.
#include <fmt/format.h>

#include "api/plan_shapes.hpp"
#include "api/routes.hpp"
#include "trellis/domain/follow_through.hpp"

namespace trellis::api {

namespace {

void read_activity(JsonBody& body, store::Activity& a, bool creating) {
    if (creating || body.object().contains("area"))
        if (auto area = body.required_string("area", 40)) a.area = *area;
    if (creating || body.object().contains("description"))
        if (auto text = body.required_string("description", 2000)) a.description = *text;
}

http::Response create_activity(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Activity a;
    a.team_id = c.id();
    read_activity(*body, a, true);
    if (!body->ok()) return body->problem();
    return created_answer(actions::create_activity(caller(c), a), activity_json, c.id());
}

http::Response patch_activity(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto team = c.id();
    const auto id = c.id("activity_id");
    auto current = store::find_activity(c.db, team, id);
    if (!current) return not_found(fmt::format("activity {} of team {}", id, team));
    const auto version = body->required_integer("version");
    read_activity(*body, *current, false);
    if (!body->ok()) return body->problem();
    current->version = *version;
    return edited_answer(actions::edit_activity(caller(c), *current), activity_json, "this activity", *version,
                         [&] { return store::find_activity(c.db, team, id); });
}

http::Response delete_activity(RequestContext& c) {
    return removed_answer(actions::remove_activity(caller(c), c.id(), c.id("activity_id")));
}

void read_milestone(JsonBody& body, store::Milestone& m, bool creating) {
    if (creating || body.object().contains("title"))
        if (auto title = body.required_string("title", 300)) m.title = *title;
    if (creating || body.object().contains("due_on"))
        if (auto due = body.required_string("due_on", 10)) m.due_on = *due;
    read_nullable_string(body, "area", 40, m.area);
    if (auto done = body.optional_bool("done")) m.done = *done;
}

http::Response create_milestone(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Milestone m;
    m.team_id = c.id();
    read_milestone(*body, m, true);
    if (!body->ok()) return body->problem();
    const auto today = domain::utc_date(c.services.now());
    return created_answer(
        actions::create_milestone(caller(c), m), [&](const store::Milestone& x) { return milestone_json(x, today); },
        c.id());
}

http::Response patch_milestone(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto team = c.id();
    const auto id = c.id("milestone_id");
    auto current = store::find_milestone(c.db, team, id);
    if (!current) return not_found(fmt::format("milestone {} of team {}", id, team));
    const auto version = body->required_integer("version");
    read_milestone(*body, *current, false);
    if (!body->ok()) return body->problem();
    current->version = *version;
    const auto today = domain::utc_date(c.services.now());
    return edited_answer(
        actions::edit_milestone(caller(c), *current),
        [&](const store::Milestone& x) { return milestone_json(x, today); }, "this milestone", *version,
        [&] { return store::find_milestone(c.db, team, id); });
}

http::Response delete_milestone(RequestContext& c) {
    return removed_answer(actions::remove_milestone(caller(c), c.id(), c.id("milestone_id")));
}

void read_barrier(JsonBody& body, store::Barrier& b, bool creating) {
    if (creating || body.object().contains("description"))
        if (auto text = body.required_string("description", 2000)) b.description = *text;
    read_text(body, "response", 2000, b.response);
    read_nullable_string(body, "area", 40, b.area);
}

http::Response create_barrier(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Barrier b;
    b.team_id = c.id();
    read_barrier(*body, b, true);
    if (!body->ok()) return body->problem();
    return created_answer(actions::create_barrier(caller(c), b), barrier_json, c.id());
}

http::Response patch_barrier(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto team = c.id();
    const auto id = c.id("barrier_id");
    auto current = store::find_barrier(c.db, team, id);
    if (!current) return not_found(fmt::format("barrier {} of team {}", id, team));
    const auto version = body->required_integer("version");
    read_barrier(*body, *current, false);
    if (!body->ok()) return body->problem();
    current->version = *version;
    return edited_answer(actions::edit_barrier(caller(c), *current), barrier_json, "this barrier", *version,
                         [&] { return store::find_barrier(c.db, team, id); });
}

http::Response delete_barrier(RequestContext& c) {
    return removed_answer(actions::remove_barrier(caller(c), c.id(), c.id("barrier_id")));
}

}  // namespace

void add_plan_item_routes(RouteTable& routes) {
    const auto write = Guard::contribute(auth::ResourceKind::team);
    const std::string plan = "/api/v1/teams/{id}/plan";
    const auto& who = access::team_contributors;
    routes.push_back({"POST", plan + "/activities", write, create_activity, who});
    routes.push_back({"PATCH", plan + "/activities/{activity_id}", write, patch_activity, who});
    routes.push_back({"DELETE", plan + "/activities/{activity_id}", write, delete_activity, who});
    routes.push_back({"POST", plan + "/milestones", write, create_milestone, who});
    routes.push_back({"PATCH", plan + "/milestones/{milestone_id}", write, patch_milestone, who});
    routes.push_back({"DELETE", plan + "/milestones/{milestone_id}", write, delete_milestone, who});
    routes.push_back({"POST", plan + "/barriers", write, create_barrier, who});
    routes.push_back({"PATCH", plan + "/barriers/{barrier_id}", write, patch_barrier, who});
    routes.push_back({"DELETE", plan + "/barriers/{barrier_id}", write, delete_barrier, who});
}

}  // namespace trellis::api
