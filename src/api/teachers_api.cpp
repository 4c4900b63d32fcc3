// Teacher capacity (guide section D): the district's teacher profiles, imported from a staff file
// (POST .../data/imports?kind=teachers) or filled in by each teacher, and what they add up to: qualified
// teachers per offered language, the experience mix, and the professional learning priorities.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/data_support.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/analytics/teacher_capacity.hpp"
#include "trellis/store/teacher_profiles.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::array strings(const std::vector<std::string>& values) {
    json::array out;
    for (const auto& v : values) out.emplace_back(v);
    return out;
}

json::value profile_json(const store::StoredTeacherProfile& s) {
    const auto& p = s.profile;
    return json::object{
        {"id", s.id},
        {"source", s.source},
        {"own", false},
        {"name", p.name},
        {"credentials", strings(p.credentials)},
        {"years_experience", p.years_experience ? json::value(*p.years_experience) : json::value(nullptr)},
        {"languages", strings(p.languages)},
        {"grade_spans", strings(p.grade_spans)},
        {"program_types", strings(p.program_types)},
        {"learning_needs", strings(p.learning_needs)},
        {"professional_organizations", strings(p.professional_organizations)},
        {"version", s.version},
        {"updated_at", rfc3339(s.updated_at)}};
}

json::value capacity_json(const analytics::TeacherCapacity& capacity) {
    json::array languages, experience, priorities;
    for (const auto& l : capacity.languages) {
        languages.push_back(json::object{{"language", l.language},
                                         {"program_types", strings(l.program_types)},
                                         {"qualified_teachers", l.qualified_teachers},
                                         {"teaching_without_credential", l.teaching_without_credential},
                                         {"at_risk", l.at_risk}});
    }
    for (const auto& b : capacity.experience)
        experience.push_back(json::object{{"band", b.band}, {"teachers", b.teachers}});
    for (const auto& p : capacity.priorities) {
        priorities.push_back(json::object{{"need", p.need}, {"points", p.points}, {"teachers", p.teachers}});
    }
    return json::object{{"teachers", capacity.teachers},
                        {"languages", std::move(languages)},
                        {"experience", std::move(experience)},
                        {"priorities", std::move(priorities)}};
}

http::Response get_teachers(RequestContext& c) {
    const auto stored = store::teacher_profiles(c.db, c.id());
    std::vector<analytics::TeacherProfile> profiles;
    json::array list;
    for (const auto& s : stored) {
        profiles.push_back(s.profile);
        auto j = profile_json(s);
        j.as_object()["own"] = s.user_id && *s.user_id == c.principal.user_id;
        list.push_back(std::move(j));
    }
    std::vector<analytics::LanguageOffer> offered;
    for (const auto& o : store::data_settings(c.db, c.id()).offered_languages)
        offered.push_back({o.language, o.program_types});
    return json_response(
        200, json::object{{"profiles", std::move(list)},
                          {"capacity", capacity_json(analytics::assess_teacher_capacity(profiles, offered))}});
}

http::Response get_own_profile(RequestContext& c) {
    const auto own = store::own_teacher_profile(c.db, c.id(), c.principal.user_id);
    if (!own) return json_response(200, json::object{{"profile", nullptr}});
    return json_response(200, json::object{{"profile", profile_json(*own)}});
}

std::vector<std::string> list_field(JsonBody& body, std::string_view field) {
    return body.string_list(field, 30, 120).value_or(std::vector<std::string>{});
}

http::Response put_own_profile(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto version = body->required_integer("version");
    analytics::TeacherProfile p;
    p.name = body->optional_string("name", 200).value_or(c.principal.name);
    if (p.name.empty()) p.name = c.principal.name;
    p.credentials = list_field(*body, "credentials");
    if (body->has("years_experience")) {
        const auto years = body->optional_integer("years_experience");
        if (years && (*years < 0 || *years > 60)) body->add_error("years_experience", "must be from 0 to 60");
        if (years) p.years_experience = static_cast<int>(*years);
    }
    p.languages = list_field(*body, "languages");
    p.grade_spans = list_field(*body, "grade_spans");
    for (std::size_t i = 0; i < p.grade_spans.size(); ++i) {
        if (p.grade_spans[i] != "elementary" && p.grade_spans[i] != "middle" && p.grade_spans[i] != "high") {
            body->add_error(fmt::format("grade_spans[{}]", i), "must be elementary, middle or high");
        }
    }
    p.program_types = analytics::program_type_keys(list_field(*body, "program_types"));
    p.learning_needs = list_field(*body, "learning_needs");
    p.professional_organizations = list_field(*body, "professional_organizations");
    if (!body->ok()) return body->problem();
    if (!store::save_own_teacher_profile(c.db, c.id(), c.principal.user_id, p, *version, c.services.now())) {
        const auto current = store::own_teacher_profile(c.db, c.id(), c.principal.user_id);
        return stale_edit("Your teacher profile", *version,
                          json::object{{"profile", current ? profile_json(*current) : json::value(nullptr)}});
    }
    return json_response(
        200, json::object{{"profile", profile_json(*store::own_teacher_profile(c.db, c.id(), c.principal.user_id))}});
}

}  // namespace

void add_teacher_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"GET", "/api/v1/organizations/{id}/teachers", Guard::read(ResourceKind::student_data),
                      get_teachers, access::student_data_readers});
    routes.push_back({"GET", "/api/v1/organizations/{id}/teachers/me", Guard::contribute(ResourceKind::student_data),
                      get_own_profile, access::student_data_contributors});
    routes.push_back({"PUT", "/api/v1/organizations/{id}/teachers/me", Guard::contribute(ResourceKind::student_data),
                      put_own_profile, access::student_data_contributors});
}

}  // namespace trellis::api
