#include "api/data_support.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include <charconv>
#include <set>

#include "api/action_calls.hpp"
#include "api/responses.hpp"
#include "trellis/actions/districts.hpp"
#include "trellis/analytics/teacher_capacity.hpp"
#include "trellis/domain/problem_code.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/http/validation_problem.hpp"
#include "trellis/store/organizations.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

std::optional<std::int64_t> whole_number(const json::value& v) {
    if (v.is_int64()) return v.as_int64();
    if (v.is_uint64() && v.as_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
        return static_cast<std::int64_t>(v.as_uint64());
    return std::nullopt;
}

std::optional<double> number(const json::value& v) {
    if (v.is_double()) return v.as_double();
    if (auto n = whole_number(v)) return static_cast<double>(*n);
    return std::nullopt;
}

}  // namespace

std::expected<std::string, http::Response> district_of_organization(const RequestContext& c) {
    auto district = actions::district_code(c.db, c.id());
    if (!district) return std::unexpected(problem_for(district.error()));
    return *district;
}

std::string query_param(const RequestContext& c, const std::string& name) {
    const auto it = c.request.query.find(name);
    return it == c.request.query.end() ? std::string() : it->second;
}

std::expected<std::optional<int>, http::Response> year_param(const RequestContext& c, bool required) {
    const auto text = query_param(c, "year");
    if (text.empty()) {
        if (required)
            return std::unexpected(validation_problem(
                "year", "is required: the school year's first calendar year, e.g. 2024 for 2024-25"));
        return std::optional<int>{};
    }
    int year = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (ec != std::errc() || end != text.data() + text.size() || year < 1990 || year > 2100) {
        return std::unexpected(
            validation_problem("year", fmt::format("must be a year from 1990 to 2100, got \"{}\"", text)));
    }
    return std::optional<int>{year};
}

std::expected<analytics::ColumnMapping, http::Response> saved_mapping(RequestContext& c, const std::string& id_text) {
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
    if (ec != std::errc() || end != id_text.data() + id_text.size()) {
        return std::unexpected(
            validation_problem("mapping_id", fmt::format("must be a mapping id, got \"{}\"", id_text)));
    }
    const auto saved = store::find_mapping(c.db, c.id(), id);
    if (!saved) return std::unexpected(validation_problem("mapping_id", fmt::format("mapping {} was not found", id)));
    auto parsed = analytics::parse_column_mapping(saved->mapping);
    // A mapping saved before a rule changed: named, so the reader knows which one to open and correct.
    if (!parsed) {
        return std::unexpected(http::ValidationProblem()
                                   .add("mapping_id",
                                        fmt::format("mapping {} is not valid: {}", id, parsed.error().front().message),
                                        domain::code::kMappingInvalid, json::object{{"name", saved->name}})
                                   .response());
    }
    return *parsed;
}

bool may(RequestContext& c, auth::ResourceKind kind, auth::Action action) { return may(c, kind, action, c.id()); }

bool may(RequestContext& c, auth::ResourceKind kind, auth::Action action, std::int64_t resource_id) {
    return actions::may(caller(c), kind, action, resource_id);
}

json::value settings_json(const store::DataSettings& s) {
    json::array offers;
    for (const auto& o : s.offered_languages) {
        json::array programs;
        for (const auto& p : o.program_types) programs.emplace_back(p);
        offers.push_back(json::object{{"language", o.language}, {"program_types", std::move(programs)}});
    }
    return json::object{
        {"min_denominator", s.analysis.min_denominator}, {"under_ratio", s.analysis.under_ratio},
        {"over_ratio", s.analysis.over_ratio},           {"suppress_at_most", s.analysis.suppress_at_most},
        {"offered_languages", std::move(offers)},        {"version", s.version}};
}

store::DataSettings read_settings(JsonBody& body, const store::DataSettings& current) {
    auto s = current;
    const auto& o = body.object();
    if (const auto* v = o.if_contains("min_denominator")) {
        const auto n = whole_number(*v);
        if (n && *n >= 1 && *n <= 1000) s.analysis.min_denominator = *n;
        else body.add_error("min_denominator", "must be a whole number from 1 to 1000");
    }
    if (const auto* v = o.if_contains("under_ratio")) {
        const auto n = number(*v);
        if (n && *n > 0 && *n < 1) s.analysis.under_ratio = *n;
        else body.add_error("under_ratio", "must be a number between 0 and 1, e.g. 0.8");
    }
    if (const auto* v = o.if_contains("over_ratio")) {
        const auto n = number(*v);
        if (n && *n > 1 && *n <= 10) s.analysis.over_ratio = *n;
        else body.add_error("over_ratio", "must be a number above 1 and at most 10, e.g. 1.25");
    }
    if (const auto* v = o.if_contains("suppress_at_most")) {
        // Lowering the threshold below the state's 10 would expose small groups: refused.
        const auto n = whole_number(*v);
        if (n && *n >= 10 && *n <= 100) s.analysis.suppress_at_most = *n;
        else
            body.add_error("suppress_at_most",
                           "must be a whole number from 10 to 100 (counts up to it are hidden when shared)");
    }
    if (const auto* v = o.if_contains("offered_languages")) {
        s.offered_languages.clear();
        if (!v->is_array() || v->as_array().size() > 30) {
            body.add_error("offered_languages", "must be a list of at most 30 {language, program_types}");
        } else {
            for (std::size_t i = 0; i < v->as_array().size(); ++i) {
                const auto& item = v->as_array()[i];
                const auto where = fmt::format("offered_languages[{}]", i);
                const auto* language = item.is_object() ? item.as_object().if_contains("language") : nullptr;
                if (language == nullptr || !language->is_string() || language->as_string().empty() ||
                    language->as_string().size() > 60) {
                    body.add_error(where + ".language", "is required: a language name of at most 60 characters");
                    continue;
                }
                store::LanguageOfferSetting offer{std::string(language->as_string()), {}};
                if (const auto* programs = item.as_object().if_contains("program_types")) {
                    if (!programs->is_array()) {
                        body.add_error(where + ".program_types", "must be a list of program types");
                    } else {
                        for (const auto& p : programs->as_array()) {
                            if (p.is_string() && !p.as_string().empty() && p.as_string().size() <= 60)
                                offer.program_types.emplace_back(p.as_string());
                            else body.add_error(where + ".program_types", "must hold names of at most 60 characters");
                        }
                    }
                }
                offer.program_types = analytics::program_type_keys(offer.program_types);
                s.offered_languages.push_back(std::move(offer));
            }
        }
    }
    return s;
}

