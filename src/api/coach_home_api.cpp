// A mentor coach's home (issue 11): the peer teams they coach and what changed since they last worked with each
// (actions/coach_home). Anyone signed in may ask; the list is the caller's own and empty for whoever coaches none.
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/coach_home.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::value changes_json(const std::optional<store::TeamChanges>& c) {
    if (!c) return nullptr;
    return json::object{{"meetings_held", c->meetings_held},
                        {"action_items_added", c->action_items_added},
                        {"action_items_done", c->action_items_done},
                        {"sections_completed", c->sections_completed},
                        {"open_overdue", c->open_overdue}};
}

json::object coached_team_json(const actions::CoachedTeamView& v) {
    const auto& t = v.team;
    json::value last = nullptr;
    if (t.last_engagement_on) last = json::object{{"date", *t.last_engagement_on}, {"kind", t.last_engagement_kind}};
    return json::object{{"team", json::object{{"id", t.team_id}, {"name", t.team_name}}},
                        {"organization", json::object{{"id", t.organization_id}, {"name", t.organization_name}}},
                        {"network_id", t.network_id},
                        {"agreement", json::object{{"id", t.agreement_id}, {"title", t.agreement_title}}},
                        {"last_engagement", std::move(last)},
                        {"since", v.since_on},
                        {"shares_progress", t.shares_progress},
                        {"changes", changes_json(v.changes)},
                        {"next_steps", json::object{{"accepted", v.next_steps.accepted},
                                                    {"declined", v.next_steps.declined},
                                                    {"waiting", v.next_steps.waiting}}}};
}

http::Response coached_teams(RequestContext& c) {
    json::array teams;
    for (const auto& v : actions::coach_home(caller(c))) teams.push_back(coached_team_json(v));
    return json_response(200, json::object{{"teams", std::move(teams)}});
}

}  // namespace

void add_coach_home_routes(RouteTable& routes) {
    routes.push_back({"GET", "/api/v1/me/coached-teams", Guard::signed_in(), coached_teams, access::signed_in});
}

}  // namespace trellis::api
