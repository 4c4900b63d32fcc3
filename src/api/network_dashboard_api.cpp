// The network dashboard (issue 11) and a team's sharing with its networks: what the facilitator's staff and the
// mentor's coaches see of member teams is only what each team turned on (actions/network_dashboard).
#include <boost/json.hpp>

#include "api/access.hpp"
#include "api/action_calls.hpp"
#include "api/agreement_shapes.hpp"
#include "api/guide_position_shape.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/permissions_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/network_dashboard.hpp"

namespace trellis::api {

namespace json = boost::json;

json::value guide_position_json(const std::optional<actions::GuidePosition>& at) {
    if (!at) return nullptr;
    json::object out{{"id", at->guide->id},      {"title", text_json(at->guide->title)},
                     {"sections", at->sections}, {"complete", at->complete},
                     {"stage", nullptr},         {"section", nullptr}};
    if (at->stage) out["stage"] = json::object{{"id", at->stage->id}, {"title", text_json(at->stage->title)}};
    if (at->section) out["section"] = json::object{{"id", at->section->id}, {"title", text_json(at->section->title)}};
    return out;
}

namespace {

json::value or_null(const std::optional<std::int64_t>& time) {
    return time ? json::value(rfc3339(*time)) : json::value(nullptr);
}
json::value or_null(const std::optional<double>& number) { return number ? json::value(*number) : nullptr; }

json::value progress_json(const std::optional<actions::TeamProgress>& p) {
    if (!p) return nullptr;
    const auto& f = p->follow_through;
    return json::object{{"guide", guide_position_json(p->guide)},
                        {"meetings_held", p->rhythm.held},
                        {"last_meeting_at", or_null(p->rhythm.last_held_at)},
                        {"next_meeting_at", or_null(p->rhythm.next_at)},
                        {"median_days_between_meetings", or_null(p->rhythm.median_days_between)},
                        {"follow_through", json::object{{"share_on_time", or_null(f.share_on_time)},
                                                        {"median_days_late", or_null(f.median_days_late)},
                                                        {"items_carried_over", f.items_carried_over},
                                                        {"open", f.open},
                                                        {"open_overdue", f.overdue}}},
                        {"outreach_open", p->outreach_open},
                        {"coaching_hours_received", hours_json(p->coaching_minutes)}};
}

// Each agreement's hours as its own page computes them (domain::summarize_hours), with what is left per kind.
json::array agreements_json(const std::vector<actions::AgreementTotals>& agreements) {
    json::array out;
    for (const auto& a : agreements) {
        json::array kinds;
        for (const auto& k : a.hours.kinds) {
            kinds.push_back(
                json::object{{"kind", k.kind},
                             {"purchased", hours_json(k.purchased_minutes)},
                             {"used", hours_json(k.used_minutes)},
                             {"left", hours_json(domain::minutes_left(k.purchased_minutes, k.used_minutes))},
                             {"over", k.over}});
        }
        const auto& h = a.hours;
        out.push_back(
            json::object{{"id", a.id},
                         {"title", a.title},
                         {"status", a.status},
                         {"starts_on", a.starts_on},
                         {"ends_on", a.ends_on},
                         {"hours", std::move(kinds)},
                         {"purchased_total", hours_json(h.purchased_minutes)},
                         {"used_total", hours_json(h.used_minutes)},
                         {"left_total", hours_json(domain::minutes_left(h.purchased_minutes, h.used_minutes))},
                         {"used_share", share_json(h.used_share)},
                         {"warning", warning_json(h.warning)}});
    }
    return out;
}

json::value meetings_json(const std::optional<std::vector<store::NetworkMeeting>>& meetings) {
    if (!meetings) return nullptr;
    json::array out;
    for (const auto& m : *meetings) {
        if (m.status == "draft") continue;  // a draft is the team's own until it is scheduled
        out.push_back(
            json::object{{"id", m.id}, {"title", m.title}, {"starts_at", or_null(m.starts_at)}, {"status", m.status}});
    }
    return out;
}

json::array kinds_json(const std::vector<std::string>& kinds) {
    json::array out;
    for (const auto& k : kinds) out.push_back(json::value(k));
    return out;
}

http::Response get_dashboard(RequestContext& c) {
    static const std::vector<guides::Guide> no_guides;
    const auto dashboard =
        actions::network_dashboard(caller(c), c.id(), c.services.guides ? *c.services.guides : no_guides);
    json::array rows;
    for (const auto& row : dashboard.rows) {
        rows.push_back(json::object{{"team", json::object{{"id", row.team.team_id}, {"name", row.team.team_name}}},
                                    {"organization", json::object{{"id", row.team.organization_id},
                                                                  {"name", row.team.organization_name},
                                                                  {"role", row.team.role}}},
                                    {"shares", kinds_json(row.team.shares)},
                                    {"progress", progress_json(row.progress)},
                                    {"meetings", meetings_json(row.meetings)}});
    }
    json::array districts;
    for (const auto& d : dashboard.districts) {
        districts.push_back(json::object{
            {"organization", json::object{{"id", d.organization_id}, {"name", d.organization_name}, {"role", d.role}}},
            {"teams_sharing", d.teams_sharing},
            {"teams_sharing_progress", d.teams_sharing_progress},
            {"meetings_held", d.meetings_held},
            {"open_overdue", d.open_overdue},
            {"outreach_open", d.outreach_open},
            {"coaching_hours_received", hours_json(d.coaching_minutes)}});
    }
    return json_response(200, json::object{{"network_id", c.id()},
                                           {"view", dashboard.in_full ? "full" : "peers"},
                                           {"today", dashboard.today},
                                           {"teams", std::move(rows)},
                                           {"districts", std::move(districts)},
                                           {"agreements", agreements_json(dashboard.agreements)}});
}

json::value sharing_json(RequestContext& c, const actions::TeamSharing& sharing) {
    json::array networks;
    for (const auto& n : sharing.networks) networks.push_back(json::object{{"id", n.id}, {"name", n.name}});
    return json::object{{"team_id", c.id()},
                        {"kinds", kinds_json(sharing.shares.kinds)},
                        {"networks", std::move(networks)},
                        {"changed_by", sharing.shares.changed_by_name ? json::value(*sharing.shares.changed_by_name)
                                                                      : json::value(nullptr)},
                        {"changed_at", or_null(sharing.shares.changed_at)},
                        {"may", may_json(c, auth::ResourceKind::team, c.id())}};
}

http::Response get_sharing(RequestContext& c) {
    return json_response(200, sharing_json(c, actions::team_sharing(caller(c), c.id())));
}

http::Response put_sharing(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto kinds = body->string_list("kinds", 10, 40);
    if (!body->has("kinds")) body->add_error("kinds", "is required: a list such as [\"progress\", \"meetings\"]");
    if (!body->ok()) return body->problem();
    const auto saved = actions::set_team_sharing(caller(c), c.id(), *kinds);
    if (!saved) return problem_for(saved.error());
    return json_response(200, sharing_json(c, *saved));
}

}  // namespace

void add_network_dashboard_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"GET", "/api/v1/networks/{id}/dashboard", Guard::read(ResourceKind::network_progress),
                      get_dashboard, access::network_progress_readers});
    routes.push_back({"GET", "/api/v1/teams/{id}/network-sharing", Guard::read(ResourceKind::team), get_sharing,
                      access::team_readers});
    routes.push_back({"PUT", "/api/v1/teams/{id}/network-sharing", Guard::manage(ResourceKind::team), put_sharing,
                      access::team_managers});
}

}  // namespace trellis::api
