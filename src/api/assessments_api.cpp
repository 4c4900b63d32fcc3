// A team's self-assessments of implementation and its "fully implemented" criteria (issue 13, part 4): the
// handlers parse, call actions/self_assessments and shape the answer. Every assessment is judged against the
// team's current criteria on each read.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/permissions_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/self_assessments.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::value optional_number(const std::optional<double>& value) {
    return value ? json::value(*value) : json::value(nullptr);
}

json::object criterion_json(const store::AssessmentCriterion& c) {
    return {{"id", c.id},
            {"description", c.description},
            {"threshold", c.threshold},
            {"unit", c.unit},
            {"direction", c.direction},
            {"measure_id", c.measure_id ? json::value(*c.measure_id) : json::value(nullptr)}};
}

json::object criteria_json(const store::CriteriaVersion& v) {
    json::array list;
    for (const auto& c : v.criteria) list.push_back(criterion_json(c));
    return {{"version", v.version},
            {"criteria", std::move(list)},
            {"declared_by_name", v.version ? json::value(v.created_by_name) : json::value(nullptr)},
            {"declared_at", v.version ? json::value(rfc3339(v.created_at)) : json::value(nullptr)}};
}

json::object assessment_json(const actions::AssessmentView& view) {
    const auto& a = view.assessment;
    json::array ratings;
    for (const auto& r : a.ratings)
        ratings.push_back(json::object{{"area", r.area},
                                       {"rating", r.rating},
                                       {"level", domain::rating_key(static_cast<int>(r.rating))},
                                       {"evidence", r.evidence}});
    json::array observations;
    for (const auto& o : a.observations)
        observations.push_back(json::object{{"criterion_id", o.criterion_id}, {"value", o.value}});
    json::array results;
    for (const auto& r : view.results)
        results.push_back(
            json::object{{"criterion_id", r.criterion.id},
                         {"observed", optional_number(r.observed)},
                         {"source", r.source.empty() ? json::value(nullptr) : json::value(r.source)},
                         {"observed_on", r.observed_date.empty() ? json::value(nullptr) : json::value(r.observed_date)},
                         {"result", domain::result_name(r.result)}});
    return {{"id", a.id},
            {"team_id", a.team_id},
            {"term", a.term},
            {"taken_on", a.taken_on},
            {"version", a.version},
            {"ratings", std::move(ratings)},
            {"observations", std::move(observations)},
            {"results", std::move(results)},
            {"fully_implemented", view.fully_implemented},
            {"created_by_name", a.created_by_name},
            {"created_at", rfc3339(a.created_at)}};
}

// Per area, the ratings oldest first: what the chart on the team's page draws.
json::array trend_json(const actions::TeamAssessments& all) {
    json::array trend;
    for (const auto area : domain::kPlanAreas) {
        json::array points;
        for (auto it = all.assessments.rbegin(); it != all.assessments.rend(); ++it)
            for (const auto& r : it->assessment.ratings)
                if (r.area == area)
                    points.push_back(json::object{{"assessment_id", it->assessment.id},
                                                  {"term", it->assessment.term},
                                                  {"taken_on", it->assessment.taken_on},
                                                  {"rating", r.rating}});
        trend.push_back(json::object{{"area", area}, {"ratings", std::move(points)}});
    }
    return trend;
}

http::Response list_assessments(RequestContext& c) {
    const auto all = actions::team_assessments(caller(c), c.id());
    json::array list;
    for (const auto& a : all.assessments) list.push_back(assessment_json(a));
    const bool fully = !all.assessments.empty() && all.assessments.front().fully_implemented;
    return json_response(
        200,
        json::object{
            {"criteria", criteria_json(all.criteria)},
            {"assessments", std::move(list)},
            {"trend", trend_json(all)},
            {"fully_implemented", fully},
            {"may", json::object{{"contribute", may_json(c, auth::ResourceKind::team, c.id()).at("contribute")}}}});
}

