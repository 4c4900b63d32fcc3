// Peer matching (issue 14): an organization's declared expertise, a team's need, and the team's matches with
// every factor explained. Only public facts of the candidates leave here (the directory's figures, published
// outcomes, declared expertise and counts of mentoring): never their members, teams or private data.
#include <charconv>
#include <cmath>

#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/data_support.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/matching.hpp"
#include "trellis/store/networks.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxExpertise = 10;
constexpr std::size_t kMaxResults = 100;
// The widest distance band: California spans about 1,240 km corner to corner; a band wider than a state says nothing.
constexpr int kMaxDistanceKm = 2000;

std::string query_value(const RequestContext& c, const std::string& name) {
    const auto it = c.request.query.find(name);
    return it == c.request.query.end() ? std::string() : it->second;
}
bool has_query(const RequestContext& c, const std::string& name) { return c.request.query.contains(name); }

std::optional<double> number(const std::string& text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::vector<std::string> split_topics(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(',', start), text.size());
        if (end > start) out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

json::array string_array(const std::vector<std::string>& values) {
    json::array out;
    for (const auto& v : values) out.emplace_back(v);
    return out;
}

json::value factor_value(const domain::FactorValue& value) {
    if (const auto* n = std::get_if<double>(&value)) return *n;
    if (const auto* s = std::get_if<std::string>(&value)) return json::value(*s);
    if (const auto* l = std::get_if<std::vector<std::string>>(&value)) return string_array(*l);
    return nullptr;
}

json::object candidate_json(const domain::MatchCandidate& c) {
    return {{"id", c.id},
            {"name", c.name},
            {"kind", c.kind},
            {"cds_code", c.cds_code.empty() ? json::value(nullptr) : json::value(c.cds_code)},
            {"county", c.county.empty() ? json::value(nullptr) : json::value(c.county)},
            {"enrollment", c.enrollment ? json::value(*c.enrollment) : json::value(nullptr)},
            {"declared_topics", string_array(c.declared_topics)},
            {"located", c.latitude.has_value() && c.longitude.has_value()}};
}

json::object result_json(const domain::MatchResult& r) {
    json::array factors;
    for (const auto& f : r.factors)
        factors.push_back(json::object{{"factor", f.factor},
                                       {"group", f.group},
                                       {"ours", factor_value(f.ours)},
                                       {"theirs", factor_value(f.theirs)},
                                       {"weight", f.weight},
                                       {"contribution", f.contribution}});
    return {{"organization", candidate_json(*r.candidate)},
            {"score", r.score},
            {"expertise", r.expertise},
            {"similarity", r.similarity},
            {"distance_km", r.distance_km ? json::value(*r.distance_km) : json::value(nullptr)},
            {"factors", std::move(factors)}};
}

// The networks the caller facilitates (manages) that the team's district is an active member of: where a
// facilitator may invite a match (through POST /api/v1/networks/{id}/members, the one linking path).
std::vector<store::NetworkMembership> networks_to_invite_into(RequestContext& c, std::int64_t organization_id) {
    std::vector<store::NetworkMembership> out;
    for (auto& m : store::network_memberships(c.db, organization_id))
        if (m.status == "active" && may(c, auth::ResourceKind::network, auth::Action::manage, m.network_id))
            out.push_back(std::move(m));
    return out;
}

http::Response matches(RequestContext& c) {
    const auto team = store::find_team(c.db, c.id());
    if (!team) return not_found(fmt::format("team {}", c.id()));
    const bool team_reader = may(c, auth::ResourceKind::team, auth::Action::read, team->id);
    const auto invite_into = networks_to_invite_into(c, team->organization_id);
    // The team's people, and the facilitators of its district's networks (who match for it); 404 to anyone
    // else, as for a team that does not exist.
    if (!team_reader && invite_into.empty()) return not_found(fmt::format("team {}", c.id()));

    actions::MatchRequest request;
    request.team_id = team->id;
    if (has_query(c, "topics")) request.topics = split_topics(query_value(c, "topics"));
    if (has_query(c, "q")) {
        request.text = query_value(c, "q");
        if (request.text->size() > 500) return validation_problem("q", "must be at most 500 characters");
    }
    request.county = query_value(c, "county");
    request.kind = query_value(c, "kind");
    if (!request.kind.empty() && request.kind != "county_office" && request.kind != "district" &&
        request.kind != "school")
        return validation_problem("kind", "must be county_office, district or school");
    if (const auto text = query_value(c, "band"); !text.empty()) {
        const auto band = number(text);
        if (!band || *band < 0 || *band > 1) return validation_problem("band", "must be a number from 0 to 1");
        request.min_similarity = *band;
    }
    if (const auto text = query_value(c, "within_km"); !text.empty()) {
        const auto km = number(text);
        if (!km || *km < 1 || *km > kMaxDistanceKm)
            return validation_problem("within_km", fmt::format("must be a number of km from 1 to {}", kMaxDistanceKm));
        request.within_km = *km;
    }
    if (const auto text = query_value(c, "limit"); !text.empty()) {
        const auto limit = number(text);
        if (!limit || *limit < 1 || *limit > kMaxResults || std::floor(*limit) != *limit)
            return validation_problem("limit", "must be a whole number from 1 to 100");
        request.limit = static_cast<std::size_t>(*limit);
    }
    for (const auto name : domain::kWeightNames) {
        const auto field = fmt::format("w_{}", name);
        if (const auto text = query_value(c, field); !text.empty()) {
            const auto weight = number(text);
            if (!weight || *weight < 0 || *weight > 100)
                return validation_problem(field, "must be a number from 0 to 100");
            domain::weight_of(request.weights, name) = *weight;
        }
    }
    const auto answer = actions::find_matches(c.db, &c.services.database, request);
    if (!answer) return problem_for(answer.error());

    json::array results;
    for (const auto& r : answer->results) results.push_back(result_json(r));
    json::object need{{"topics", string_array(answer->topics)}};
    // The stated description is the team's own words: only its people read it back (a facilitator's query
    // still uses it).
    if (team_reader || request.text) need["text"] = answer->text;
    json::array weights;
    auto used = request.weights;
    for (const auto name : domain::kWeightNames)
        weights.push_back(json::object{{"name", name}, {"value", domain::weight_of(used, name)}});
    json::array invite;
    for (const auto& m : invite_into) invite.push_back(json::object{{"id", m.network_id}, {"name", m.network_name}});
    return json_response(
        200, json::object{{"team", json::object{{"id", team->id}, {"organization_id", team->organization_id}}},
                          {"need", std::move(need)},
                          {"ours", answer->own ? json::value(candidate_json(*answer->own)) : json::value(nullptr)},
                          {"weights", std::move(weights)},
                          {"considered", answer->considered},
                          {"results", std::move(results)},
                          {"invite_into", std::move(invite)}});
}

json::object need_json(const store::TeamNeed& need) {
    return {{"topics", string_array(need.topics)},
            {"description", need.description},
            {"updated_at", need.updated_at ? json::value(rfc3339(*need.updated_at)) : json::value(nullptr)}};
}

http::Response get_need(RequestContext& c) { return json_response(200, need_json(store::team_need(c.db, c.id()))); }

http::Response put_need(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    auto topics = body->string_list("topics", domain::kExpertiseTopics.size(), 40);
    auto description = body->optional_string("description", 2000);
    if (!body->ok()) return body->problem();
    const auto saved = actions::state_team_need(
        c.db, c.id(), {topics.value_or(std::vector<std::string>{}), description.value_or(""), std::nullopt},
        c.services.now());
    if (!saved) return problem_for(saved.error());
    return json_response(200, need_json(*saved));
}

json::object expertise_json(const std::vector<store::DeclaredExpertise>& expertise) {
    json::array list;
    for (const auto& e : expertise) list.push_back(json::object{{"topic", e.topic}, {"note", e.note}});
    return {{"expertise", std::move(list)}};
}

http::Response get_expertise(RequestContext& c) {
    return json_response(200, expertise_json(store::organization_expertise(c.db, c.id())));
}

// {"expertise": [{"topic": "mtss", "note": "..."}]}: the whole declaration, replaced.
http::Response put_expertise(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto* list = body->object().if_contains("expertise");
    if (!list || !list->is_array()) return validation_problem("expertise", "must be a list of {topic, note}");
    if (list->as_array().size() > kMaxExpertise)
        return validation_problem("expertise", fmt::format("at most {} topics", kMaxExpertise));
    std::vector<store::DeclaredExpertise> expertise;
    for (const auto& item : list->as_array()) {
        const auto* entry = item.if_object();
        const auto* topic = entry ? entry->if_contains("topic") : nullptr;
        const auto* note = entry ? entry->if_contains("note") : nullptr;
        if (!topic || !topic->is_string() || (note && !note->is_string() && !note->is_null()))
            return validation_problem("expertise", "each entry is {topic, note} with text values");
        expertise.push_back(
            {std::string(topic->as_string()), note && note->is_string() ? std::string(note->as_string()) : ""});
    }
    if (auto ok = actions::declare_expertise(c.db, c.id(), expertise); !ok) return problem_for(ok.error());
    return json_response(200, expertise_json(store::organization_expertise(c.db, c.id())));
}

// The team's people, and the facilitator of the network its district belongs to; nobody else learns the team
// exists.
const Access kMatchReaders = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:404 participant:allowed member:allowed "
    "lead:allowed data_lead:404 admin:allowed facilitator:allowed mentor:404 reviewer:404");

}  // namespace

void add_matching_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"GET", "/api/v1/organizations/{id}/expertise", Guard::read(ResourceKind::organization),
                      get_expertise, access::organization_readers});
    routes.push_back({"PUT", "/api/v1/organizations/{id}/expertise", Guard::manage(ResourceKind::organization),
                      put_expertise, access::organization_managers});
    routes.push_back(
        {"GET", "/api/v1/teams/{id}/need", Guard::read(ResourceKind::team), get_need, access::team_readers});
    routes.push_back(
        {"PUT", "/api/v1/teams/{id}/need", Guard::manage(ResourceKind::team), put_need, access::team_managers});
    // Signed in: the handler asks the policy for the team, else for the networks of the team's district.
    routes.push_back({"GET", "/api/v1/teams/{id}/matches", Guard::signed_in(), matches, kMatchReaders});
}

}  // namespace trellis::api
