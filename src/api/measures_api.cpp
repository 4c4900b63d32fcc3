// A team's measures and their run charts (issue 13): the handlers parse, call actions/measures and shape the
// answer. The run chart's median and signals are computed on every read from the points (domain/run_chart).
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/action_calls.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/permissions_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/measure_data_points.hpp"
#include "trellis/actions/measure_import.hpp"
#include "trellis/actions/measures.hpp"
#include "trellis/http/problem.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::value optional_int(const std::optional<int>& value) { return value ? json::value(*value) : json::value(nullptr); }

json::object runs_json(const domain::RunsTest& runs, int useful_points) {
    static constexpr const char* kVerdicts[] = {"not_enough_points", "expected", "too_few", "too_many"};
    std::optional<int> lower;
    std::optional<int> upper;
    if (runs.limits) {
        lower = runs.limits->lower;
        upper = runs.limits->upper;
    }
    return {{"verdict", kVerdicts[static_cast<int>(runs.verdict)]},
            {"useful_points", useful_points},
            {"runs", runs.observed},
            {"lower_limit", optional_int(lower)},
            {"upper_limit", optional_int(upper)}};
}

json::object point_json(const store::MeasurePoint& p) {
    return {{"date", p.date}, {"value", p.value}, {"note", p.note}, {"astronomical", p.astronomical}};
}

json::object measure_json(RequestContext& c, const actions::MeasureView& view) {
    const auto& m = view.measure;
    json::array points;
    for (const auto& p : view.points) points.push_back(point_json(p));
    json::array signals;
    for (const auto& s : view.chart.signals) {
        json::array dates;
        for (const auto& d : s.dates) dates.emplace_back(d);
        signals.push_back(json::object{{"rule", domain::rule_name(s.rule)}, {"dates", std::move(dates)}});
    }
    return {{"id", m.id},
            {"team_id", m.team_id},
            {"name", m.name},
            {"unit", m.unit},
            {"direction", m.direction},
            {"numerator", m.numerator},
            {"denominator", m.denominator},
            {"baseline_points", m.baseline_points ? json::value(*m.baseline_points) : json::value(nullptr)},
            {"version", m.version},
            {"points", std::move(points)},
            {"median", view.chart.median ? json::value(*view.chart.median) : json::value(nullptr)},
            {"signals", std::move(signals)},
            {"runs", runs_json(view.chart.runs, view.chart.useful_points)},
            {"created_by_name", m.created_by_name},
            {"created_at", rfc3339(m.created_at)},
            {"may", json::object{{"contribute", may_json(c, auth::ResourceKind::measure, m.id).at("contribute")}}}};
}

json::object summary_json(const actions::MeasureSummary& s) {
    json::array rules;
    for (const auto rule : s.signals) rules.emplace_back(domain::rule_name(rule));
    return {{"id", s.measure.id},
            {"name", s.measure.name},
            {"unit", s.measure.unit},
            {"direction", s.measure.direction},
            {"point_count", s.point_count},
            {"latest", s.latest ? json::value(point_json(*s.latest)) : json::value(nullptr)},
            {"signals", std::move(rules)}};
}

http::Response measure_or_problem(RequestContext& c, const actions::Result<actions::MeasureView>& view) {
    if (!view) return problem_for(view.error());
    return json_response(200, measure_json(c, *view));
}

http::Response list_measures(RequestContext& c) {
    json::array list;
    for (const auto& s : actions::team_measure_summaries(caller(c), c.id())) list.push_back(summary_json(s));
    return json_response(
        200,
        json::object{
            {"measures", std::move(list)},
            {"may", json::object{{"contribute", may_json(c, auth::ResourceKind::team, c.id()).at("contribute")}}}});
}

http::Response create_measure(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::Measure draft;
    draft.team_id = c.id();
    const auto name = body->required_string("name", 200);
    const auto unit = body->required_string("unit", 40);
    const auto direction = body->required_string("direction", 40);
    draft.numerator = body->optional_string("numerator", 500).value_or("");
    draft.denominator = body->optional_string("denominator", 500).value_or("");
    draft.baseline_points = body->optional_integer("baseline_points");
    if (!body->ok()) return body->problem();
    draft.name = *name;
    draft.unit = *unit;
    draft.direction = *direction;
    const auto made = actions::create_measure(caller(c), std::move(draft));
    if (!made) return problem_for(made.error());
    return created(measure_json(c, *made), fmt::format("/api/v1/measures/{}", made->measure.id));
}

http::Response get_measure(RequestContext& c) {
    return measure_or_problem(c, actions::measure_view(caller(c), c.id()));
}

