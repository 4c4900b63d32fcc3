// Data views attached to a team's guide sections (issue 5, section C): the team points a section at one
// indicator and year of its district's data. Opening the view goes through the analysis route, where the
// policy decides between the full counts and the suppressed view.
#include <fmt/format.h>
#include <boost/json.hpp>

#include <map>

#include "api/data_support.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/analytics/indicators.hpp"
#include "trellis/guides/progress.hpp"
#include "trellis/store/guide_data_views.hpp"
#include "trellis/store/guide_progress.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/student_data.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::value view_json(store::Connection& db, const store::GuideDataView& v) {
    return json::object{{"id", v.id},
                        {"module", v.module_id},
                        {"section", v.section_id},
                        {"organization_id", v.organization_id},
                        {"org_code", v.org_code},
                        {"org_name", place_name(db, v.org_code)},
                        {"indicator", v.indicator},
                        {"year", v.year},
                        {"note", v.note},
                        {"attached_by_name", v.attached_by_name},
                        {"attached_at", rfc3339(v.attached_at)}};
}

// A team participant (a family, student or community member) is shown only the views of years the district shared:
// the others would open on nothing, and even their notes may describe counts the district kept to itself.
http::Response list_views(RequestContext& c) {
    json::array list;
    std::map<std::int64_t, bool> full_reader;  // by organization (a team's views are all of its district)
    for (const auto& v : store::guide_data_views(c.db, c.id(), c.param("guide"))) {
        auto known = full_reader.find(v.organization_id);
        if (known == full_reader.end()) {
            const bool full = may(c, auth::ResourceKind::student_data, auth::Action::read, v.organization_id);
            known = full_reader.emplace(v.organization_id, full).first;
        }
        if (!known->second && !store::is_shared(c.db, v.organization_id, v.indicator, v.year)) continue;
        list.push_back(view_json(c.db, v));
    }
    return json_response(200, json::object{{"data_views", std::move(list)}});
}

http::Response attach_view(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto guide_id = c.param("guide");
    if (!store::find_team_guide(c.db, c.id(), guide_id)) {
        return not_found(fmt::format("guide \"{}\" among team {}'s adopted guides", guide_id, c.id()));
    }
    const auto module_id = body->required_string("module", 64);
    const auto section_id = body->required_string("section", 64);
    const auto indicator = body->required_string("indicator", 64);
    const auto year = body->required_integer("year");
    const auto note = body->optional_string("note", 2000).value_or("");
    if (indicator && !analytics::valid_indicator_name(*indicator))
        body->add_error("indicator", "is not an indicator name");
    if (module_id && section_id) {
        static const std::vector<guides::Guide> none;
        const auto located =
            guides::locate(c.services.guides ? *c.services.guides : none, guide_id, *module_id, *section_id);
        if (!located) body->add_error("section", located.error().message);
    }
    const auto team = store::find_team(c.db, c.id());
    const auto organization = team ? store::find_organization(c.db, team->organization_id) : std::nullopt;
    const auto org_code = body->optional_string("org_code", 14)
                              .value_or(organization && organization->cds_code ? *organization->cds_code : "");
    if (!body->ok()) return body->problem();
    if (!organization || !organization->cds_code || store::district_of(org_code) != *organization->cds_code) {
        return validation_problem("org_code", "must be the team's district or one of its schools");
    }
    bool found = false;
    for (const auto& y : store::indicator_counts(c.db, org_code, *indicator)) found = found || y.year == *year;
    if (!found)
        return validation_problem("indicator", fmt::format("the district has no {} data for {}", *indicator, *year));
    store::GuideDataView v{0,          c.id(),           guide_id,
                           *module_id, *section_id,      organization->id,
                           org_code,   *indicator,       static_cast<int>(*year),
                           note,       c.principal.name, c.services.now()};
    v.id = store::attach_data_view(c.db, v, c.principal.user_id);
    return created(view_json(c.db, v), fmt::format("/api/v1/teams/{}/guides/{}/data-views/{}", c.id(), guide_id, v.id));
}

http::Response detach_view(RequestContext& c) {
    if (!store::detach_data_view(c.db, c.id(), c.id("view_id")))
        return not_found(fmt::format("data view {}", c.id("view_id")));
    return no_content();
}

}  // namespace

void add_guide_data_view_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const std::string base = "/api/v1/teams/{id}/guides/{guide}/data-views";
    routes.push_back({"GET", base, Guard::read(ResourceKind::team), list_views, access::team_readers});
    routes.push_back({"POST", base, Guard::contribute(ResourceKind::team), attach_view, access::team_contributors});
    routes.push_back(
        {"DELETE", base + "/{view_id}", Guard::contribute(ResourceKind::team), detach_view, access::team_contributors});
}

}  // namespace trellis::api
