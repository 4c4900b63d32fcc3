// The live record of a meeting (REST now; the live channel publishes the same changes): attendance, notes per
// person per agenda item, decisions and action items with an owner and a due date.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/json_body.hpp"
#include "api/live_events.hpp"
#include "api/meeting_api_support.hpp"
#include "api/meeting_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/caller.hpp"
#include "trellis/actions/meetings.hpp"
#include "trellis/actions/plan.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/network_meetings.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::string_view kAttendance[] = {"present", "absent", "excused"};
constexpr std::string_view kActionStatuses[] = {"open", "blocked", "done", "dropped"};

bool has_agenda_item(const store::Meeting& m, std::int64_t id) {
    return std::ranges::any_of(m.agenda, [id](const store::AgendaEntry& e) { return e.id == id; });
}

http::Response set_attendance(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto status = body->required_string("status", 20);
    if (status) {
        if (auto problem = domain::check_one_of(*status, kAttendance)) body->add_error("status", *problem);
    }
    if (!body->ok()) return body->problem();
    const auto m = *store::find_meeting(c.db, c.id());
    if (auto frozen = refuse_if_frozen(m)) return *frozen;
    const auto member = store::find_meeting_participant(c.db, m.id, m.team_id, c.id("member_id"));
    if (!member) return not_found(fmt::format("member {} of team {}", c.id("member_id"), m.team_id));
    // The guard let in whoever takes part; someone else's attendance is for those who contribute.
    if (member->user_id != c.principal.user_id &&
        !actions::may(caller(c), auth::ResourceKind::meeting, auth::Action::contribute, m.id)) {
        return forbidden(fmt::format("you may record your own attendance in meeting {}, not {}'s", m.id, member->name));
    }
    store::set_attendance(c.db, m.id, member->id, *status, c.principal.user_id, c.services.now());
    json::value answer = json::object{{"member_id", member->id}, {"name", member->name}, {"status", *status}};
    publish_meeting_event(c, m.id,
                          json::object{{"type", "attendance.set"}, {"meeting_id", m.id}, {"attendance", answer}});
    return json_response(200, answer);
}

// The caller's own note on one agenda item: create it (no version) or edit it (the version read).
http::Response put_note(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto* text_value = body->object().if_contains("text");
    std::string text;
    if (!text_value || !text_value->is_string()) {
        body->add_error("text", "is required: a string (empty to clear the note)");
    } else if (text_value->as_string().size() > 20000) {
        body->add_error("text",
                        fmt::format("must be at most 20000 characters, got {}", text_value->as_string().size()));
    } else {
        text = std::string(text_value->as_string());
    }
    const auto version = body->optional_integer("version");
    if (!body->ok()) return body->problem();
    const auto m = *store::find_meeting(c.db, c.id());
    if (auto frozen = refuse_if_frozen(m)) return *frozen;
    const auto item_id = c.id("agenda_item_id");
    if (!has_agenda_item(m, item_id)) return not_found(fmt::format("agenda item {} of meeting {}", item_id, m.id));
    const auto current = store::find_note(c.db, item_id, c.principal.user_id);
    if (current) {
        if (!version || *version != current->version) {
            return stale_edit("your note on this agenda item", version.value_or(0), to_json(*current));
        }
        auto updated = *current;
        updated.text = text;
        updated.author_name = c.principal.name;
        if (!store::update_note(c.db, updated, c.services.now())) {
            return stale_edit("your note on this agenda item", *version,
                              to_json(*store::find_note(c.db, item_id, c.principal.user_id)));
        }
    } else {
        if (version && *version != 0) {
            return validation_problem("version", "there is no note yet: send no version (or 0) to create it");
        }
        store::insert_note(c.db, {0, m.id, item_id, c.principal.user_id, c.principal.name, text, 1, 0},
                           c.services.now());
    }
    auto answer = to_json(*store::find_note(c.db, item_id, c.principal.user_id));
    publish_meeting_event(c, m.id, json::object{{"type", "note.saved"}, {"meeting_id", m.id}, {"note", answer}});
    return json_response(current ? 200 : 201, answer);
}

std::optional<std::int64_t> read_agenda_ref(JsonBody& body, const store::Meeting& m) {
    const auto ref = body.optional_integer("agenda_item_id");
    if (ref && !has_agenda_item(m, *ref)) {
        body.add_error("agenda_item_id", fmt::format("agenda item {} is not on meeting {}", *ref, m.id));
    }
    return ref;
}

