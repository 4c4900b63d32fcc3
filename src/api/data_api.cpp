// Student data review (issue 5): imports, the equity analysis (full inside the district, suppressed for
// sharing), manual counts, analysis settings, saved column mappings and what the district shares with its
// networks. Every count is the district's: org_code is its CDS code or one of its schools'.
#include <fmt/format.h>
#include <algorithm>
#include <boost/json.hpp>
#include <chrono>

#include "api/action_calls.hpp"
#include "api/audit_trail.hpp"
#include "api/data_support.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/actions/data_imports.hpp"
#include "trellis/analytics/column_mapping.hpp"
#include "trellis/api/data_reports.hpp"
#include "trellis/api/metrics.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/http/validation_problem.hpp"
#include "trellis/store/student_data.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxManualGroups = 200;

json::value import_json(const store::ImportRecord& r) {
    json::value summary;
    try {
        summary = json::parse(r.summary);
    } catch (const std::exception&) {
        summary = json::object{};
    }
    return json::object{{"id", r.id},
                        {"kind", r.kind},
                        {"year", r.year ? json::value(*r.year) : json::value(nullptr)},
                        {"filename", r.filename},
                        {"rows", r.rows_read},
                        {"counts", r.counts_stored},
                        {"summary", std::move(summary)},
                        {"created_by_name", r.created_by_name},
                        {"created_at", rfc3339(r.created_at)}};
}

json::value mapping_json(const store::SavedMapping& m) {
    json::value mapping;
    try {
        mapping = json::parse(m.mapping);
    } catch (const std::exception&) {
        mapping = json::object{};
    }
    return json::object{{"id", m.id},
                        {"name", m.name},
                        {"mapping", std::move(mapping)},
                        {"version", m.version},
                        {"updated_at", rfc3339(m.updated_at)}};
}

json::value share_json(const store::DataShare& s) {
    return json::object{{"indicator", s.indicator},
                        {"year", s.year},
                        {"shared_by_name", s.shared_by_name},
                        {"shared_at", rfc3339(s.shared_at)}};
}

// ------------------------------------------------------------------------------------------ overview

http::Response get_data(RequestContext& c) {
    auto district = district_of_organization(c);
    json::array indicators, shares, imports, mappings;
    if (!district) {
        // Not a district (yet): nothing stored; the page explains that a district CDS code comes first.
        return json_response(200, json::object{{"organization_id", c.id()},
                                               {"district_code", nullptr},
                                               {"settings", settings_json(store::data_settings(c.db, c.id()))},
                                               {"indicators", json::array{}},
                                               {"place_names", json::object{}},
                                               {"shares", json::array{}},
                                               {"imports", json::array{}},
                                               {"mappings", json::array{}}});
    }
    json::object place_names{{*district, place_name(c.db, *district)}};  // every code shown, by name where known
    for (const auto& s : store::district_indicators(c.db, *district)) {
        json::array years, orgs;
        for (const auto y : s.years) years.emplace_back(y);
        for (const auto& code : store::indicator_org_codes(c.db, *district, s.indicator)) {
            orgs.emplace_back(code);
            if (!place_names.contains(code)) place_names[code] = place_name(c.db, code);
        }
        indicators.push_back(json::object{{"indicator", s.indicator},
                                          {"direction", analytics::to_string(s.direction)},
                                          {"years", std::move(years)},
                                          {"org_codes", std::move(orgs)}});
    }
    for (const auto& s : store::data_shares(c.db, c.id())) shares.push_back(share_json(s));
    for (const auto& r : store::list_imports(c.db, c.id())) imports.push_back(import_json(r));
    for (const auto& m : store::list_mappings(c.db, c.id())) mappings.push_back(mapping_json(m));
    return json_response(200, json::object{{"organization_id", c.id()},
                                           {"district_code", *district},
                                           {"settings", settings_json(store::data_settings(c.db, c.id()))},
                                           {"indicators", std::move(indicators)},
                                           {"place_names", std::move(place_names)},
                                           {"shares", std::move(shares)},
                                           {"imports", std::move(imports)},
                                           {"mappings", std::move(mappings)}});
}

http::Response list_data_imports(RequestContext& c) {
    json::array imports;
    for (const auto& r : store::list_imports(c.db, c.id())) imports.push_back(import_json(r));
    return json_response(200, json::object{{"imports", std::move(imports)}});
}

// ------------------------------------------------------------------------------------------ imports

