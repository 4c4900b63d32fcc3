// The home page's "Waiting for you" (issue 17): sections the caller's teams have under way, next steps and network
// invitations waiting for an answer the caller may give, and for a network's facilitator staff or coaches the teams
// that need attention (actions/waiting_for_you). Anyone signed in may ask; every row is the caller's own to see.
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/waiting_for_you.hpp"
#include "trellis/guides/progress.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

const std::vector<guides::Guide>& loaded_guides(const RequestContext& c) {
    static const std::vector<guides::Guide> none;
    return c.services.guides ? *c.services.guides : none;
}

// A section of a guide no longer loaded is left out: there is no page to send anyone to.
json::array sections_json(const std::vector<store::SectionUnderWay>& sections,
                          const std::vector<guides::Guide>& guides) {
    json::array out;
    for (const auto& s : sections) {
        const auto found = guides::locate(guides, s.guide_id, s.module_id, s.section_id);
        if (!found || !found->section) continue;
        out.push_back(
            json::object{{"team", json::object{{"id", s.team_id}, {"name", s.team_name}}},
                         {"guide", json::object{{"id", s.guide_id}, {"title", text_json(found->guide->title)}}},
                         {"module_id", s.module_id},
                         {"section_id", s.section_id},
                         {"title", text_json(found->section->title)},
                         {"changed_at", rfc3339(s.changed_at)}});
    }
    return out;
}

json::object attention_json(const actions::TeamNeedingAttention& a) {
    json::value days = nullptr;
    if (a.reasons.days_since_last_meeting) days = *a.reasons.days_since_last_meeting;
    return json::object{{"network", json::object{{"id", a.network_id}, {"name", a.network_name}}},
                        {"team", json::object{{"id", a.team_id}, {"name", a.team_name}}},
                        {"organization_name", a.organization_name},
                        {"overdue_items", a.reasons.overdue_items},
                        {"rhythm_lost", a.reasons.rhythm_lost},
                        {"days_since_last_meeting", std::move(days)}};
}

http::Response waiting(RequestContext& c) {
    const auto& guides = loaded_guides(c);
    const auto w = actions::waiting_for_you(caller(c), guides);
    json::array steps, invitations, attention;
    for (const auto& s : w.next_steps) {
        steps.push_back(json::object{{"id", s.id},
                                     {"team", json::object{{"id", s.team_id}, {"name", s.team_name}}},
                                     {"title", s.title},
                                     {"due_on", s.due_on}});
    }
    for (const auto& i : w.network_invitations) {
        invitations.push_back(
            json::object{{"organization", json::object{{"id", i.organization_id}, {"name", i.organization_name}}},
                         {"network", json::object{{"id", i.network_id}, {"name", i.network_name}}}});
    }
    for (const auto& a : w.teams_needing_attention) attention.push_back(attention_json(a));
    return json_response(200, json::object{{"sections", sections_json(w.sections, guides)},
                                           {"next_steps", std::move(steps)},
                                           {"network_invitations", std::move(invitations)},
                                           {"teams_needing_attention", std::move(attention)}});
}

}  // namespace

void add_waiting_routes(RouteTable& routes) {
    routes.push_back({"GET", "/api/v1/me/waiting", Guard::signed_in(), waiting, access::signed_in});
}

}  // namespace trellis::api