http::Response add_decision(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto m = *store::find_meeting(c.db, c.id());
    store::Decision d;
    d.meeting_id = m.id;
    if (auto text = body->required_string("text", 5000)) d.text = *text;
    d.agenda_item_id = read_agenda_ref(*body, m);
    if (!body->ok()) return body->problem();
    if (auto frozen = refuse_if_frozen(m)) return *frozen;
    const auto id = store::insert_decision(c.db, d, c.principal.user_id, c.services.now());
    auto answer = to_json(*store::find_decision(c.db, m.id, id));
    publish_meeting_event(c, m.id,
                          json::object{{"type", "decision.added"}, {"meeting_id", m.id}, {"decision", answer}});
    return created(answer, fmt::format("/api/v1/meetings/{}/decisions/{}", m.id, id));
}

http::Response update_decision(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto m = *store::find_meeting(c.db, c.id());
    const auto current = store::find_decision(c.db, m.id, c.id("decision_id"));
    if (!current) return not_found(fmt::format("decision {} of meeting {}", c.id("decision_id"), m.id));
    const auto version = body->required_integer("version");
    auto updated = *current;
    if (body->object().contains("text")) {
        if (auto text = body->required_string("text", 5000)) updated.text = *text;
    }
    if (body->object().contains("agenda_item_id")) updated.agenda_item_id = read_agenda_ref(*body, m);
    if (!body->ok()) return body->problem();
    if (auto frozen = refuse_if_frozen(m)) return *frozen;
    if (*version != current->version || !store::update_decision(c.db, updated, c.services.now())) {
        return stale_edit("this decision", *version, to_json(*store::find_decision(c.db, m.id, current->id)));
    }
    auto answer = to_json(*store::find_decision(c.db, m.id, current->id));
    publish_meeting_event(c, m.id,
                          json::object{{"type", "decision.updated"}, {"meeting_id", m.id}, {"decision", answer}});
    return json_response(200, answer);
}

// The owner is one of the meeting's participants: a member of the team, or of a team a network meeting invites.
void read_owner_and_due(JsonBody& body, RequestContext& c, std::int64_t team_id, store::ActionItem& a, bool creating) {
    const auto& o = body.object();
    if (creating || o.contains("owner_id")) {
        if (auto owner = body.required_integer("owner_id")) {
            if (!store::find_meeting_participant(c.db, a.meeting_id, team_id, *owner)) {
                body.add_error("owner_id", fmt::format("member {} is not on this team (nor on a team invited to this "
                                                       "meeting): the owner must be a participant",
                                                       *owner));
            } else {
                a.owner_member_id = *owner;
            }
        }
    }
    if (creating || o.contains("due")) {
        if (auto due = body.required_string("due", 10)) {
            if (auto problem = domain::check_date(*due)) {
                body.add_error("due", *problem);
            } else if (*due == a.due_on) {
                // unchanged: an item kept from before this rule is not refused for what it already says
            } else if (auto in_meeting =
                           actions::check_due_in_meeting(*store::find_meeting(c.db, a.meeting_id), *due, "due");
                       !in_meeting) {
                body.add_error("due", in_meeting.error().errors.front().message);  // not before the meeting's date
            } else {
                a.due_on = *due;
            }
        }
    }
}

http::Response add_action_item(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto m = *store::find_meeting(c.db, c.id());
    store::ActionItem a;
    a.team_id = m.team_id;
    a.meeting_id = m.id;
    if (auto title = body->required_string("title", 300)) a.title = *title;
    read_owner_and_due(*body, c, m.team_id, a, true);
    if (!body->ok()) return body->problem();
    if (auto frozen = refuse_if_frozen(m)) return *frozen;
    const auto id = store::insert_action_item(c.db, a, c.principal.user_id, c.services.now());
    auto answer = to_json(*store::find_action_item(c.db, id));
    publish_meeting_event(c, m.id,
                          json::object{{"type", "action_item.added"}, {"meeting_id", m.id}, {"action_item", answer}});
    return created(answer, fmt::format("/api/v1/action-items/{}", id));
}

