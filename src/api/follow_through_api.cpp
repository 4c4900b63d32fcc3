// Follow-through: "my work" across teams, a team's follow-through figures, and the personal calendar feed.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/data_support.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/meeting_mail.hpp"
#include "api/meeting_shapes.hpp"
#include "api/plan_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/caller.hpp"
#include "trellis/auth/secrets.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/domain/outreach.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/notify/icalendar.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/plan.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::value or_null(const std::optional<double>& v) {
    if (!v) return nullptr;
    return json::value(*v);
}

domain::ActionItemFacts facts_of(const store::ActionItem& a) { return {a.due_on, a.status, a.done_on, a.carry_overs}; }

json::value item_with_overdue(const store::ActionItem& a, const std::string& today) {
    auto item = to_json(a).as_object();
    item["overdue"] = domain::counts_in("overdue", facts_of(a), today);
    return item;
}

http::Response my_action_items(RequestContext& c) {
    const auto today = domain::utc_date(c.services.now());
    json::array list;
    for (const auto& a : store::user_open_action_items(c.db, c.principal.user_id)) {
        list.push_back(item_with_overdue(a, today));  // overdue as the team's figure counts it
    }
    json::array tasks;  // the plan tasks the caller owns, not done (issue 13)
    for (const auto& t : store::user_open_tasks(c.db, c.principal.user_id)) {
        auto task = task_json(t, today);
        task["team_id"] = t.team_id;
        task["team_name"] = t.team_name;
        tasks.push_back(std::move(task));
    }
    json::array outreach;  // the open outreach items the caller's seats own (issue 15)
    for (const auto& o : store::user_open_outreach_items(c.db, c.principal.user_id)) {
        auto item = to_json(o).as_object();
        item["team_name"] = o.team_name;
        item["overdue"] = o.due_on && *o.due_on < today;
        outreach.push_back(std::move(item));
    }
    return json_response(200, json::object{{"today", today},
                                           {"action_items", std::move(list)},
                                           {"plan_tasks", std::move(tasks)},
                                           {"outreach_items", std::move(outreach)}});
}

// GET /teams/{id}/action-items?figure=open: the items one follow-through figure counts (issue 17), by the same
// rules as the figure (domain::counts_in); soonest due first. `figure` defaults to `open`.
http::Response team_action_items(RequestContext& c) {
    const auto today = domain::utc_date(c.services.now());
    auto figure = query_param(c, "figure");
    if (figure.empty()) figure = "open";
    if (auto problem = domain::check_one_of(figure, domain::kFollowThroughFigures))
        return validation_problem("figure", *problem);
    json::array list;
    for (const auto& a : store::team_action_items(c.db, c.id())) {
        if (domain::counts_in(figure, facts_of(a), today)) list.push_back(item_with_overdue(a, today));
    }
    return json_response(
        200,
        json::object{{"team_id", c.id()}, {"today", today}, {"figure", figure}, {"action_items", std::move(list)}});
}

// GET /me/teams/action-items: for each team the caller may manage (the policy's answer, team by team), its open
// action items, whoever owns them, soonest due first, with the team's open and overdue figures (issue 17).
http::Response managed_teams_action_items(RequestContext& c) {
    const auto today = domain::utc_date(c.services.now());
    json::array teams;
    for (const auto& t : store::visible_teams(c.db, c.principal.user_id, c.principal.site_admin)) {
        if (!actions::may(caller(c), auth::ResourceKind::team, auth::Action::manage, t.id)) continue;
        json::array items;
        std::int64_t open = 0, overdue = 0;
        for (const auto& a : store::open_team_action_items(c.db, t.id)) {
            const auto facts = facts_of(a);
            if (!domain::counts_in("open", facts, today)) continue;
            ++open;
            if (domain::counts_in("overdue", facts, today)) ++overdue;
            items.push_back(item_with_overdue(a, today));
        }
        teams.push_back(json::object{{"team", json::object{{"id", t.id}, {"name", t.name}}},
                                     {"open", open},
                                     {"overdue", overdue},
                                     {"action_items", std::move(items)}});
    }
    return json_response(200, json::object{{"today", today}, {"teams", std::move(teams)}});
}

// The team plan's tasks by state: open (not started, in progress or blocked), overdue, blocked and done.
json::object plan_task_counts(RequestContext& c, const std::string& today) {
    std::int64_t open = 0, overdue = 0, blocked = 0, done = 0;
    for (const auto& t : store::team_tasks(c.db, c.id())) {
        if (t.status == "done") {
            ++done;
            continue;
        }
        ++open;
        if (t.status == "blocked") ++blocked;
        if (t.due_on && *t.due_on < today) ++overdue;
    }
    return {{"open", open}, {"overdue", overdue}, {"blocked", blocked}, {"done", done}};
}

