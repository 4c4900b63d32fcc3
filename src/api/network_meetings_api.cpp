// Network meetings (issue 11): planning a meeting of a network's community of practice, listing a network's
// meetings, a meeting's invitations, and logging a held network meeting as coaching hours in one step. The
// meeting itself is an ordinary meeting of the network's host team: every other meeting route serves it.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/coaching_shapes.hpp"
#include "api/json_body.hpp"
#include "api/meeting_api_support.hpp"
#include "api/meeting_mail.hpp"
#include "api/meeting_shapes.hpp"
#include "api/permissions_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/network_meetings.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/domain/zoned_time.hpp"
#include "trellis/store/agreements.hpp"
#include "trellis/store/networks.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/relationships.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::string_view kPlanStatuses[] = {"draft", "scheduled"};
constexpr std::size_t kMaxInvitations = 100;

// [{organization_id} | {team_id}], each problem named by its place.
std::vector<actions::InvitationRequest> read_invitations(JsonBody& body) {
    std::vector<actions::InvitationRequest> out;
    const auto* value = body.object().if_contains("invitations");
    if (!value || !value->is_array()) {
        body.add_error("invitations", "is required: an array of {organization_id} or {team_id}");
        return out;
    }
    const auto& array = value->as_array();
    if (array.size() > kMaxInvitations) {
        body.add_error("invitations", fmt::format("must have at most {} items, got {}", kMaxInvitations, array.size()));
        return out;
    }
    for (std::size_t i = 0; i < array.size(); ++i) {
        const auto* o = array[i].if_object();
        const auto* org = o ? o->if_contains("organization_id") : nullptr;
        const auto* team = o ? o->if_contains("team_id") : nullptr;
        const bool org_ok = org && org->is_int64() && !team;
        const bool team_ok = team && team->is_int64() && !org;
        if (!org_ok && !team_ok) {
            body.add_error(fmt::format("invitations[{}]", i),
                           "must be {\"organization_id\": <id>} (every team of it) or {\"team_id\": <id>}");
            continue;
        }
        if (org_ok) out.push_back({org->as_int64(), std::nullopt});
        if (team_ok) out.push_back({0, team->as_int64()});
    }
    return out;
}

json::array invitations_json(store::Connection& db, std::int64_t meeting_id) {
    json::array out;
    for (const auto& i : store::meeting_invitations(db, meeting_id)) {
        json::value team = nullptr;
        if (i.team_id) team = json::object{{"id", *i.team_id}, {"name", i.team_name}};
        out.push_back(
            json::object{{"organization", json::object{{"id", i.organization_id}, {"name", i.organization_name}}},
                         {"team", std::move(team)}});
    }
    return out;
}

// The network's participants and their teams, for those who plan or invite: names only.
json::array invitable_json(store::Connection& db, std::int64_t network_id) {
    json::array out;
    for (const auto& o : store::invitable_organizations(db, network_id)) {
        json::array teams;
        for (const auto& [id, name] : o.teams) teams.push_back(json::object{{"id", id}, {"name", name}});
        out.push_back(json::object{{"id", o.id}, {"name", o.name}, {"teams", std::move(teams)}});
    }
    return out;
}

json::object network_meeting_json(RequestContext& c, const store::Meeting& m, std::int64_t network_id) {
    auto out = plan_json(c.db, m).as_object();
    out["network"] = json::object{{"id", network_id}, {"name", store::find_network(c.db, network_id)->name}};
    out["invitations"] = invitations_json(c.db, m.id);
    return out;
}

http::Response create_network_meeting(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Meeting m;
    m.status = "draft";
    read_plan(*body, m, true);
    if (auto status = body->optional_string("status", 20)) {
        if (auto problem = domain::check_one_of(*status, kPlanStatuses)) body->add_error("status", *problem);
        m.status = *status;
    }
    const auto invitations = read_invitations(*body);
    if (!body->ok()) return body->problem();
    const auto stored = actions::plan_network_meeting(caller(c), c.id(), std::move(m), invitations);
    if (!stored) return problem_for(stored.error());
    if (stored->status == "scheduled") queue_invitations(c, *stored, false);
    return created(network_meeting_json(c, *stored, c.id()), fmt::format("/api/v1/meetings/{}", stored->id));
}

// The zone a new network meeting is planned in: its host team's, else the facilitator organization's.
std::string planning_zone(store::Connection& db, std::int64_t network_id) {
    if (const auto host = store::network_host_team(db, network_id)) {
        if (const auto team = store::find_team(db, *host)) return team->time_zone;
    }
    const auto network = store::find_network(db, network_id);
    const auto organization = network ? store::find_organization(db, network->facilitator_id) : std::nullopt;
    return organization ? domain::organization_time_zone(organization->cds_code, organization->nces_id) : "UTC";
}

