// A team's problem of practice, aim and driver diagram (issue 12, item 1): one read for the page, a versioned PUT
// of the problem and aim, and the nodes' add, edit (text, measure, parent, move up or down) and remove. Read by the
// team's readers and written by whoever may write its plan (the same guards as the plan's routes); a node or a
// measure of another team is not found or refused, whatever its id (actions/driver_diagram).
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/json_shapes.hpp"
#include "api/permissions_shape.hpp"
#include "api/plan_shapes.hpp"
#include "api/routes.hpp"
#include "trellis/actions/driver_diagram.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::size_t kProblemTextLength = 4000;
constexpr std::size_t kAimFieldLength = 500;
constexpr std::size_t kNodeTextLength = 500;

json::object problem_json(const store::TeamProblem& p) {
    return {{"who_is_failed", p.who_is_failed},
            {"how_we_know", p.how_we_know},
            {"aim", json::object{{"what", p.aim_what},
                                 {"for_whom", p.aim_for_whom},
                                 {"how_much", p.aim_how_much},
                                 {"by_when", or_null(p.aim_by_when)}}},
            {"written_by", p.written_by_name.empty() ? json::value(nullptr) : json::value(p.written_by_name)},
            {"written_at", p.version == 0 ? json::value(nullptr) : json::value(rfc3339(p.written_at))},
            {"version", p.version}};
}

json::object node_json(const store::DriverNode& n) {
    return {{"id", n.id},
            {"parent_id", or_null(n.parent_id)},
            {"kind", n.kind},
            {"text", n.text},
            {"measure", n.measure_id ? json::value(json::object{{"id", *n.measure_id}, {"name", n.measure_name}})
                                     : json::value(nullptr)},
            {"position", n.position},
            {"version", n.version}};
}

http::Response get_problem(RequestContext& c) {
    json::array nodes;
    for (const auto& n : store::driver_nodes(c.db, c.id())) nodes.push_back(node_json(n));
    return json_response(
        200,
        json::object{
            {"problem", problem_json(store::team_problem(c.db, c.id()))},
            {"nodes", std::move(nodes)},
            {"may", json::object{{"contribute", may_json(c, auth::ResourceKind::team, c.id()).at("contribute")}}}});
}

// A PUT replaces the whole problem and aim: a field left out is empty.
http::Response put_problem(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::TeamProblem p{.team_id = c.id()};
    read_text(*body, "who_is_failed", kProblemTextLength, p.who_is_failed);
    read_text(*body, "how_we_know", kProblemTextLength, p.how_we_know);
    read_text(*body, "aim_what", kAimFieldLength, p.aim_what);
    read_text(*body, "aim_for_whom", kAimFieldLength, p.aim_for_whom);
    read_text(*body, "aim_how_much", kAimFieldLength, p.aim_how_much);
    read_nullable_string(*body, "aim_by_when", 10, p.aim_by_when);
    const auto version = body->required_integer("version");
    if (!body->ok()) return body->problem();
    p.version = *version;
    return edited_answer(actions::write_problem(caller(c), p), problem_json, "the problem of practice", *version,
                         [&] { return std::optional(store::team_problem(c.db, c.id())); });
}

http::Response add_node(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::DriverNode n{.team_id = c.id()};
    if (auto kind = body->required_string("kind", 20)) n.kind = *kind;
    if (auto text = body->required_string("text", kNodeTextLength)) n.text = *text;
    read_nullable_integer(*body, "parent_id", n.parent_id);
    read_nullable_integer(*body, "measure_id", n.measure_id);
    if (!body->ok()) return body->problem();
    const auto made = actions::add_driver_node(caller(c), n);
    if (!made) return problem_for(made.error());
    return created(node_json(*made), fmt::format("/api/v1/teams/{}/drivers/{}", c.id(), made->id));
}

http::Response patch_node(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto team = c.id();
    const auto id = c.id("node_id");
    auto current = store::find_driver_node(c.db, team, id);
    if (!current) return not_found(fmt::format("driver diagram node {} of team {}", id, team));
    const auto version = body->required_integer("version");
    if (body->object().contains("text"))
        if (auto text = body->required_string("text", kNodeTextLength)) current->text = *text;
    read_nullable_integer(*body, "measure_id", current->measure_id);
    const auto parent_before = current->parent_id;
    read_nullable_integer(*body, "parent_id", current->parent_id);
    auto move = actions::DriverMove::none;
    if (auto sent = body->optional_string("move", 10)) {
        if (*sent == "up") move = actions::DriverMove::up;
        else if (*sent == "down") move = actions::DriverMove::down;
        else body->add_error("move", "must be up or down");
    }
    if (!body->ok()) return body->problem();
    current->version = *version;
    return edited_answer(actions::edit_driver_node(caller(c), *current, current->parent_id != parent_before, move),
                         node_json, "this node", *version, [&] { return store::find_driver_node(c.db, team, id); });
}

http::Response delete_node(RequestContext& c) {
    return removed_answer(actions::remove_driver_node(caller(c), c.id(), c.id("node_id")));
}

}  // namespace

void add_driver_diagram_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const auto read = Guard::read(ResourceKind::team);
    const auto write = Guard::contribute(ResourceKind::team);
    routes.push_back({"GET", "/api/v1/teams/{id}/problem", read, get_problem, access::team_readers});
    routes.push_back({"PUT", "/api/v1/teams/{id}/problem", write, put_problem, access::team_contributors});
    routes.push_back({"POST", "/api/v1/teams/{id}/drivers", write, add_node, access::team_contributors});
    routes.push_back({"PATCH", "/api/v1/teams/{id}/drivers/{node_id}", write, patch_node, access::team_contributors});
    routes.push_back({"DELETE", "/api/v1/teams/{id}/drivers/{node_id}", write, delete_node, access::team_contributors});
}

}  // namespace trellis::api