http::Response import_file(RequestContext& c) {
    auto district = district_of_organization(c);
    if (!district) return district.error();
    const auto kind_text = query_param(c, "kind");
    const auto kind = actions::parse_import_kind(kind_text);
    if (!kind) {
        return validation_problem(
            "kind", fmt::format("must be students, aggregate, profiles, teachers or dashboard, got \"{}\"", kind_text));
    }
    actions::ImportRequest request;
    request.kind = *kind;
    request.organization_id = c.id();
    request.district_code = *district;
    request.filename = query_param(c, "filename").substr(0, 200);
    request.by = c.principal.user_id;
    request.by_name = c.principal.name;
    request.now = c.services.now();
    if (*kind == actions::ImportKind::dashboard) {
        auto year = year_param(c, true);
        if (!year) return year.error();
        request.year = **year;
        // suspension | chronic_absence; without it, the action reads it from the file name or says to give it.
        if (const auto indicator = query_param(c, "indicator"); !indicator.empty()) request.indicator = indicator;
    }
    if (*kind == actions::ImportKind::students) {
        auto year = year_param(c, true);
        if (!year) return year.error();
        request.year = **year;
        if (const auto mapping_id = query_param(c, "mapping_id"); !mapping_id.empty()) {
            auto mapping = saved_mapping(c, mapping_id);
            if (!mapping) return mapping.error();
            request.mapping = *mapping;
        }
    }
    if (c.request.body.empty() && c.request.body_file.empty()) {
        return http::ValidationProblem()
            .add("body", "is empty: send the file's contents as the request body", domain::code::kEmptyFile)
            .response();
    }
    const auto started = std::chrono::steady_clock::now();
    auto outcome = c.request.body_file.empty()
                       ? actions::import_data(c.db, request, actions::text_source(c.request.body))
                       : actions::import_data_file(c.db, request, c.request.body_file);
    if (c.services.metrics != nullptr) {
        c.services.metrics->observe_import(
            kind_text, outcome ? "stored" : "rejected",
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    }
    if (!outcome) return problem_for(outcome.error());
    const auto imports = store::list_imports(c.db, c.id());
    const auto& stored = imports.front();
    record_audit(c, c.id(), AuditAction::data_import,
                 json::object{{"import_id", stored.id},
                              {"kind", stored.kind},
                              {"year", stored.year ? json::value(*stored.year) : json::value(nullptr)},
                              {"filename", stored.filename},
                              {"counts", stored.counts_stored}});
    return created(json::object{{"import", import_json(stored)},
                                {"summary", json::parse(store::encode_import_summary(outcome->summary))}},
                   fmt::format("/api/v1/organizations/{}/data/imports", c.id()));
}

// ------------------------------------------------------------------------------------------ analysis

http::Response get_analysis(RequestContext& c) {
    auto district = district_of_organization(c);
    if (!district) return not_found(fmt::format("data of organization {}, which has no district CDS code", c.id()));
    actions::AnalysisQuery query;
    query.org_code = query_param(c, "org_code").empty() ? *district : query_param(c, "org_code");
    if (store::district_of(query.org_code) != *district) {
        return validation_problem("org_code",
                                  fmt::format("{} is not this district or one of its schools", query.org_code));
    }
    const auto view = query_param(c, "view").empty() ? std::string("full") : query_param(c, "view");
    if (view != "full" && view != "shared")
        return validation_problem("view", fmt::format("must be full or shared, got \"{}\"", view));
    const auto format = query_param(c, "format").empty() ? std::string("json") : query_param(c, "format");
    if (format != "json" && format != "csv")
        return validation_problem("format", fmt::format("must be json or csv, got \"{}\"", format));
    auto year = year_param(c, false);
    if (!year) return year.error();
    query.year = *year;
    if (const auto indicator = query_param(c, "indicator"); !indicator.empty()) {
        if (!analytics::valid_indicator_name(indicator))
            return validation_problem("indicator", "is not an indicator name");
        query.indicator = indicator;
    }
    query.settings = store::data_settings(c.db, c.id()).analysis;
    const bool insider = may(c, auth::ResourceKind::student_data, auth::Action::read);
    query.shared = view == "shared" || !insider;
    if (!insider) {
        // Outside the district only what it chose to share, and only suppressed.
        if (!query.indicator || !query.year || !store::is_shared(c.db, c.id(), *query.indicator, *query.year)) {
            return not_found("a shared view of this indicator and year");
        }
    }
    if (query.shared) {
        for (const auto& s : store::data_shares(c.db, c.id())) query.shared_years.emplace(s.indicator, s.year);
        query.preview_unshared = insider;  // the district looks at a year as it would share it
    }
    const auto reports = actions::analyze_organization(c.db, query);
    if (query.indicator && reports.empty()) {
        return not_found(fmt::format("data for {} in {}{}", *query.indicator, query.org_code,
                                     query.year ? fmt::format(" for {}", *query.year) : ""));
    }
    if (!query.shared) {
        // Every count, small ones included: recorded for the district's admins before it is served.
        json::object detail{{"indicator", query.indicator ? json::value(*query.indicator) : json::value(nullptr)},
                            {"year", query.year ? json::value(*query.year) : json::value(nullptr)},
                            {"org_code", query.org_code},
                            {"view", "full"},
                            {"format", format}};
        record_audit(c, c.id(), format == "csv" ? AuditAction::data_export : AuditAction::data_read, std::move(detail));
    }
    if (format == "csv") {
        http::Response r{200, {{"content-type", "text/csv; charset=utf-8"}}, report_csv(query, reports)};
        r.set_header("content-disposition", fmt::format("attachment; filename=\"trellis-{}-{}.csv\"", query.org_code,
                                                        query.shared ? "shared" : "full"));
        return r;
    }
    auto answer = report_json(query, reports).as_object();
    answer["org_name"] = place_name(c.db, query.org_code);
    return json_response(200, answer);
}

// ------------------------------------------------------------------------------------------ manual counts

http::Response put_counts(RequestContext& c) {
    auto district = district_of_organization(c);
    if (!district) return district.error();
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    auto counts = read_manual_counts(*body, *district, kMaxManualGroups);
    if (!body->ok()) return body->problem();
    const auto import_id = actions::record_manual_counts(caller(c), c.id(), counts);
    record_audit(c, c.id(), AuditAction::data_import,
                 json::object{{"import_id", import_id},
                              {"kind", "manual"},
                              {"indicator", counts.front().indicator},
                              {"year", counts.front().year},
                              {"org_code", counts.front().org_code},
                              {"counts", counts.size()}});
    actions::AnalysisQuery query;
    query.org_code = counts.front().org_code;
    query.year = counts.front().year;
    query.indicator = counts.front().indicator;
    query.settings = store::data_settings(c.db, c.id()).analysis;
    auto answer = report_json(query, actions::analyze_organization(c.db, query)).as_object();
    answer["org_name"] = place_name(c.db, query.org_code);
    return json_response(200, answer);
}

// ------------------------------------------------------------------------------------------ settings, shares

http::Response get_settings(RequestContext& c) {
    return json_response(200, settings_json(store::data_settings(c.db, c.id())));
}

http::Response put_settings(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto version = body->required_integer("version");
    auto current = store::data_settings(c.db, c.id());
    auto updated = read_settings(*body, current);
    if (!body->ok()) return body->problem();
    if (*version != current.version || !store::save_data_settings(c.db, c.id(), updated, *version)) {
        return stale_edit("This district's data settings", *version, settings_json(store::data_settings(c.db, c.id())));
    }
    return json_response(200, settings_json(store::data_settings(c.db, c.id())));
}

http::Response put_share(RequestContext& c) {
    auto district = district_of_organization(c);
    if (!district) return district.error();
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto indicator = body->required_string("indicator", 64);
    const auto year = body->required_integer("year");
    const auto shared = body->optional_bool("shared");
    if (!body->has("shared")) body->add_error("shared", "is required: true to share, false to stop sharing");
    if (!body->ok()) return body->problem();
    const auto years = store::indicator_counts(c.db, *district, *indicator);
    if (years.empty()) return not_found(fmt::format("data for {} in this district", *indicator));
    // A share of a year without counts would be listed to partners and show them nothing; stopping one is always
    // allowed.
    const bool has_year = std::ranges::any_of(years, [&](const auto& y) { return y.year == *year; });
    if (*shared && !has_year) return not_found(fmt::format("{} data for {} in this district", *indicator, *year));
    const bool was_shared = store::is_shared(c.db, c.id(), *indicator, static_cast<int>(*year));
    if (*shared) {
        store::share_view(c.db, c.id(), *indicator, static_cast<int>(*year), c.principal.user_id, c.principal.name,
                          c.services.now());
    } else {
        store::unshare_view(c.db, c.id(), *indicator, static_cast<int>(*year));
    }
    if (was_shared != *shared) {  // a change of what leaves the district; asking again changes nothing
        record_audit(c, c.id(), *shared ? AuditAction::data_share : AuditAction::data_unshare,
                     json::object{{"indicator", *indicator}, {"year", *year}});
    }
    json::array shares;
    for (const auto& s : store::data_shares(c.db, c.id())) shares.push_back(share_json(s));
    return json_response(200, json::object{{"shares", std::move(shares)}});
}

// What every participant of a network has shared: the suppressed views its partners may open.
http::Response network_shared_data(RequestContext& c) {
    json::array list;
    for (const auto& n : store::network_data_shares(c.db, c.id())) {
        list.push_back(json::object{{"organization_id", n.organization_id},
                                    {"organization_name", n.organization_name},
                                    {"indicator", n.share.indicator},
                                    {"year", n.share.year},
                                    {"shared_by_name", n.share.shared_by_name},
                                    {"shared_at", rfc3339(n.share.shared_at)}});
    }
    return json_response(200, json::object{{"shared", std::move(list)}});
}

// ------------------------------------------------------------------------------------------ mappings

http::Response list_mappings(RequestContext& c) {
    json::array list;
    for (const auto& m : store::list_mappings(c.db, c.id())) list.push_back(mapping_json(m));
    return json_response(200, json::object{{"mappings", std::move(list)}});
}

http::Response create_mapping(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::SavedMapping m;
    m.organization_id = c.id();
    read_mapping_fields(*body, m);
    if (!body->ok()) return body->problem();
    for (const auto& existing : store::list_mappings(c.db, c.id())) {
        if (existing.name == m.name)
            return conflict(fmt::format("name: a mapping named \"{}\" already exists", m.name));
    }
    const auto id = store::insert_mapping(c.db, m, c.services.now());
    return created(mapping_json(*store::find_mapping(c.db, c.id(), id)),
                   fmt::format("/api/v1/organizations/{}/data/mappings/{}", c.id(), id));
}

http::Response update_mapping(RequestContext& c) {
    auto current = store::find_mapping(c.db, c.id(), c.id("mapping_id"));
    if (!current) return not_found(fmt::format("mapping {}", c.id("mapping_id")));
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto version = body->required_integer("version");
    auto updated = *current;
    read_mapping_fields(*body, updated);
    if (!body->ok()) return body->problem();
    updated.version = *version;
    if (*version != current->version || !store::update_mapping(c.db, updated, c.services.now())) {
        return stale_edit("This mapping", *version, mapping_json(*current));
    }
    return json_response(200, mapping_json(*store::find_mapping(c.db, c.id(), current->id)));
}

http::Response delete_mapping(RequestContext& c) {
    if (!store::delete_mapping(c.db, c.id(), c.id("mapping_id")))
        return not_found(fmt::format("mapping {}", c.id("mapping_id")));
    return no_content();
}

http::Response suggest_mapping(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    auto header = body->string_list("header", 512, 200);
    if (!body->has("header")) body->add_error("header", "is required: the column names of the file's first line");
    if (!body->ok()) return body->problem();
    const auto suggested = analytics::suggest_mapping(*header);
    return json_response(200, json::object{{"mapping", json::parse(analytics::to_json(suggested))}});
}

}  // namespace