// The ratings and observations arrays, each item read with its path ("ratings[2].rating") in any error.
void read_items(JsonBody& body, store::SelfAssessment& draft) {
    const auto& o = body.object();
    const auto* ratings = o.if_contains("ratings");
    if (!ratings || !ratings->is_array()) {
        body.add_error("ratings", "is required: a list of {area, rating, evidence}");
    } else {
        for (std::size_t i = 0; i < ratings->as_array().size(); ++i) {
            const auto& item = ratings->as_array()[i];
            const auto at = fmt::format("ratings[{}]", i);
            const auto* obj = item.if_object();
            const auto* area = obj ? obj->if_contains("area") : nullptr;
            const auto* rating = obj ? obj->if_contains("rating") : nullptr;
            const auto* evidence = obj ? obj->if_contains("evidence") : nullptr;
            store::AssessmentRating r;
            if (!area || !area->is_string()) body.add_error(at + ".area", "is required: one of the six areas");
            else r.area = std::string(area->as_string());
            if (!rating || !rating->is_int64()) body.add_error(at + ".rating", "must be a whole number from 1 to 5");
            else r.rating = rating->as_int64();
            if (evidence && evidence->is_string() && evidence->as_string().size() <= 4000)
                r.evidence = std::string(evidence->as_string());
            else if (evidence && !evidence->is_null())
                body.add_error(at + ".evidence", "must be text of at most 4000 bytes");
            draft.ratings.push_back(std::move(r));
        }
    }
    const auto* observations = o.if_contains("observations");
    if (!observations || observations->is_null()) return;
    if (!observations->is_array()) return body.add_error("observations", "must be a list of {criterion_id, value}");
    for (std::size_t i = 0; i < observations->as_array().size(); ++i) {
        const auto* obj = observations->as_array()[i].if_object();
        const auto at = fmt::format("observations[{}]", i);
        const auto* id = obj ? obj->if_contains("criterion_id") : nullptr;
        const auto* value = obj ? obj->if_contains("value") : nullptr;
        if (!id || !id->is_int64()) body.add_error(at + ".criterion_id", "is required: a criterion's id");
        if (!value || !value->is_number()) body.add_error(at + ".value", "is required: a number");
        if (id && id->is_int64() && value && value->is_number())
            draft.observations.push_back({id->as_int64(), value->to_number<double>()});
    }
}

std::optional<store::SelfAssessment> read_assessment(RequestContext& c, JsonBody& body) {
    store::SelfAssessment draft;
    draft.team_id = c.id();
    const auto term = body.required_string("term", 80);
    const auto taken_on = body.required_string("taken_on", 10);
    read_items(body, draft);
    if (!body.ok()) return std::nullopt;
    draft.term = *term;
    draft.taken_on = *taken_on;
    return draft;
}

http::Response create_assessment(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    auto draft = read_assessment(c, *body);
    if (!draft) return body->problem();
    const auto made = actions::create_assessment(caller(c), std::move(*draft));
    if (!made) return problem_for(made.error());
    return created(assessment_json(*made), fmt::format("/api/v1/teams/{}/assessments/{}", c.id(), made->assessment.id));
}

std::int64_t assessment_id(RequestContext& c) { return c.id("assessment_id"); }

http::Response get_assessment(RequestContext& c) {
    const auto view = actions::assessment_view(caller(c), c.id(), assessment_id(c));
    if (!view) return problem_for(view.error());
    return json_response(200, assessment_json(*view));
}

http::Response update_assessment(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto version = body->required_integer("version");
    auto draft = read_assessment(c, *body);
    if (!draft || !version) return body->problem();
    draft->id = assessment_id(c);
    const auto view = actions::update_assessment(caller(c), std::move(*draft), *version);
    if (!view && view.error().kind == actions::FailureKind::stale_edit) {
        const auto current = actions::assessment_view(caller(c), c.id(), assessment_id(c));
        if (current) return stale_edit("this self-assessment", *version, assessment_json(*current));
    }
    if (!view) return problem_for(view.error());
    return json_response(200, assessment_json(*view));
}

