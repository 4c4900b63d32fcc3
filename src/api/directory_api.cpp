// The statewide directory (issue 14): search and an organization's public profile, for any signed-in person.
// Only public facts leave here (what the state's and NCES's files say): never members, teams, networks or
// student data, which is why these answers are built from store/directory.hpp and not from the organization's
// own shape.
#include <charconv>

#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/data_support.hpp"
#include "api/json_body.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/store/directory.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::int64_t kPageSize = 25;
constexpr std::int64_t kMaxPageSize = 100;

json::value or_null(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value or_null(const std::optional<std::int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }

json::object summary_json(const store::DirectoryRecord& r) {
    return {{"id", r.id},
            {"name", r.name},
            {"kind", r.kind},
            {"cds_code", r.cds_code.empty() ? json::value(nullptr) : json::value(r.cds_code)},
            {"county", or_null(r.county)},
            {"status", r.status},
            {"charter", r.charter},
            {"grades", or_null(r.grades)},
            {"enrollment", or_null(r.profile.enrollment)}};
}

json::object profile_json(const store::DirectoryRecord& r) {
    auto out = summary_json(r);
    json::array spans;
    for (const auto& s : r.grade_spans) spans.emplace_back(s);
    out["nces_id"] = or_null(r.nces_id);
    out["grade_spans"] = std::move(spans);
    out["in_directory"] = r.directory_source.has_value();
    out["directory_source"] = or_null(r.directory_source);
    out["figures"] = json::object{{"enrollment", or_null(r.profile.enrollment)},
                                  {"low_income", or_null(r.profile.low_income)},
                                  {"english_learners", or_null(r.profile.english_learners)},
                                  {"foster", or_null(r.profile.foster)},
                                  {"homeless", or_null(r.profile.homeless)},
                                  {"source", or_null(r.profile.source)}};
    out["locale"] = or_null(r.profile.locale);
    return out;
}

std::string query_value(const RequestContext& c, const std::string& name) {
    const auto it = c.request.query.find(name);
    return it == c.request.query.end() ? std::string() : it->second;
}

std::optional<std::int64_t> positive(const std::string& text) {
    std::int64_t n = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (error != std::errc() || end != text.data() + text.size() || n < 1) return std::nullopt;
    return n;
}

http::Response search(RequestContext& c) {
    store::DirectoryQuery query;
    query.text = query_value(c, "q");
    query.county = query_value(c, "county");
    query.kind = query_value(c, "kind");
    query.status = query_value(c, "status");
    if (query.text.size() > 200) return validation_problem("q", "must be at most 200 characters");
    if (!query.kind.empty() && query.kind != "county_office" && query.kind != "district" && query.kind != "school")
        return validation_problem("kind", "must be county_office, district or school");
    if (!query.status.empty() && query.status != "open" && query.status != "closed")
        return validation_problem("status", "must be open or closed");
    std::int64_t page = 1;
    if (const auto text = query_value(c, "page"); !text.empty()) {
        const auto n = positive(text);
        if (!n || *n > 100000) return validation_problem("page", "must be a whole number from 1");
        page = *n;
    }
    query.limit = kPageSize;
    if (const auto text = query_value(c, "per_page"); !text.empty()) {
        const auto n = positive(text);
        if (!n || *n > kMaxPageSize) return validation_problem("per_page", "must be a whole number from 1 to 100");
        query.limit = *n;
    }
    query.offset = (page - 1) * query.limit;
    const auto found = store::search_directory(c.db, query);
    json::array results;
    for (const auto& r : found.records) results.push_back(summary_json(r));
    return json_response(
        200, json::object{
                 {"total", found.total}, {"page", page}, {"per_page", query.limit}, {"results", std::move(results)}});
}

http::Response counties(RequestContext& c) {
    json::array out;
    for (auto& county : store::directory_counties(c.db)) out.emplace_back(county);
    return json_response(200, json::object{{"counties", std::move(out)}});
}

http::Response profile(RequestContext& c) {
    const auto record = store::find_directory_record(c.db, c.id());
    // An organization the state's directory does not list is not public: only those who may read it see its
    // profile here, and anyone else gets the same 404 as for an id that does not exist.
    if (!record ||
        (!record->directory_source && !may(c, auth::ResourceKind::organization, auth::Action::read, record->id)))
        return not_found(fmt::format("organization {}", c.id()));
    auto out = profile_json(*record);
    out["parent"] = nullptr;
    if (record->parent_cds) {
        if (const auto parent = store::find_directory_record_by_cds(c.db, *record->parent_cds))
            out["parent"] = summary_json(*parent);
    }
    json::array schools;
    if (record->kind != "school" && !record->cds_code.empty()) {
        for (const auto& school : store::directory_schools_of(c.db, record->cds_code))
            schools.push_back(summary_json(school));
    }
    out["schools"] = std::move(schools);
    return json_response(200, out);
}

}  // namespace

void add_directory_routes(RouteTable& routes) {
    routes.push_back({"GET", "/api/v1/directory", Guard::signed_in(), search, access::signed_in});
    routes.push_back({"GET", "/api/v1/directory/counties", Guard::signed_in(), counties, access::signed_in});
    // Declared for D, which the directory does not list (the matrix's world); a directory entry answers any
    // signed-in caller (tests/test_directory.py).
    routes.push_back({"GET", "/api/v1/directory/{id}", Guard::signed_in(), profile, access::organization_readers});
}

}  // namespace trellis::api