void add_data_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const std::string base = "/api/v1/organizations/{id}/data";
    routes.push_back({"GET", base, Guard::read(ResourceKind::student_data), get_data, access::student_data_readers});
    routes.push_back({"GET", base + "/imports", Guard::read(ResourceKind::student_data), list_data_imports,
                      access::student_data_readers});
    routes.push_back({"POST", base + "/imports", Guard::manage(ResourceKind::student_data), import_file,
                      access::student_data_managers});
    routes.back().upload = true;  // checked before its body is read; the body arrives as a file
    // Insiders get the full view (or the shared one on request); outsiders only what was shared, suppressed.
    routes.push_back(
        {"GET", base + "/analysis", Guard::read(ResourceKind::shared_data), get_analysis, access::shared_data_readers});
    routes.push_back({"PUT", base + "/counts", Guard::manage(ResourceKind::student_data), put_counts,
                      access::student_data_managers});
    routes.push_back({"GET", base + "/settings", Guard::read(ResourceKind::student_data), get_settings,
                      access::student_data_readers});
    routes.push_back({"PUT", base + "/settings", Guard::manage(ResourceKind::student_data), put_settings,
                      access::student_data_managers});
    routes.push_back(
        {"PUT", base + "/shares", Guard::manage(ResourceKind::student_data), put_share, access::student_data_managers});
    routes.push_back({"GET", base + "/mappings", Guard::read(ResourceKind::student_data), list_mappings,
                      access::student_data_readers});
    routes.push_back({"POST", base + "/mappings", Guard::manage(ResourceKind::student_data), create_mapping,
                      access::student_data_managers});
    routes.push_back({"POST", base + "/mappings/suggest", Guard::manage(ResourceKind::student_data), suggest_mapping,
                      access::student_data_managers});
    routes.push_back({"PUT", base + "/mappings/{mapping_id}", Guard::manage(ResourceKind::student_data), update_mapping,
                      access::student_data_managers});
    routes.push_back({"DELETE", base + "/mappings/{mapping_id}", Guard::manage(ResourceKind::student_data),
                      delete_mapping, access::student_data_managers});
    routes.push_back({"GET", "/api/v1/networks/{id}/shared-data", Guard::read(ResourceKind::network),
                      network_shared_data, access::network_readers});
}

}  // namespace trellis::api