// Status changes record who and when; done items keep the day they were done (the caller's local date may be
// sent as done_on, otherwise today's UTC date). Allowed after the meeting closed: that is follow-through.
http::Response update_action_item(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto current = *store::find_action_item(c.db, c.id());
    const auto version = body->required_integer("version");
    // The guard let in whoever takes part in the item: its owner changes its status (and the comment with it);
    // its title, owner and due date are for those who contribute.
    const auto& o = body->object();
    if ((o.contains("title") || o.contains("owner_id") || o.contains("due")) &&
        !actions::may(caller(c), auth::ResourceKind::action_item, auth::Action::contribute, current.id)) {
        return forbidden(
            fmt::format("as the owner of action item {} you may change its status and comment only; "
                        "its title, owner and due date are the team's",
                        current.id));
    }
    auto updated = current;
    if (body->object().contains("title")) {
        if (auto title = body->required_string("title", 300)) updated.title = *title;
    }
    read_owner_and_due(*body, c, current.team_id, updated, false);
    if (auto status = body->optional_string("status", 20)) {
        if (auto problem = domain::check_one_of(*status, kActionStatuses)) body->add_error("status", *problem);
        updated.status = *status;
    }
    const auto done_on = body->optional_string("done_on", 10);
    if (done_on) {
        if (auto problem = domain::check_date(*done_on)) body->add_error("done_on", *problem);
    }
    // A word with the status (why it is blocked): a new status without one clears the previous status's comment.
    const auto comment = body->optional_string("comment", 1000);
    if (updated.status != current.status || comment) updated.status_comment = comment;
    if (updated.status_comment && updated.status_comment->empty()) updated.status_comment.reset();
    if (updated.status == "blocked" && !updated.status_comment && body->ok()) {
        body->add_error("comment", "is required when the status is blocked: say what stands in the way");
    }
    if (!body->ok()) return body->problem();
    if (updated.status != current.status) {
        updated.status_changed_by = c.principal.user_id;
        updated.status_changed_at = c.services.now();
        updated.done_on.reset();
        if (updated.status == "done") updated.done_on = done_on.value_or(domain::utc_date(c.services.now()));
    } else if (done_on && updated.status == "done") {
        updated.done_on = done_on;
    }
    if (*version != current.version || !store::update_action_item(c.db, updated)) {
        return stale_edit("this action item", *version, to_json(*store::find_action_item(c.db, current.id)));
    }
    if (updated.status != current.status)  // a task of the plan promoted from this item follows it
        actions::keep_promoted_in_step(caller(c), current.id, actions::StatusChanged::action_item);
    auto answer = to_json(*store::find_action_item(c.db, current.id));
    const auto m = store::find_meeting(c.db, current.meeting_id);
    if (m && m->status != "closed" && m->status != "cancelled") {
        publish_meeting_event(
            c, m->id, json::object{{"type", "action_item.updated"}, {"meeting_id", m->id}, {"action_item", answer}});
    }
    return json_response(200, answer);
}

}  // namespace

void add_meeting_record_routes(RouteTable& routes) {
    using auth::ResourceKind;
    // A participant records their own attendance (the handler refuses anyone else's) and writes their own notes.
    routes.push_back({"PUT", "/api/v1/meetings/{id}/attendance/{member_id}", Guard::take_part(ResourceKind::meeting),
                      set_attendance, access::meeting_takers_part});
    routes.push_back({"PUT", "/api/v1/meetings/{id}/notes/{agenda_item_id}", Guard::take_part(ResourceKind::meeting),
                      put_note, access::meeting_takers_part});
    routes.push_back({"POST", "/api/v1/meetings/{id}/decisions", Guard::contribute(ResourceKind::meeting), add_decision,
                      access::team_contributors});
    routes.push_back({"PATCH", "/api/v1/meetings/{id}/decisions/{decision_id}",
                      Guard::contribute(ResourceKind::meeting), update_decision, access::team_contributors});
    routes.push_back({"POST", "/api/v1/meetings/{id}/action-items", Guard::contribute(ResourceKind::meeting),
                      add_action_item, access::team_contributors});
    // The item's owner changes its status whatever their seat (T's item belongs to its member in the matrix).
    routes.push_back({"PATCH", "/api/v1/action-items/{id}", Guard::take_part(ResourceKind::action_item),
                      update_action_item, access::team_contributors});
}

}  // namespace trellis::api
