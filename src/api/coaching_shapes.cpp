#include "api/coaching_shapes.hpp"

#include <fmt/format.h>

#include "api/action_calls.hpp"
#include "api/agreement_shapes.hpp"
#include "api/coaching_attachments.hpp"
#include "api/json_shapes.hpp"
#include "trellis/actions/coaching_log.hpp"
#include "trellis/store/resources.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

std::optional<std::int64_t> positive_id(const json::value& v) {
    if (v.is_int64() && v.as_int64() > 0) return v.as_int64();
    return std::nullopt;
}

std::string text_in(JsonBody& body, const json::object& o, const std::string& field, std::string_view key,
                    std::size_t max_length, bool required) {
    const auto* v = o.if_contains(key);
    if ((!v || v->is_null()) && !required) return "";
    if (!v || !v->is_string() || (required && v->as_string().empty()) || v->as_string().size() > max_length) {
        body.add_error(
            fmt::format("{}.{}", field, key),
            fmt::format("{} text of at most {} characters", required ? "is required:" : "must be a", max_length));
        return "";
    }
    return std::string(v->as_string());
}

std::vector<store::CoachingNextStep> read_steps(JsonBody& body) {
    std::vector<store::CoachingNextStep> out;
    const auto shape = "{team_id, title, owner_member_id, due_on}";
    each_object(body, "next_steps", shape, [&](const json::object& o, const std::string& field) {
        store::CoachingNextStep s;
        if (const auto* t = o.if_contains("team_id"); t && positive_id(*t)) {
            s.team_id = *positive_id(*t);
        } else {
            body.add_error(field + ".team_id", "must be an id (a positive integer)");
        }
        s.title = text_in(body, o, field, "title", 300, true);
        s.due_on = text_in(body, o, field, "due_on", 10, true);
        if (const auto* owner = o.if_contains("owner_member_id"); owner && !owner->is_null()) {
            if (const auto id = positive_id(*owner)) {
                s.owner_member_id = id;
            } else {
                body.add_error(field + ".owner_member_id", "must be an id (a positive integer) or null");
            }
        }
        out.push_back(std::move(s));
    });
    return out;
}

void read_hours(JsonBody& body, store::CoachingEntry& e) {
    const auto hours = body.required_number("hours");
    if (!hours) return;
    const auto minutes = domain::hours_to_minutes(*hours);
    if (!minutes || *hours < 0.25 || *hours > 24) {
        body.add_error("hours", "must be from 0.25 to 24 hours, two decimals at most");
    } else {
        e.minutes = *minutes;
    }
}

}  // namespace

json::object next_step_json(const store::CoachingNextStep& s) {
    json::value owner = nullptr;
    if (s.owner_member_id) owner = json::object{{"member_id", *s.owner_member_id}, {"name", s.owner_name}};
    return {{"id", s.id},
            {"team_id", s.team_id},
            {"title", s.title},
            {"owner", owner},
            {"due_on", s.due_on},
            {"status", s.status},
            {"action_item_id", or_null(s.action_item_id)}};
}

std::set<std::int64_t> entries_over(RequestContext& c, const store::Agreement& a) {
    const auto over = domain::entries_over(a.hours, store::agreement_coaching(c.db, a.id));
    return {over.begin(), over.end()};
}

json::object entry_json(RequestContext& c, const store::CoachingEntry& e, const std::set<std::int64_t>& over,
                        std::optional<std::int64_t> only_team) {
    json::array teams;
    for (const auto& t : e.teams) {
        teams.push_back(json::object{{"id", t.id}, {"name", t.name}, {"organization_name", t.organization_name}});
    }
    json::array coaches;
    for (const auto& u : e.coaches) coaches.push_back(json::object{{"user_id", u.id}, {"name", u.name}});
    json::array steps;
    for (const auto& s : e.next_steps) {
        if (!only_team || s.team_id == *only_team) steps.push_back(next_step_json(s));
    }
    return {{"id", e.id},
            {"agreement_id", e.agreement_id},
            {"date", e.date},
            {"kind", e.kind},
            {"hours", hours_json(e.minutes)},
            {"over", over.contains(e.id)},
            {"teams", std::move(teams)},
            {"coaches", std::move(coaches)},
            {"focus", e.focus},
            {"guide_section", e.guide_section},
            {"notes", e.notes},
            {"people_served", e.people_served},
            {"follow_up_on", or_null(e.follow_up_on)},
            {"next_steps", std::move(steps)},
            {"resources", attached_resources_json(c, store::coaching_entry_resources(c.db, e.id))},
            {"created_by", json::object{{"id", e.created_by.id}, {"name", e.created_by.name}}},
            {"created_at", rfc3339(e.created_at)},
            {"version", e.version},
            {"may", json::object{{"edit", actions::may_edit_entry(caller(c), e)}}}};
}

void read_entry(JsonBody& body, store::CoachingEntry& e, bool creating) {
    const auto present = [&](std::string_view field) { return creating || body.object().contains(field); };
    if (present("date"))
        if (auto date = body.required_string("date", 10)) e.date = *date;
    if (present("kind"))
        if (auto kind = body.required_string("kind", 40)) e.kind = *kind;
    if (present("hours")) read_hours(body, e);
    if (present("focus"))
        if (auto focus = body.required_string("focus", 500)) e.focus = *focus;
    if (body.object().contains("notes")) e.notes = body.optional_string("notes", 8000).value_or("");
    if (body.object().contains("guide_section")) {
        e.guide_section = body.optional_string("guide_section", 200).value_or("");
    }
    if (body.object().contains("people_served")) {
        e.people_served = body.optional_string("people_served", 1000).value_or("");
    }
    if (body.object().contains("follow_up_on")) {
        const auto date = body.optional_string("follow_up_on", 10);
        e.follow_up_on = date && !date->empty() ? date : std::nullopt;
    }
    if (present("team_ids")) {
        if (!body.has("team_ids")) {
            body.add_error("team_ids", "is required");
        } else {
            e.teams.clear();
            for (const auto& t : read_ids(body, "team_ids")) e.teams.push_back({t.id, "", ""});
        }
    }
    if (body.has("coach_user_ids")) e.coaches = read_ids(body, "coach_user_ids");
    if (body.has("next_steps")) {
        // The steps the teams answered stay; the proposed ones are replaced by those sent.
        // The sent ones come first so that a field error's index ("next_steps[1].due_on") is the one sent.
        auto answered = std::move(e.next_steps);
        std::erase_if(answered, [](const auto& s) { return s.status == "proposed"; });
        e.next_steps = read_steps(body);
        for (auto& s : answered) e.next_steps.push_back(std::move(s));
    }
}

}  // namespace trellis::api
