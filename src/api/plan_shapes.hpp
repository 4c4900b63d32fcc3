#pragma once
// The JSON of the team plan's items (docs/api.md, "The team plan"), and the readers of the fields their bodies
// share, so that every plan handler answers and reads alike.
#include <boost/json.hpp>
#include <optional>
#include <string>

#include "api/action_calls.hpp"
#include "api/json_body.hpp"
#include "api/responses.hpp"
#include "trellis/actions/plan.hpp"

namespace trellis::api {

boost::json::object vision_json(const store::VisionVersion& v);
boost::json::object goal_json(const store::Goal& g);
boost::json::object objective_json(const store::Objective& o);
boost::json::object activity_json(const store::Activity& a);
boost::json::object milestone_json(const store::Milestone& m, const std::string& today);
boost::json::object task_json(const store::PlanTask& t, const std::string& today);
boost::json::object barrier_json(const store::Barrier& b);
boost::json::object plan_json(const actions::PlanView& plan, std::int64_t team_id, const std::string& today);

// A field that may be set, or cleared with null: `target` is left alone when the field is absent.
void read_nullable_string(JsonBody& body, std::string_view field, std::size_t max_length,
                          std::optional<std::string>& target);
void read_nullable_integer(JsonBody& body, std::string_view field, std::optional<std::int64_t>& target);
void read_nullable_number(JsonBody& body, std::string_view field, std::optional<double>& target);
// A string that may be empty; left alone when absent.
void read_text(JsonBody& body, std::string_view field, std::size_t max_length, std::string& target);
// A list of LCAP priorities (integers); left alone when absent.
void read_priorities(JsonBody& body, std::vector<std::int64_t>& target);

// An edit's answer: the item (200), the current item when the edit was stale (409), or the refusal.
template <typename T, typename Shape, typename Reload>
http::Response edited_answer(const actions::Result<T>& result, Shape shape, std::string_view what, std::int64_t version,
                             Reload reload) {
    if (result) return json_response(200, shape(*result));
    if (result.error().kind == actions::FailureKind::stale_edit)
        if (const auto current = reload()) return stale_edit(what, version, shape(*current));
    return problem_for(result.error());
}

template <typename T, typename Shape>
http::Response created_answer(const actions::Result<T>& result, Shape shape, std::int64_t team_id) {
    if (!result) return problem_for(result.error());
    return created(shape(*result), "/api/v1/teams/" + std::to_string(team_id) + "/plan");
}

inline http::Response removed_answer(const actions::Outcome& outcome) {
    if (!outcome) return problem_for(outcome.error());
    return no_content();
}

}  // namespace trellis::api