http::Response delete_assessment(RequestContext& c) {
    const auto done = actions::delete_assessment(caller(c), c.id(), assessment_id(c));
    if (!done) return problem_for(done.error());
    return no_content();
}

std::vector<store::AssessmentCriterion> read_criteria(JsonBody& body) {
    std::vector<store::AssessmentCriterion> out;
    const auto* list = body.object().if_contains("criteria");
    if (!list || !list->is_array()) {
        body.add_error("criteria", "is required: a list of {description, threshold, unit, measure_id?}");
        return out;
    }
    for (std::size_t i = 0; i < list->as_array().size(); ++i) {
        const auto* obj = list->as_array()[i].if_object();
        const auto at = fmt::format("criteria[{}]", i);
        store::AssessmentCriterion c;
        const auto field = [&](const char* name) { return obj ? obj->if_contains(name) : nullptr; };
        const auto* id = field("id");
        const auto* description = field("description");
        const auto* threshold = field("threshold");
        const auto* unit = field("unit");
        const auto* direction = field("direction");
        const auto* measure = field("measure_id");
        if (id && id->is_int64()) c.id = id->as_int64();
        if (!description || !description->is_string() || description->as_string().empty() ||
            description->as_string().size() > 500)
            body.add_error(at + ".description", "is required: text of at most 500 bytes");
        else c.description = std::string(description->as_string());
        if (!threshold || !threshold->is_number()) body.add_error(at + ".threshold", "is required: a number");
        else c.threshold = threshold->to_number<double>();
        if (unit && unit->is_string() && unit->as_string().size() <= 40) c.unit = std::string(unit->as_string());
        if (direction && direction->is_string()) c.direction = std::string(direction->as_string());
        if (measure && measure->is_int64()) c.measure_id = measure->as_int64();
        else if (measure && !measure->is_null()) body.add_error(at + ".measure_id", "must be a measure's id or null");
        out.push_back(std::move(c));
    }
    return out;
}

// PUT .../assessment-criteria {version, criteria}: the next version of the criteria, or 409 with the current.
http::Response declare_criteria(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto version = body->required_integer("version");
    auto criteria = read_criteria(*body);
    if (!body->ok()) return body->problem();
    const auto next = actions::declare_criteria(caller(c), c.id(), *version, std::move(criteria));
    if (!next && next.error().kind == actions::FailureKind::stale_edit)
        return stale_edit("the criteria", *version, criteria_json(actions::current_criteria(caller(c), c.id())));
    if (!next) return problem_for(next.error());
    return json_response(200, criteria_json(*next));
}

http::Response criteria_history(RequestContext& c) {
    json::array versions;
    for (const auto& v : actions::criteria_history(caller(c), c.id())) versions.push_back(criteria_json(v));
    return json_response(200, json::object{{"versions", std::move(versions)}});
}

}  // namespace

void add_assessment_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const auto read = Guard::read(ResourceKind::team);
    const auto write = Guard::contribute(ResourceKind::team);
    routes.push_back({"GET", "/api/v1/teams/{id}/assessments", read, list_assessments, access::team_readers});
    routes.push_back({"POST", "/api/v1/teams/{id}/assessments", write, create_assessment, access::team_contributors});
    routes.push_back(
        {"GET", "/api/v1/teams/{id}/assessments/{assessment_id}", read, get_assessment, access::team_readers});
    routes.push_back({"PATCH", "/api/v1/teams/{id}/assessments/{assessment_id}", write, update_assessment,
                      access::team_contributors});
    routes.push_back({"DELETE", "/api/v1/teams/{id}/assessments/{assessment_id}", write, delete_assessment,
                      access::team_contributors});
    routes.push_back(
        {"PUT", "/api/v1/teams/{id}/assessment-criteria", write, declare_criteria, access::team_contributors});
    routes.push_back(
        {"GET", "/api/v1/teams/{id}/assessment-criteria/history", read, criteria_history, access::team_readers});
}

}  // namespace trellis::api
