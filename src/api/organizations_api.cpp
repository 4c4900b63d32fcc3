// Organizations (districts, schools, county offices, intermediaries, partners), their people and teams.
#include <algorithm>

#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/permissions_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/domain/representation.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

std::optional<std::int64_t> profile_count(JsonBody& body, const json::object& profile, std::string_view field) {
    const auto* v = profile.if_contains(field);
    if (v == nullptr || v->is_null()) return std::nullopt;
    const auto where = fmt::format("profile.{}", field);
    if (v->is_int64() && v->as_int64() >= 0) return v->as_int64();
    if (v->is_uint64() && v->as_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
        return static_cast<std::int64_t>(v->as_uint64());
    }
    body.add_error(where, "must be a whole number of students, 0 or more");
    return std::nullopt;
}

// Applies the fields present in the body onto `o` (all of them when `creating`), collecting errors in `body`.
void read_organization_fields(JsonBody& body, store::Organization& o, bool creating) {
    if (creating || body.object().contains("name")) {
        if (auto name = body.required_string("name", 200)) o.name = *name;
    }
    if (creating || body.object().contains("kind")) {
        if (auto kind = body.required_string("kind", 40)) {
            if (auto problem = domain::check_one_of(*kind, domain::kOrganizationKinds)) {
                body.add_error("kind", *problem);
            }
            o.kind = *kind;
        }
    }
    if (body.object().contains("cds_code")) {
        o.cds_code = body.optional_string("cds_code", 40);
        if (o.cds_code && o.cds_code->empty()) o.cds_code.reset();
        if (o.cds_code) {
            if (auto problem = domain::check_cds_code(*o.cds_code)) body.add_error("cds_code", *problem);
        }
    }
    if (body.object().contains("nces_id")) {
        o.nces_id = body.optional_string("nces_id", 40);
        if (o.nces_id && o.nces_id->empty()) o.nces_id.reset();
        if (o.nces_id) {
            if (auto problem = domain::check_nces_id(*o.nces_id)) body.add_error("nces_id", *problem);
        }
    }
    if (body.object().contains("grade_spans")) {
        if (auto spans = body.string_list("grade_spans", 3, 20)) {
            for (std::size_t i = 0; i < spans->size(); ++i) {
                static constexpr std::string_view kSpans[] = {"elementary", "middle", "high"};
                if (auto problem = domain::check_one_of((*spans)[i], kSpans)) {
                    body.add_error(fmt::format("grade_spans[{}]", i), *problem);
                }
            }
            o.grade_spans = *spans;
        }
    }
    if (body.has("profile")) {
        const auto& value = body.object().at("profile");
        if (!value.is_object()) {
            body.add_error("profile", "must be an object");
            return;
        }
        const auto& p = value.as_object();
        o.profile.enrollment = profile_count(body, p, "enrollment");
        o.profile.low_income = profile_count(body, p, "low_income");
        o.profile.english_learners = profile_count(body, p, "english_learners");
        o.profile.foster = profile_count(body, p, "foster");
        o.profile.homeless = profile_count(body, p, "homeless");
        for (const auto* field : {"locale", "source"}) {
            const auto* v = p.if_contains(field);
            std::optional<std::string> text;
            if (v != nullptr && !v->is_null()) {
                if (v->is_string() && v->as_string().size() <= 200) {
                    text = std::string(v->as_string());
                } else {
                    body.add_error(fmt::format("profile.{}", field), "must be a text of at most 200 characters");
                }
            }
            (std::string_view(field) == "locale" ? o.profile.locale : o.profile.source) = text;
        }
    }
}

http::Response duplicate_cds(store::Connection& db, const std::string& cds) {
    const auto existing = store::find_organization_by_cds(db, cds);
    return conflict(fmt::format("cds_code: an organization with CDS code {} already exists{}", cds,
                                existing ? fmt::format(" ({})", existing->name) : ""));
}

// An organization as its page shows it: the profile and what the caller may do with it.
json::value organization_json(RequestContext& c, const store::Organization& o) {
    auto out = to_json(o).as_object();
    out["may"] = may_json(c, auth::ResourceKind::organization, o.id);
    return out;
}

http::Response list_organizations(RequestContext& c) {
    json::array list;
    for (const auto& o : store::visible_organizations(c.db, c.principal.user_id, c.principal.site_admin)) {
        list.push_back(to_json(o));
    }
    return json_response(200, json::object{{"organizations", std::move(list)}});
}

