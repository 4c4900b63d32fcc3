// Meetings with the guide's discipline: planning (drafts may be incomplete; scheduling checks the rules),
// the team's discussion-share setting, cancelling, closing into minutes, amendments and the .ics invitation.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/agenda_body.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/live_events.hpp"
#include "api/meeting_api_support.hpp"
#include "api/meeting_mail.hpp"
#include "api/meeting_shapes.hpp"
#include "api/permissions_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/domain/meeting_rules.hpp"
#include "trellis/domain/zoned_time.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/notify/meeting_mail.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/network_meetings.hpp"
#include "trellis/store/networks.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::string_view kModes[] = {"in_person", "virtual", "hybrid"};
constexpr std::string_view kAgendaKinds[] = {"topic", "discussion", "decision", "review", "information"};
constexpr std::string_view kPlanStatuses[] = {"draft", "scheduled"};

// The agenda array: [{id?, title, minutes, kind}]; every problem is collected as agenda[i].field.
std::optional<std::vector<store::AgendaEntry>> read_agenda(JsonBody& body, const store::Meeting& current) {
    const auto* value = body.object().if_contains("agenda");
    if (value == nullptr || value->is_null()) return std::nullopt;
    if (!value->is_array()) {
        body.add_error("agenda", "must be an array of {title, minutes, kind}");
        return std::nullopt;
    }
    std::vector<store::AgendaEntry> out;
    const auto& array = value->as_array();
    if (array.size() > 50) {
        body.add_error("agenda", fmt::format("must have at most 50 items, got {}", array.size()));
        return std::nullopt;
    }
    for (std::size_t i = 0; i < array.size(); ++i) {
        const auto where = fmt::format("agenda[{}]", i);
        if (!array[i].is_object()) {
            body.add_error(where, "must be an object {title, minutes, kind}");
            continue;
        }
        const auto& o = array[i].as_object();
        store::AgendaEntry item;
        read_agenda_title_and_minutes(body, o, where, item);
        const auto* kind = o.if_contains("kind");
        if (!kind || !kind->is_string()) {
            body.add_error(where + ".kind", fmt::format("is required: one of {}", fmt::join(kAgendaKinds, ", ")));
        } else if (auto problem = domain::check_one_of(std::string(kind->as_string()), kAgendaKinds)) {
            body.add_error(where + ".kind", *problem);
        } else {
            item.kind = std::string(kind->as_string());
        }
        if (const auto* id = o.if_contains("id"); id && id->is_int64()) {
            for (const auto& existing : current.agenda) {
                if (existing.id == id->as_int64()) {
                    item.id = existing.id;
                    item.action_item_id = existing.action_item_id;
                    item.outreach_item_id = existing.outreach_item_id;
                }
            }
        }
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace

// Applies the plan fields present in the body onto `m` (title required when `creating`).
void read_plan(JsonBody& body, store::Meeting& m, bool creating) {
    const auto& o = body.object();
    if (creating || o.contains("title")) {
        if (auto title = body.required_string("title", 200)) m.title = *title;
    }
    if (o.contains("goal")) m.goal = body.optional_string("goal", 1000).value_or("");
    if (o.contains("starts_at")) {
        m.starts_at.reset();
        if (auto text = body.optional_string("starts_at", 40)) {
            m.starts_at = domain::parse_rfc3339(*text);
            if (!m.starts_at) {
                body.add_error(
                    "starts_at",
                    fmt::format("must be an RFC 3339 time with an offset, like 2026-11-22T16:00:00-08:00; got \"{}\"",
                                *text),
                    domain::code::kNotADate);
            }
        }
    }
    if (o.contains("time_zone")) {
        m.time_zone = body.optional_string("time_zone", 60).value_or("UTC");
        if (!domain::known_time_zone(m.time_zone)) {
            body.add_error("time_zone",
                           fmt::format("\"{}\" is not an IANA time zone name like America/Los_Angeles", m.time_zone));
        }
    }
    if (o.contains("duration_minutes")) {
        m.duration_minutes.reset();
        if (auto minutes = body.optional_integer("duration_minutes")) {
            if (*minutes < 1 || *minutes > 1440) {
                body.add_error("duration_minutes", fmt::format("must be 1 to 1440 minutes, got {}", *minutes),
                               domain::code::kOutOfRange, {{"min", std::int64_t{1}}, {"max", std::int64_t{1440}}});
            } else {
                m.duration_minutes = static_cast<int>(*minutes);
            }
        }
    }
    if (o.contains("mode")) {
        m.mode = body.optional_string("mode", 20);
        if (m.mode) {
            if (auto problem = domain::check_one_of(*m.mode, kModes)) body.add_error("mode", *problem);
        }
    }
    if (o.contains("location")) m.location = body.optional_string("location", 500).value_or("");
    if (auto objectives = body.string_list("objectives", 20, 300)) {
        m.objectives = *objectives;
    } else if (o.contains("objectives") && o.at("objectives").is_null()) {
        m.objectives.clear();
    }
    if (auto agenda = read_agenda(body, m)) m.agenda = *agenda;
}

// The plan plus what the rules allow, so a page can show a violation before saving.
json::value plan_json(store::Connection& db, const store::Meeting& m) {
    auto out = meeting_json(m).as_object();
    const auto percent = discussion_share_percent(db, m.team_id);
    json::object rules{{"discussion_share_percent", percent}};
    if (m.duration_minutes) {
        rules["max_objectives"] = domain::max_objectives(*m.duration_minutes);
        rules["min_discussion_minutes"] = domain::min_discussion_minutes(*m.duration_minutes, percent / 100.0);
        std::vector<domain::AgendaItem> agenda;
        for (const auto& item : m.agenda) agenda.push_back({item.title, item.minutes, item.kind});
        json::array violations;
        for (const auto& v : domain::check_meeting(*m.duration_minutes, static_cast<int>(m.objectives.size()), agenda,
                                                   percent / 100.0)) {
            violations.push_back(json::object{{"rule", v.rule}, {"message", v.message}});
        }
        rules["violations"] = std::move(violations);
    }
    out["rules"] = std::move(rules);
    return out;
}

namespace {

json::value full_meeting_json(RequestContext& c, const store::Meeting& m) {
    auto out = plan_json(c.db, m).as_object();
    out["may"] = may_json(c, auth::ResourceKind::meeting, m.id);
    // A network meeting names its network; its attendance (and owner choices) span the invited teams.
    json::value network = nullptr;
    if (const auto network_id = store::network_of_meeting(c.db, m.id)) {
        network = json::object{{"id", *network_id}, {"name", store::find_network(c.db, *network_id)->name}};
    }
    out["network"] = std::move(network);
    const auto members = store::meeting_participants(c.db, m.id, m.team_id);
    const auto recorded = store::meeting_attendance(c.db, m.id);
    json::array attendance;
    std::optional<std::int64_t> my_member_id;
    for (const auto& member : members) {
        json::value status = nullptr;
        for (const auto& a : recorded) {
            if (a.member_id == member.id) status = json::value(a.status);
        }
        // contributes: whether the seat takes part (may own action items), as the team page's members say.
        if (member.user_id == c.principal.user_id) my_member_id = member.id;
        attendance.push_back(json::object{{"member_id", member.id},
                                          {"name", member.name},
                                          {"role", member.role},
                                          {"contributes", seat_contributes(member.role)},
                                          {"takes_part", seat_takes_part(member.role)},
                                          {"status", std::move(status)}});
    }
    out["attendance"] = std::move(attendance);
    // The caller's own seat among the participants (their attendance row, the items they own), if any.
    out["my_member_id"] = my_member_id ? json::value(*my_member_id) : json::value(nullptr);
    json::array notes, decisions, actions;
    for (const auto& n : store::meeting_notes(c.db, m.id)) notes.push_back(to_json(n));
    for (const auto& d : store::meeting_decisions(c.db, m.id)) decisions.push_back(to_json(d));
    for (const auto& a : store::meeting_action_items(c.db, m.id)) actions.push_back(to_json(a));
    out["notes"] = std::move(notes);
    out["decisions"] = std::move(decisions);
    out["action_items"] = std::move(actions);
    // What closing would send: whether this server delivers mail at all, and to how many people the minutes go.
    out["minutes_mail"] =
        json::object{{"mailed", c.services.mailer.delivers()}, {"recipients", minutes_recipient_count(c.db, m)}};
    return out;
}

http::Response get_settings(RequestContext& c) {
    return json_response(
        200, json::object{{"team_id", c.id()}, {"discussion_share_percent", discussion_share_percent(c.db, c.id())}});
}

http::Response put_settings(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto percent = body->required_integer("discussion_share_percent");
    if (percent && (*percent < 0 || *percent > 100)) {
        body->add_error("discussion_share_percent", fmt::format("must be 0 to 100, got {}", *percent));
    }
    if (!body->ok()) return body->problem();
    store::set_discussion_share_percent(c.db, c.id(), static_cast<int>(*percent));
    return get_settings(c);
}

http::Response list_meetings(RequestContext& c) {
    json::array list;
    for (const auto& m : store::team_meetings(c.db, c.id())) list.push_back(meeting_json(m));
    return json_response(200, json::object{{"meetings", std::move(list)}});
}

http::Response create_meeting(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Meeting m;
    m.team_id = c.id();
    m.status = "draft";
    read_plan(*body, m, true);
    if (auto status = body->optional_string("status", 20)) {
        if (auto problem = domain::check_one_of(*status, kPlanStatuses)) body->add_error("status", *problem);
        m.status = *status;
    }
    if (!body->ok()) return body->problem();
    const auto stored = actions::create_meeting(caller(c), std::move(m));
    if (!stored) return problem_for(stored.error());
    if (stored->status == "scheduled") queue_invitations(c, *stored, false);
    return created(plan_json(c.db, *stored), fmt::format("/api/v1/meetings/{}", stored->id));
}

http::Response get_meeting(RequestContext& c) {
    return json_response(200, full_meeting_json(c, *store::find_meeting(c.db, c.id())));
}

http::Response update_meeting(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto current = *store::find_meeting(c.db, c.id());
    if (auto frozen = refuse_if_frozen(current)) return *frozen;
    const auto version = body->required_integer("version");
    auto plan = current;
    read_plan(*body, plan, false);
    if (auto status = body->optional_string("status", 20)) {
        if (auto problem = domain::check_one_of(*status, kPlanStatuses)) body->add_error("status", *problem);
        plan.status = *status;
    }
    if (!body->ok()) return body->problem();
    if (*version != current.version) return stale_edit("this meeting", *version, plan_json(c.db, current));
    const auto stored = actions::update_meeting(caller(c), current, std::move(plan));
    if (!stored && stored.error().kind == actions::FailureKind::stale_edit)
        return stale_edit("this meeting", *version, plan_json(c.db, *store::find_meeting(c.db, c.id())));
    if (!stored) return problem_for(stored.error());
    if (stored->status == "scheduled") queue_invitations(c, *stored, current.status == "scheduled");
    auto answer = plan_json(c.db, *stored);
    publish_meeting_event(c, stored->id,
                          json::object{{"type", "meeting.updated"}, {"meeting_id", stored->id}, {"meeting", answer}});
    return json_response(200, answer);
}

http::Response cancel_meeting(RequestContext& c) {
    const auto current = *store::find_meeting(c.db, c.id());
    if (auto frozen = refuse_if_frozen(current)) return *frozen;
    store::cancel_meeting(c.db, current.id, c.services.now());
    const auto stored = *store::find_meeting(c.db, c.id());
    if (current.status == "scheduled") queue_invitations(c, stored, true);
    auto answer = plan_json(c.db, stored);
    publish_meeting_event(c, stored.id,
                          json::object{{"type", "meeting.cancelled"}, {"meeting_id", stored.id}, {"meeting", answer}});
    return json_response(200, answer);
}

http::Response close_meeting(RequestContext& c) {
    const auto closed = actions::close_meeting(caller(c), c.id());
    if (!closed) return problem_for(closed.error());
    queue_minutes_mail(c, closed->meeting, closed->minutes);
    auto answer = minutes_answer(c.db, closed->meeting);
    publish_meeting_event(
        c, closed->meeting.id,
        json::object{{"type", "meeting.closed"}, {"meeting_id", closed->meeting.id}, {"minutes", answer}});
    // Whether the minutes went out by mail: without a mailer they are queued nowhere, ready to print or share.
    auto out = answer.as_object();
    out["mailed"] = c.services.mailer.delivers();
    return json_response(200, out);
}

http::Response not_closed(const store::Meeting& m) {
    return http::problem(
        http::ProblemKind::not_found,
        fmt::format("meeting {} has no minutes yet: it is {}; minutes are made when it is closed", m.id, m.status));
}

http::Response get_minutes(RequestContext& c) {
    const auto m = *store::find_meeting(c.db, c.id());
    if (!m.minutes_json) return not_closed(m);
    const auto format = c.request.query.contains("format") ? c.request.query.at("format") : "json";
    if (format == "json") return json_response(200, minutes_answer(c.db, m));
    if (format != "html") return validation_problem("format", fmt::format("must be json or html, got \"{}\"", format));
    const auto lang = c.request.query.contains("lang") ? c.request.query.at("lang") : "en";
    std::vector<notify::MinutesAmendment> amendments;
    for (const auto& a : store::minutes_amendments(c.db, m.id))
        amendments.push_back({a.author_name, a.text, a.created_at});
    auto response = document_response(notify::minutes_html(store::decode_minutes(*m.minutes_json), amendments, lang),
                                      "text/html; charset=utf-8");
    response.set_header("Content-Language", lang == "es" ? "es" : "en");
    return response;
}

http::Response add_amendment(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto text = body->required_string("text", 5000);
    if (!body->ok()) return body->problem();
    const auto m = *store::find_meeting(c.db, c.id());
    if (!m.minutes_json) {
        return conflict(
            fmt::format("meeting {} is {}: amendments correct the minutes of a closed meeting", m.id, m.status));
    }
    const auto id = store::insert_amendment(c.db, m.id, *text, c.principal.user_id, c.principal.name, c.services.now());
    for (const auto& a : store::minutes_amendments(c.db, m.id)) {
        if (a.id == id) return created(to_json(a), fmt::format("/api/v1/meetings/{}/minutes", m.id));
    }
    return not_found("the new amendment");
}

http::Response get_invite(RequestContext& c) {
    const auto m = *store::find_meeting(c.db, c.id());
    if (!m.starts_at || m.status == "draft") {
        return http::problem(http::ProblemKind::not_found,
                             fmt::format("meeting {} is a draft: it has an invitation once it is scheduled", m.id));
    }
    // A participant's copy names no one else's address.
    std::optional<std::int64_t> only_user;
    if (!sees_contact_details(c, auth::ResourceKind::meeting, m.id)) only_user = c.principal.user_id;
    auto response = document_response(
        meeting_ics(c.db, c.services.public_url, m, c.services.now(), only_user),
        fmt::format("text/calendar; method={}; charset=utf-8", m.status == "cancelled" ? "CANCEL" : "REQUEST"));
    response.set_header("Content-Disposition", "attachment; filename=\"invite.ics\"");
    return response;
}

}  // namespace

void add_meeting_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"GET", "/api/v1/teams/{id}/meeting-settings", Guard::read(ResourceKind::team), get_settings,
                      access::team_readers});
    routes.push_back({"PUT", "/api/v1/teams/{id}/meeting-settings", Guard::manage(ResourceKind::team), put_settings,
                      access::team_managers});
    routes.push_back(
        {"GET", "/api/v1/teams/{id}/meetings", Guard::read(ResourceKind::team), list_meetings, access::team_readers});
    routes.push_back({"POST", "/api/v1/teams/{id}/meetings", Guard::manage(ResourceKind::team), create_meeting,
                      access::team_managers});
    routes.push_back(
        {"GET", "/api/v1/meetings/{id}", Guard::read(ResourceKind::meeting), get_meeting, access::team_readers});
    routes.push_back({"PATCH", "/api/v1/meetings/{id}", Guard::manage(ResourceKind::meeting), update_meeting,
                      access::team_managers});
    routes.push_back({"POST", "/api/v1/meetings/{id}/cancel", Guard::manage(ResourceKind::meeting), cancel_meeting,
                      access::team_managers});
    routes.push_back({"POST", "/api/v1/meetings/{id}/close", Guard::manage(ResourceKind::meeting), close_meeting,
                      access::team_managers});
    routes.push_back({"GET", "/api/v1/meetings/{id}/minutes", Guard::read(ResourceKind::meeting), get_minutes,
                      access::team_readers});
    routes.push_back({"POST", "/api/v1/meetings/{id}/minutes/amendments", Guard::contribute(ResourceKind::meeting),
                      add_amendment, access::team_contributors});
    routes.push_back({"GET", "/api/v1/meetings/{id}/invite.ics", Guard::read(ResourceKind::meeting), get_invite,
                      access::team_readers});
}

}  // namespace trellis::api
