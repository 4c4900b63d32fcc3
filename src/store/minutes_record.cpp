// The minutes of a closed meeting as stored: JSON text in meetings.minutes_json, the shape
// GET /api/v1/meetings/{id}/minutes answers (docs/api.md, "Minutes"), frozen when the meeting closes.
#include <fmt/chrono.h>
#include <fmt/format.h>
#include <boost/json.hpp>

#include "trellis/store/meetings.hpp"

namespace trellis::store {

namespace json = boost::json;

namespace {

std::string rfc3339(std::int64_t unix_seconds) {
    return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(static_cast<std::time_t>(unix_seconds)));
}

json::value time_or_null(const std::optional<std::int64_t>& t) {
    if (!t) return nullptr;
    return json::value(rfc3339(*t));
}

template <typename T>
json::value or_null(const std::optional<T>& v) {
    return v ? json::value(*v) : json::value(nullptr);
}

json::value string_array(const std::vector<std::string>& values) {
    json::array array;
    for (const auto& v : values) array.emplace_back(v);
    return array;
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

std::string encode_minutes(const domain::Minutes& m) {
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
    return json::serialize(json::object{{"team", m.team},
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
                                        {"closed_by", m.closed_by}});
}

domain::Minutes decode_minutes(const std::string& stored) {
    const auto value = json::parse(stored);
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
        domain::MinutesItem item{i.at("agenda_item_id").as_int64(),
                                 text(i, "title"),
                                 static_cast<int>(i.at("minutes").as_int64()),
                                 text(i, "kind"),
                                 {}};
        for (const auto& n : i.at("notes").as_array()) {
            item.notes.push_back({text(n.as_object(), "author"), text(n.as_object(), "text")});
        }
        m.items.push_back(std::move(item));
    }
    m.decisions = strings(o.at("decisions"));
    for (const auto& v : o.at("action_items").as_array()) {
        const auto& a = v.as_object();
        m.action_items.push_back(
            {a.at("id").as_int64(), text(a, "title"), text(a, "owner"), text(a, "due"), text(a, "status")});
    }
    m.closed_at = domain::parse_rfc3339(text(o, "closed_at")).value_or(0);
    m.closed_by = text(o, "closed_by");
    return m;
}

}  // namespace trellis::store
