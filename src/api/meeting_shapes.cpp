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

std::vector<std::string> strings(const json::value& v) {
    std::vector<std::string> out;
    for (const auto& s : v.as_array()) out.emplace_back(s.as_string());
    return out;
}

std::string text(const json::object& o, std::string_view key) {
    const auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

}  // namespace

json::value meeting_json(const store::Meeting& m) {
    json::array agenda;
    for (const auto& item : m.agenda) {
        agenda.push_back(json::object{{"id", item.id},
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
    if (a.status_changed_by) changed_by = json::object{{"id", *a.status_changed_by}, {"name", a.status_changed_by_name}};
    return json::object{{"id", a.id},
                        {"team", json::object{{"id", a.team_id}, {"name", a.team_name}}},
                        {"meeting", json::object{{"id", a.meeting_id}, {"title", a.meeting_title}}},
                        {"title", a.title},
                        {"owner", std::move(owner)},
                        {"due", a.due_on},
                        {"status", a.status},
                        {"done_on", or_null(a.done_on)},
                        {"status_changed_by", std::move(changed_by)},
                        {"status_changed_at", time_or_null(a.status_changed_at)},
                        {"carry_overs", a.carry_overs},
                        {"version", a.version},
                        {"created_at", rfc3339(a.created_at)}};
}

json::value to_json(const store::Amendment& a) {
    return json::object{{"id", a.id}, {"text", a.text}, {"author", a.author_name}, {"created_at", rfc3339(a.created_at)}};
}

json::value to_json(const domain::Minutes& m) {
    json::array items;
    for (const auto& item : m.items) {
        json::array notes;
        for (const auto& n : item.notes) notes.push_back(json::object{{"author", n.author}, {"text", n.text}});
        items.push_back(json::object{{"agenda_item_id", item.agenda_item_id},
                                     {"title", item.title},
                                     {"minutes", item.minutes},
                                     {"kind", item.kind},
                                     {"notes", std::move(notes)}});
    }
    json::array actions;
    for (const auto& a : m.action_items) {
        actions.push_back(json::object{{"id", a.id},
                                       {"title", a.title},
                                       {"owner", a.owner.empty() ? json::value(nullptr) : json::value(a.owner)},
                                       {"due", a.due_on},
                                       {"status", a.status}});
    }
    return json::object{{"team", m.team},
                        {"title", m.title},
                        {"goal", m.goal},
                        {"starts_at", time_or_null(m.starts_at)},
                        {"time_zone", m.time_zone},
                        {"duration_minutes", or_null(m.duration_minutes)},
                        {"mode", m.mode},
                        {"location", m.location},
                        {"objectives", string_array(m.objectives)},
                        {"attendance", json::object{{"present", string_array(m.present)},
                                                    {"absent", string_array(m.absent)},
                                                    {"excused", string_array(m.excused)},
                                                    {"not_recorded", string_array(m.not_recorded)}}},
                        {"agenda", std::move(items)},
                        {"decisions", string_array(m.decisions)},
                        {"action_items", std::move(actions)},
                        {"closed_at", rfc3339(m.closed_at)},
                        {"closed_by", m.closed_by}};
}

domain::Minutes minutes_from_json(const json::value& value) {
    const auto& o = value.as_object();
    domain::Minutes m;
    m.team = text(o, "team");
    m.title = text(o, "title");
    m.goal = text(o, "goal");
    if (const auto& s = o.at("starts_at"); s.is_string()) m.starts_at = domain::parse_rfc3339(s.as_string());
    m.time_zone = text(o, "time_zone");
    if (const auto& d = o.at("duration_minutes"); d.is_int64()) m.duration_minutes = static_cast<int>(d.as_int64());
    m.mode = text(o, "mode");
    m.location = text(o, "location");
    m.objectives = strings(o.at("objectives"));
    const auto& attendance = o.at("attendance").as_object();
    m.present = strings(attendance.at("present"));
    m.absent = strings(attendance.at("absent"));
    m.excused = strings(attendance.at("excused"));
    m.not_recorded = strings(attendance.at("not_recorded"));
    for (const auto& v : o.at("agenda").as_array()) {
        const auto& i = v.as_object();
        domain::MinutesItem item{i.at("agenda_item_id").as_int64(), text(i, "title"),
                                 static_cast<int>(i.at("minutes").as_int64()), text(i, "kind"), {}};
        for (const auto& n : i.at("notes").as_array()) {
            item.notes.push_back({text(n.as_object(), "author"), text(n.as_object(), "text")});
        }
        m.items.push_back(std::move(item));
    }
    m.decisions = strings(o.at("decisions"));
    for (const auto& v : o.at("action_items").as_array()) {
        const auto& a = v.as_object();
        m.action_items.push_back({a.at("id").as_int64(), text(a, "title"), text(a, "owner"), text(a, "due"), text(a, "status")});
    }
    m.closed_at = domain::parse_rfc3339(text(o, "closed_at")).value_or(0);
    m.closed_by = text(o, "closed_by");
    return m;
}

}  // namespace trellis::api