http::Response add_point(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto date = body->required_string("date", 10);
    const auto value = body->required_number("value");
    const auto note = body->optional_string("note", 500).value_or("");
    if (!body->ok()) return body->problem();
    const auto view = actions::add_measure_point(caller(c), c.id(), {*date, *value, note});
    if (!view) return problem_for(view.error());
    return created(measure_json(c, *view), fmt::format("/api/v1/measures/{}", c.id()));
}

// PUT .../points/{date} {value, note?, astronomical?}: the team corrects a point or marks it astronomical.
http::Response correct_point(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto value = body->required_number("value");
    const auto note = body->optional_string("note", 500).value_or("");
    const auto astronomical = body->optional_bool("astronomical").value_or(false);
    if (!body->ok()) return body->problem();
    return measure_or_problem(
        c, actions::correct_measure_point(caller(c), c.id(), {c.param("date"), *value, note, astronomical}));
}

http::Response remove_point(RequestContext& c) {
    return measure_or_problem(c, actions::remove_measure_point(caller(c), c.id(), c.param("date")));
}

// PATCH /api/v1/measures/{id} {baseline_points: N or null, version}: freeze the median on the first N points.
http::Response set_baseline(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto version = body->required_integer("version");
    if (!body->object().contains("baseline_points")) body->add_error("baseline_points", "is required (null: none)");
    const auto baseline = body->optional_integer("baseline_points");
    if (!body->ok()) return body->problem();
    const auto view = actions::set_measure_baseline(caller(c), c.id(), baseline, *version);
    if (!view && view.error().kind == actions::FailureKind::stale_edit) {
        const auto current = actions::measure_view(caller(c), c.id());
        if (current) return stale_edit("this measure", *version, measure_json(c, *current));
    }
    return measure_or_problem(c, view);
}

// POST .../points/import, the body a CSV or tab-separated file (docs/api.md): every point or none.
http::Response import_points(RequestContext& c) {
    const auto type = c.request.header("content-type");
    if (!type.starts_with("text/csv") && !type.starts_with("text/tab-separated-values")) {
        return http::problem(http::ProblemKind::unsupported_media_type,
                             fmt::format("send the file with Content-Type: text/csv (or "
                                         "text/tab-separated-values), got \"{}\"",
                                         type.substr(0, 60)));
    }
    const auto view = actions::import_measure_points(caller(c), c.id(), c.request.body);
    if (!view) return problem_for(view.error());
    return created(measure_json(c, *view), fmt::format("/api/v1/measures/{}", c.id()));
}

// POST .../points/from-data-view {view_id, group?}: one point per school year of the team's data view, all or none.
http::Response points_from_data_view(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto view_id = body->required_integer("view_id");
    const auto group = body->optional_string("group", 64).value_or("ALL");
    if (!body->ok()) return body->problem();
    const auto made = actions::add_points_from_data_view(caller(c), c.id(), *view_id, group);
    if (!made) return problem_for(made.error());
    auto answer = measure_json(c, made->measure);
    answer["added_years"] = json::value_from(made->added_years);
    answer["withheld_years"] = json::value_from(made->withheld_years);
    return created(answer, fmt::format("/api/v1/measures/{}", c.id()));
}

}  // namespace

void add_measure_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back(
        {"GET", "/api/v1/teams/{id}/measures", Guard::read(ResourceKind::team), list_measures, access::team_readers});
    routes.push_back({"POST", "/api/v1/teams/{id}/measures", Guard::contribute(ResourceKind::team), create_measure,
                      access::team_contributors});
    routes.push_back(
        {"GET", "/api/v1/measures/{id}", Guard::read(ResourceKind::measure), get_measure, access::team_readers});
    routes.push_back({"PATCH", "/api/v1/measures/{id}", Guard::contribute(ResourceKind::measure), set_baseline,
                      access::team_contributors});
    routes.push_back({"POST", "/api/v1/measures/{id}/points", Guard::contribute(ResourceKind::measure), add_point,
                      access::team_contributors});
    routes.push_back({"POST", "/api/v1/measures/{id}/points/import", Guard::contribute(ResourceKind::measure),
                      import_points, access::team_contributors});
    routes.push_back({"POST", "/api/v1/measures/{id}/points/from-data-view", Guard::contribute(ResourceKind::measure),
                      points_from_data_view, access::team_contributors});
    routes.push_back({"PUT", "/api/v1/measures/{id}/points/{date}", Guard::contribute(ResourceKind::measure),
                      correct_point, access::team_contributors});
    routes.push_back({"DELETE", "/api/v1/measures/{id}/points/{date}", Guard::contribute(ResourceKind::measure),
                      remove_point, access::team_contributors});
}

}  // namespace trellis::api
