#include "api/meeting_shapes.hpp"

#include <boost/json.hpp>

#include "api/json_shapes.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::value time_or_null(const std::optional<std::int64_t>& t) {
    if (!t) return nullptr;
    return json::value(rfc3339(*t));
}

}  // namespace

json::value meeting_json(const store::Meeting& m) {
    json::array agenda;
    for (const auto& item : m.agenda) {
        agenda.push_back(
            json::object{{"id", item.id},
                         {"title", item.title},
                         {"minutes", item.minutes},
                         {"kind", item.kind},
                         {"carried_over", item.action_item_id.has_value() || item.outreach_item_id.has_value()},
                         {"action_item_id", or_null(item.action_item_id)},
                         {"outreach_item_id", or_null(item.outreach_item_id)}});
    }
    std::optional<std::int64_t> ends_at;
    if (m.starts_at && m.duration_minutes) ends_at = *m.starts_at + *m.duration_minutes * 60;
    return json::object{{"id", m.id},
                        {"team", json::object{{"id", m.team_id}, {"name", m.team_name}}},
                        {"title", m.title},
                        {"goal", m.goal},
                        {"starts_at", time_or_null(m.starts_at)},
                        {"ends_at", time_or_null(ends_at)},
                        {"time_zone", m.time_zone},
                        {"duration_minutes", or_null(m.duration_minutes)},
                        {"mode", or_null(m.mode)},
                        {"location", m.location},
                        {"objectives", string_array(m.objectives)},
                        {"agenda", std::move(agenda)},
                        {"status", m.status},
                        {"sequence", m.sequence},
                        {"version", m.version},
                        {"created_at", rfc3339(m.created_at)},
                        {"updated_at", rfc3339(m.updated_at)},
                        {"closed_at", time_or_null(m.closed_at)},
                        {"cancelled_at", time_or_null(m.cancelled_at)}};
}

json::value to_json(const store::Note& n) {
    return json::object{{"id", n.id},
                        {"agenda_item_id", n.agenda_item_id},
                        {"author", json::object{{"id", n.author_id}, {"name", n.author_name}}},
                        {"text", n.text},
                        {"version", n.version},
                        {"updated_at", rfc3339(n.updated_at)}};
}

json::value to_json(const store::Decision& d) {
    return json::object{{"id", d.id},
                        {"meeting_id", d.meeting_id},
                        {"agenda_item_id", or_null(d.agenda_item_id)},
                        {"text", d.text},
                        {"version", d.version},
                        {"created_at", rfc3339(d.created_at)},
                        {"updated_at", rfc3339(d.updated_at)}};
}

json::value to_json(const store::ActionItem& a) {
    json::value owner = nullptr;
    if (a.owner_member_id) owner = json::object{{"member_id", *a.owner_member_id}, {"name", a.owner_name}};
    json::value changed_by = nullptr;
    if (a.status_changed_by)
        changed_by = json::object{{"id", *a.status_changed_by}, {"name", a.status_changed_by_name}};
    return json::object{{"id", a.id},
                        {"team", json::object{{"id", a.team_id}, {"name", a.team_name}}},
                        {"meeting", json::object{{"id", a.meeting_id}, {"title", a.meeting_title}}},
                        {"title", a.title},
                        {"owner", std::move(owner)},
                        {"due", a.due_on},
                        {"status", a.status},
                        {"status_comment", or_null(a.status_comment)},
                        {"done_on", or_null(a.done_on)},
                        {"status_changed_by", std::move(changed_by)},
                        {"status_changed_at", time_or_null(a.status_changed_at)},
                        {"carry_overs", a.carry_overs},
                        {"plan_task_id", a.plan_task_id ? json::value(*a.plan_task_id) : json::value(nullptr)},
                        {"version", a.version},
                        {"created_at", rfc3339(a.created_at)}};
}

json::value to_json(const store::Amendment& a) {
    return json::object{
        {"id", a.id}, {"text", a.text}, {"author", a.author_name}, {"created_at", rfc3339(a.created_at)}};
}

json::value minutes_answer(store::Connection& db, const store::Meeting& m) {
    auto out = json::parse(*m.minutes_json).as_object();
    out["meeting_id"] = m.id;
    json::array amendments;
    for (const auto& a : store::minutes_amendments(db, m.id)) amendments.push_back(to_json(a));
    out["amendments"] = std::move(amendments);
    return out;
}

}  // namespace trellis::api