std::vector<analytics::IndicatorCount> read_manual_counts(JsonBody& body, const std::string& district_code,
                                                          std::size_t max_groups) {
    std::vector<analytics::IndicatorCount> out;
    const auto org_code = body.optional_string("org_code", 14).value_or(district_code);
    if (org_code.size() != 14 || store::district_of(org_code) != district_code) {
        body.add_error("org_code",
                       fmt::format("must be this district's CDS code or one of its schools', got \"{}\"", org_code));
    }
    const auto year = body.required_integer("year");
    if (year && (*year < 1990 || *year > 2100)) body.add_error("year", "must be a year from 1990 to 2100");
    const auto indicator = body.required_string("indicator", 64);
    if (indicator && !analytics::valid_indicator_name(*indicator)) {
        body.add_error("indicator", "must be 1-64 characters of a-z, 0-9, _, - and :, e.g. suspension");
    }
    const auto direction_text = body.required_string("direction", 20);
    const auto direction = direction_text ? analytics::parse_direction(*direction_text) : std::nullopt;
    if (direction_text && !direction) body.add_error("direction", "must be higher_is_better or lower_is_better");
    const auto* groups = body.object().if_contains("groups");
    if (groups == nullptr || !groups->is_array() || groups->as_array().empty()) {
        body.add_error("groups", "is required: a list of {group, denominator, numerator}, ALL among them");
        return out;
    }
    if (groups->as_array().size() > max_groups) {
        body.add_error("groups", fmt::format("holds more than {} groups", max_groups));
        return out;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < groups->as_array().size(); ++i) {
        const auto& g = groups->as_array()[i];
        const auto where = fmt::format("groups[{}]", i);
        if (!g.is_object()) {
            body.add_error(where, "must be an object {group, denominator, numerator}");
            continue;
        }
        const auto* code = g.as_object().if_contains("group");
        if (code == nullptr || !code->is_string() || !analytics::classify_group(std::string(code->as_string()))) {
            body.add_error(where + ".group", "must be a student group code such as ALL, HI, EL, SED, FOS or gender:f");
            continue;
        }
        const std::string group(code->as_string());
        if (!seen.insert(group).second) body.add_error(where + ".group", fmt::format("{} appears twice", group));
        const auto* d = g.as_object().if_contains("denominator");
        const auto* n = g.as_object().if_contains("numerator");
        // -1 stands for "not a count" (plain integers: g++ 12 misreads optionals here as uninitialized).
        const std::int64_t denominator = d ? whole_number(*d).value_or(-1) : -1;
        const std::int64_t numerator = n ? whole_number(*n).value_or(-1) : -1;
        if (denominator < 0) body.add_error(where + ".denominator", "must be a whole number, 0 or more");
        if (numerator < 0) body.add_error(where + ".numerator", "must be a whole number, 0 or more");
        if (denominator >= 0 && numerator > denominator) {
            body.add_error(where + ".numerator",
                           fmt::format("{} is more than the denominator {}", numerator, denominator));
        }
        if (body.ok() && year && indicator && direction) {
            out.push_back({org_code, static_cast<int>(*year), *indicator, *direction, group, denominator, numerator});
        }
    }
    if (!seen.contains("ALL"))
        body.add_error("groups", "must include ALL (every student), which the rates compare against");
    return out;
}

void read_mapping_fields(JsonBody& body, store::SavedMapping& m) {
    if (auto name = body.required_string("name", 100)) m.name = *name;
    const auto* mapping = body.object().if_contains("mapping");
    if (mapping == nullptr || !mapping->is_object()) {
        body.add_error("mapping", "is required: an object with columns, values, program_separator, program_grades");
        return;
    }
    const auto text = json::serialize(*mapping);
    auto parsed = analytics::parse_column_mapping(text);
    if (!parsed) {
        for (const auto& p : parsed.error()) body.add_error("mapping." + p.path, p.message, p.code, p.params);
        return;
    }
    m.mapping = analytics::to_json(*parsed);
}

json::value place_name(store::Connection& db, const std::string& cds_code) {
    const auto organization = store::find_organization_by_cds(db, cds_code);
    return organization ? json::value(organization->name) : json::value(nullptr);
}

}  // namespace trellis::api
