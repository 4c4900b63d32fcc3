#include "api/plan_shapes.hpp"

#include <array>
#include <map>

#include "api/json_shapes.hpp"
#include "trellis/domain/plan.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::array ids_json(const std::vector<std::int64_t>& ids) {
    json::array out;
    for (const auto id : ids) out.emplace_back(id);
    return out;
}

}  // namespace

json::object vision_json(const store::VisionVersion& v) {
    return {{"text", v.text},
            {"version", v.version},
            {"written_by_name", v.written_by_name},
            {"written_at", rfc3339(v.written_at)}};
}

json::object goal_json(const store::Goal& g) {
    return {{"id", g.id},
            {"title", g.title},
            {"description", g.description},
            {"lcap_priorities", ids_json(g.lcap_priorities)},
            {"version", g.version}};
}

json::object objective_json(const store::Objective& o) {
    return {{"id", o.id},
            {"goal_id", o.goal_id},
            {"description", o.description},
            {"measure_id", or_null(o.measure_id)},
            {"measure_name", o.measure_name},
            {"unit", o.unit},
            {"direction", o.direction},
            {"baseline_value", or_null(o.baseline_value)},
            {"baseline_date", or_null(o.baseline_date)},
            {"target_value", or_null(o.target_value)},
            {"target_date", or_null(o.target_date)},
            {"version", o.version}};
}

json::object activity_json(const store::Activity& a) {
    return {{"id", a.id}, {"area", a.area}, {"description", a.description}, {"version", a.version}};
}

json::object milestone_json(const store::Milestone& m, const std::string& today) {
    return {{"id", m.id},          {"title", m.title},
            {"due_on", m.due_on},  {"area", or_null(m.area)},
            {"done", m.done},      {"overdue", !m.done && m.due_on < today},
            {"version", m.version}};
}

json::object task_json(const store::PlanTask& t, const std::string& today) {
    return {{"id", t.id},
            {"title", t.title},
            {"notes", t.notes},
            {"owner_member_id", or_null(t.owner_member_id)},
            {"owner_name", t.owner_name},
            {"due_on", or_null(t.due_on)},
            {"status", t.status},
            {"area", or_null(t.area)},
            {"objective_id", or_null(t.objective_id)},
            {"milestone_id", or_null(t.milestone_id)},
            {"depends_on", ids_json(t.depends_on)},
            {"action_item_id", or_null(t.action_item_id)},
            {"meeting_id", or_null(t.meeting_id)},
            {"meeting_title", t.meeting_title},
            {"overdue", t.due_on && *t.due_on < today && t.status != "done"},
            {"version", t.version},
            {"updated_by_name", t.updated_by_name},
            {"updated_at", rfc3339(t.updated_at)}};
}

json::object barrier_json(const store::Barrier& b) {
    return {{"id", b.id},
            {"description", b.description},
            {"response", b.response},
            {"area", or_null(b.area)},
            {"version", b.version}};
}

json::object plan_json(const actions::PlanView& plan, std::int64_t team_id, const std::string& today) {
    std::map<std::int64_t, json::array> objectives;
    for (const auto& o : plan.objectives) objectives[o.goal_id].push_back(objective_json(o));
    json::array goals;
    for (const auto& g : plan.goals) {
        auto goal = goal_json(g);
        goal["objectives"] = std::move(objectives[g.id]);
        goals.push_back(std::move(goal));
    }
    json::array areas;
    for (const auto key : domain::kPlanAreas) {
        json::array activities;
        for (const auto& a : plan.activities)
            if (a.area == key) activities.push_back(activity_json(a));
        areas.push_back(json::object{{"key", key}, {"activities", std::move(activities)}});
    }
    json::array milestones, tasks, barriers;
    for (const auto& m : plan.milestones) milestones.push_back(milestone_json(m, today));
    for (const auto& t : plan.tasks) tasks.push_back(task_json(t, today));
    for (const auto& b : plan.barriers) barriers.push_back(barrier_json(b));
    return {{"team_id", team_id},
            {"today", today},
            {"vision", plan.vision ? json::value(vision_json(*plan.vision)) : json::value(nullptr)},
            {"goals", std::move(goals)},
            {"areas", std::move(areas)},
            {"milestones", std::move(milestones)},
            {"tasks", std::move(tasks)},
            {"barriers", std::move(barriers)}};
}

void read_nullable_string(JsonBody& body, std::string_view field, std::size_t max_length,
                          std::optional<std::string>& target) {
    if (!body.object().contains(field)) return;
    if (!body.has(field)) {
        target.reset();
        return;
    }
    if (auto value = body.optional_string(field, max_length)) target = value->empty() ? std::nullopt : value;
}

void read_nullable_integer(JsonBody& body, std::string_view field, std::optional<std::int64_t>& target) {
    if (!body.object().contains(field)) return;
    target = body.optional_integer(field);
}

void read_nullable_number(JsonBody& body, std::string_view field, std::optional<double>& target) {
    if (!body.object().contains(field)) return;
    target.reset();
    if (body.has(field)) target = body.required_number(field);
}

void read_text(JsonBody& body, std::string_view field, std::size_t max_length, std::string& target) {
    if (!body.object().contains(field)) return;
    target = body.optional_string(field, max_length).value_or("");
}

void read_priorities(JsonBody& body, std::vector<std::int64_t>& target) {
    if (!body.object().contains("lcap_priorities")) return;
    target.clear();
    if (!body.has("lcap_priorities")) return;
    const auto& v = body.object().at("lcap_priorities");
    if (!v.is_array()) {
        body.add_error("lcap_priorities", "must be a list of integers from 1 to 10");
        return;
    }
    for (const auto& p : v.as_array()) {
        if (!p.is_int64()) {
            body.add_error("lcap_priorities", "must be a list of integers from 1 to 10");
            return;
        }
        target.push_back(p.as_int64());
    }
}

}  // namespace trellis::api