http::Response create_organization(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Organization o;
    read_organization_fields(*body, o, true);
    if (!body->ok()) return body->problem();
    if (o.cds_code && store::find_organization_by_cds(c.db, *o.cds_code)) return duplicate_cds(c.db, *o.cds_code);
    o.id = store::insert_organization(c.db, o, c.services.now());
    store::set_organization_role(c.db, o.id, c.principal.user_id, "admin");
    return created(organization_json(c, *store::find_organization(c.db, o.id)),
                   fmt::format("/api/v1/organizations/{}", o.id));
}

http::Response get_organization(RequestContext& c) {
    const auto o = store::find_organization(c.db, c.id());
    if (!o) return not_found(fmt::format("organization {}", c.id()));
    return json_response(200, organization_json(c, *o));
}

http::Response update_organization(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    auto current = store::find_organization(c.db, c.id());
    if (!current) return not_found(fmt::format("organization {}", c.id()));
    const auto version = body->required_integer("version");
    auto updated = *current;
    read_organization_fields(*body, updated, false);
    if (!body->ok()) return body->problem();
    if (*version != current->version) return stale_edit("this organization", *version, organization_json(c, *current));
    if (updated.cds_code && updated.cds_code != current->cds_code &&
        store::find_organization_by_cds(c.db, *updated.cds_code)) {
        return duplicate_cds(c.db, *updated.cds_code);
    }
    if (!store::update_organization(c.db, updated)) {
        return stale_edit("this organization", *version, organization_json(c, *store::find_organization(c.db, c.id())));
    }
    return json_response(200, organization_json(c, *store::find_organization(c.db, c.id())));
}

http::Response list_organization_members(RequestContext& c) {
    json::array list;
    for (const auto& m : store::organization_members(c.db, c.id())) {
        list.push_back(json::object{{"user_id", m.user_id}, {"name", m.name}, {"email", m.email}, {"role", m.role}});
    }
    return json_response(200, json::object{{"members", std::move(list)}});
}

// An admin changes a person's role in the organization. The organization keeps at least one admin: taking the
// last admin's role away is a 409 (another admin is named first).
http::Response update_organization_member(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto role = body->required_string("role", 20);
    if (role) {
        if (auto problem = domain::check_one_of(*role, domain::kOrganizationRoles)) body->add_error("role", *problem);
    }
    if (!body->ok()) return body->problem();
    const auto user_id = c.id("user_id");
    const auto members = store::organization_members(c.db, c.id());
    const auto person = std::ranges::find(members, user_id, &store::OrganizationMember::user_id);
    if (person == members.end()) return not_found(fmt::format("member {} of organization {}", user_id, c.id()));
    const auto admins = std::ranges::count(members, std::string("admin"), &store::OrganizationMember::role);
    if (person->role == "admin" && *role != "admin" && admins == 1) {
        return conflict("role: the organization needs an admin; make someone else an admin first");
    }
    store::set_organization_role(c.db, c.id(), user_id, *role);
    return json_response(
        200,
        json::object{{"user_id", person->user_id}, {"name", person->name}, {"email", person->email}, {"role", *role}});
}

http::Response list_organization_teams(RequestContext& c) {
    // Only the teams this caller may see: a team's existence stays inside it like its work.
    const auto visible = store::visible_teams(c.db, c.principal.user_id, c.principal.site_admin);
    json::array list;
    for (const auto& t : visible) {
        if (t.organization_id == c.id()) list.push_back(team_summary_json(t));
    }
    return json_response(200, json::object{{"teams", std::move(list)}});
}

}  // namespace

void add_organization_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"GET", "/api/v1/organizations", Guard::signed_in(), list_organizations, access::signed_in});
    routes.push_back({"POST", "/api/v1/organizations", Guard::signed_in(), create_organization, access::signed_in});
    routes.push_back({"GET", "/api/v1/organizations/{id}", Guard::read(ResourceKind::organization), get_organization,
                      access::organization_readers});
    routes.push_back({"PATCH", "/api/v1/organizations/{id}", Guard::manage(ResourceKind::organization),
                      update_organization, access::organization_managers});
    // The people list holds e-mail addresses: organization admins manage it, network partners do not see it.
    routes.push_back({"GET", "/api/v1/organizations/{id}/members", Guard::manage(ResourceKind::organization),
                      list_organization_members, access::organization_managers});
    routes.push_back({"PATCH", "/api/v1/organizations/{id}/members/{user_id}",
                      Guard::manage(ResourceKind::organization), update_organization_member,
                      access::organization_managers});
    routes.push_back({"GET", "/api/v1/organizations/{id}/teams", Guard::read(ResourceKind::organization),
                      list_organization_teams, access::organization_readers});
}

}  // namespace trellis::api