// The network's meetings each caller may open: the facilitator's admins all, everyone else those inviting them.
http::Response list_network_meetings(RequestContext& c) {
    json::array meetings;
    for (const auto id : store::network_meeting_ids(c.db, c.id())) {
        const auto r = store::load_relationship(c.db, c.principal.user_id, auth::ResourceKind::meeting, id);
        if (!store::readable_by(c.principal.user_id, c.principal.site_admin, auth::ResourceKind::meeting, r)) continue;
        const auto m = *store::find_meeting(c.db, id);
        auto item = meeting_json(m).as_object();
        item["invitations"] = invitations_json(c.db, id);
        meetings.push_back(std::move(item));
    }
    const bool plans = may_json(c, auth::ResourceKind::network, c.id()).at("manage").as_bool();
    json::object out{{"network_id", c.id()}, {"meetings", std::move(meetings)}, {"may", json::object{{"plan", plans}}}};
    if (plans) out["invitable"] = invitable_json(c.db, c.id());
    out["time_zone"] = planning_zone(c.db, c.id());
    return json_response(200, out);
}

// The active agreements of the network on which the caller may log coaching.
json::array loggable_agreements(RequestContext& c, std::int64_t network_id) {
    json::array out;
    for (const auto& a : store::network_agreements(c.db, network_id)) {
        if (a.status != "active") continue;
        if (!actions::may(caller(c), auth::ResourceKind::agreement, auth::Action::contribute, a.id)) continue;
        out.push_back(json::object{{"id", a.id}, {"title", a.title}});
    }
    return out;
}

json::object invitations_answer(RequestContext& c, std::int64_t meeting_id) {
    const auto network_id = store::network_of_meeting(c.db, meeting_id);
    const bool manages = may_json(c, auth::ResourceKind::meeting, meeting_id).at("manage").as_bool();
    json::object out{{"meeting_id", meeting_id},
                     {"network", nullptr},
                     {"invitations", json::array{}},
                     {"coaching", nullptr},
                     {"may", json::object{{"manage", manages && network_id}}}};
    if (!network_id) return out;  // a team's own meeting invites no one
    out["network"] = json::object{{"id", *network_id}, {"name", store::find_network(c.db, *network_id)->name}};
    out["invitations"] = invitations_json(c.db, meeting_id);
    if (manages) out["invitable"] = invitable_json(c.db, *network_id);
    const auto entry = store::meeting_coaching_entry(c.db, meeting_id);
    auto agreements = loggable_agreements(c, *network_id);
    const bool may_log = !entry && !agreements.empty();
    out["coaching"] = json::object{{"entry_id", entry ? json::value(*entry) : json::value(nullptr)},
                                   {"agreements", std::move(agreements)}};
    out["may"].as_object()["log_coaching"] = may_log;
    return out;
}

http::Response get_invitations(RequestContext& c) { return json_response(200, invitations_answer(c, c.id())); }

http::Response put_invitations(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto invitations = read_invitations(*body);
    if (!body->ok()) return body->problem();
    const auto meeting = store::find_meeting(c.db, c.id());
    const auto before = meeting ? meeting_addresses(c.db, *meeting) : std::set<std::string>{};
    if (auto changed = actions::change_invitations(caller(c), c.id(), invitations); !changed)
        return problem_for(changed.error());
    // Whoever the change invites to a meeting already scheduled gets its invitation, as those invited at first did.
    if (meeting) queue_invitations_to_newcomers(c, *meeting, before);
    return json_response(200, invitations_answer(c, c.id()));
}

http::Response log_as_coaching(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto agreement = body->required_integer("agreement_id");
    if (!body->ok()) return body->problem();
    const auto logged = actions::log_network_meeting(caller(c), c.id(), *agreement);
    if (!logged) return problem_for(logged.error());
    return created(logged_json(c, *logged),
                   fmt::format("/api/v1/agreements/{}/coaching-log/{}", *agreement, logged->entry.id));
}

}  // namespace

void add_network_meeting_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"POST", "/api/v1/networks/{id}/meetings", Guard::manage(ResourceKind::network),
                      create_network_meeting, access::network_managers});
    routes.push_back({"GET", "/api/v1/networks/{id}/meetings", Guard::read(ResourceKind::network),
                      list_network_meetings, access::network_readers});
    routes.push_back({"GET", "/api/v1/meetings/{id}/invitations", Guard::read(ResourceKind::meeting), get_invitations,
                      access::team_readers});
    routes.push_back({"PUT", "/api/v1/meetings/{id}/invitations", Guard::manage(ResourceKind::meeting), put_invitations,
                      access::team_managers});
    // Read access to the meeting lets the request in; the action asks the policy whether the caller may write in
    // the agreement's coaching log (its coaches and the facilitator's staff).
    routes.push_back({"POST", "/api/v1/meetings/{id}/coaching-log", Guard::read(ResourceKind::meeting), log_as_coaching,
                      access::team_readers});
}

}  // namespace trellis::api