// The team's outreach items, counted apart from its action items (issue 15).
json::object outreach_counts(RequestContext& c, const std::string& today) {
    std::vector<domain::OutreachFacts> facts;
    for (const auto& o : store::outreach_items(c.db, c.id())) facts.push_back({o.status, o.due_on});
    const auto f = domain::outreach_figures(facts, today);
    return {{"total", f.total}, {"open", f.open}, {"overdue", f.overdue}, {"done", f.done}, {"closed", f.closed}};
}

http::Response team_follow_through(RequestContext& c) {
    const auto today = domain::utc_date(c.services.now());
    std::vector<domain::ActionItemFacts> facts;
    for (const auto& a : store::team_action_items(c.db, c.id())) facts.push_back(facts_of(a));
    const auto f = domain::follow_through(facts, today);
    return json_response(200, json::object{{"team_id", c.id()},
                                           {"today", today},
                                           {"total", f.total},
                                           {"open", f.open},
                                           {"done", f.done},
                                           {"dropped", f.dropped},
                                           {"done_on_time", f.done_on_time},
                                           {"done_late", f.done_late},
                                           {"overdue", f.overdue},
                                           {"blocked", f.blocked},
                                           {"share_on_time", or_null(f.share_on_time)},
                                           {"median_days_late", or_null(f.median_days_late)},
                                           {"items_carried_over", f.items_carried_over},
                                           {"carry_overs", f.carry_overs},
                                           {"plan_tasks", plan_task_counts(c, today)},
                                           {"outreach", outreach_counts(c, today)}});
}

http::Response create_feed(RequestContext& c) {
    const auto token = auth::new_token();
    store::replace_calendar_feed(c.db, c.principal.user_id, auth::token_hash(token), c.services.now());
    const auto path = fmt::format("/calendar/{}.ics", token);
    return created(json::object{{"url", c.services.public_url + path}, {"path", path}}, path);
}

http::Response delete_feed(RequestContext& c) {
    if (!store::delete_calendar_feed(c.db, c.principal.user_id)) return not_found("your calendar feed");
    return no_content();
}

// GET /calendar/<token>.ics: public, authenticated by the token alone (calendar apps send no credentials).
http::Response calendar_feed(RequestContext& c) {
    auto token = c.request.params.at("token");
    const auto gone =
        http::problem(http::ProblemKind::not_found, "no calendar feed here: the link may have been revoked");
    if (!token.ends_with(".ics")) return gone;
    token.resize(token.size() - 4);
    const auto user_id = store::calendar_feed_user(c.db, auth::token_hash(token));
    if (!user_id) return gone;
    const auto now = c.services.now();
    std::vector<notify::CalendarEvent> events;
    for (const auto& m : store::user_meetings(c.db, *user_id)) {
        notify::CalendarEvent e;
        e.uid = meeting_uid(c.services.public_url, m.id);
        e.dtstamp = now;
        e.starts_at = *m.starts_at;
        e.ends_at = *m.starts_at + m.duration_minutes.value_or(60) * 60;
        e.sequence = m.sequence;
        e.summary = fmt::format("{} ({})", m.title, m.team_name);
        e.description = m.goal.empty() ? "" : "Goal: " + m.goal;
        e.location = m.location;
        e.url = fmt::format("{}/meetings/{}", c.services.public_url, m.id);
        e.cancelled = m.status == "cancelled";
        events.push_back(std::move(e));
    }
    for (const auto& a : store::user_open_action_items(c.db, *user_id)) {
        notify::CalendarEvent e;
        e.uid = fmt::format("trellis-action-item-{}@trellis", a.id);
        e.dtstamp = now;
        e.all_day = a.due_on;
        e.sequence = static_cast<int>(a.version);
        e.summary = fmt::format("Due: {} ({})", a.title, a.team_name);
        e.description = fmt::format("Action item from \"{}\"", a.meeting_title);
        events.push_back(std::move(e));
    }
    const auto user = store::find_user(c.db, *user_id);
    return document_response(notify::write_calendar(events, "", fmt::format("Trellis: {}", user ? user->name : "")),
                             "text/calendar; charset=utf-8");
}

}  // namespace

void add_follow_through_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"GET", "/api/v1/me/action-items", Guard::signed_in(), my_action_items, access::signed_in});
    routes.push_back({"GET", "/api/v1/teams/{id}/follow-through", Guard::read(ResourceKind::team), team_follow_through,
                      access::team_readers});
    routes.push_back({"GET", "/api/v1/teams/{id}/action-items", Guard::read(ResourceKind::team), team_action_items,
                      access::team_readers});
    routes.push_back(
        {"GET", "/api/v1/me/teams/action-items", Guard::signed_in(), managed_teams_action_items, access::signed_in});
    routes.push_back({"POST", "/api/v1/me/calendar-feed", Guard::signed_in(), create_feed, access::signed_in});
    routes.push_back({"DELETE", "/api/v1/me/calendar-feed", Guard::signed_in(), delete_feed, access::signed_in});
    routes.push_back({"GET", "/calendar/{token}", Guard::public_route(), calendar_feed, access::everyone});
}

}  // namespace trellis::api
