// The plan's tasks (owner, due date, status, plan area, the objective and milestone they serve, dependencies)
// and promoting a meeting's action item to a task in one step.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/plan_shapes.hpp"
#include "api/routes.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/http/problem.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

void read_dependencies(JsonBody& body, std::vector<std::int64_t>& target) {
    if (!body.object().contains("depends_on")) return;
    target.clear();
    if (!body.has("depends_on")) return;
    const auto& v = body.object().at("depends_on");
    if (!v.is_array()) {
        body.add_error("depends_on", "must be a list of task ids");
        return;
    }
    for (const auto& id : v.as_array()) {
        if (!id.is_int64()) {
            body.add_error("depends_on", "must be a list of task ids");
            return;
        }
        target.push_back(id.as_int64());
    }
}

void read_task(JsonBody& body, store::PlanTask& t, bool creating) {
    if (creating || body.object().contains("title"))
        if (auto title = body.required_string("title", 300)) t.title = *title;
    read_text(body, "notes", 5000, t.notes);
    read_nullable_integer(body, "owner_member_id", t.owner_member_id);
    read_nullable_string(body, "due_on", 10, t.due_on);
    if (body.object().contains("status"))
        if (auto status = body.required_string("status", 20)) t.status = *status;
    read_nullable_string(body, "area", 40, t.area);
    read_nullable_integer(body, "objective_id", t.objective_id);
    read_nullable_integer(body, "milestone_id", t.milestone_id);
    read_dependencies(body, t.depends_on);
}

auto task_shape(RequestContext& c) {
    return [today = domain::utc_date(c.services.now())](const store::PlanTask& t) { return task_json(t, today); };
}

http::Response create_task(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::PlanTask t;
    t.team_id = c.id();
    read_task(*body, t, true);
    if (!body->ok()) return body->problem();
    return created_answer(actions::create_task(caller(c), t), task_shape(c), c.id());
}

http::Response patch_task(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto team = c.id();
    const auto id = c.id("task_id");
    auto current = store::find_task(c.db, team, id);
    if (!current) return not_found(fmt::format("task {} of team {}", id, team));
    const auto version = body->required_integer("version");
    read_task(*body, *current, false);
    if (!body->ok()) return body->problem();
    current->version = *version;
    return edited_answer(actions::edit_task(caller(c), *current), task_shape(c), "this task", *version,
                         [&] { return store::find_task(c.db, team, id); });
}

http::Response delete_task(RequestContext& c) {
    return removed_answer(actions::remove_task(caller(c), c.id(), c.id("task_id")));
}

// POST /api/v1/action-items/{id}/promote {area?, objective_id?, milestone_id?}
http::Response promote(RequestContext& c) {
    auto body = JsonBody::parse(c.request, true);
    if (!body) return body.error();
    std::optional<std::string> area;
    std::optional<std::int64_t> objective_id;
    std::optional<std::int64_t> milestone_id;
    read_nullable_string(*body, "area", 40, area);
    read_nullable_integer(*body, "objective_id", objective_id);
    read_nullable_integer(*body, "milestone_id", milestone_id);
    if (!body->ok()) return body->problem();
    const auto task = actions::promote_action_item(caller(c), c.id(), area, objective_id, milestone_id);
    if (!task && task.error().kind == actions::FailureKind::conflict) {
        if (const auto existing = store::find_task_of_action_item(c.db, c.id()))
            return http::problem(http::ProblemKind::conflict, task.error().detail,
                                 fmt::format("\"task_id\":{}", existing->id));
    }
    if (!task) return problem_for(task.error());
    return created(task_shape(c)(*task), fmt::format("/api/v1/teams/{}/plan", task->team_id));
}

}  // namespace

void add_plan_task_routes(RouteTable& routes) {
    const auto write = Guard::contribute(auth::ResourceKind::team);
    const std::string plan = "/api/v1/teams/{id}/plan";
    const auto& who = access::team_contributors;
    routes.push_back({"POST", plan + "/tasks", write, create_task, who});
    routes.push_back({"PATCH", plan + "/tasks/{task_id}", write, patch_task, who});
    routes.push_back({"DELETE", plan + "/tasks/{task_id}", write, delete_task, who});
    routes.push_back({"POST", "/api/v1/action-items/{id}/promote", Guard::contribute(auth::ResourceKind::action_item),
                      promote, who});
}

}  // namespace trellis::api
