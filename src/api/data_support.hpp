#pragma once
// What the data routes (data_api.cpp, teachers_api.cpp) share: the district an organization's data belongs
// to, query parameters, settings and manual counts read from JSON.
#include <boost/json/value.hpp>

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "api/json_body.hpp"
#include "api/route.hpp"
#include "trellis/analytics/column_mapping.hpp"
#include "trellis/analytics/indicators.hpp"
#include "trellis/store/student_data.hpp"

namespace trellis::api {

// The organization's district code (its CDS code, which must be a district's: ending in 0000000), or a 409
// saying the organization needs one before it holds data.
std::expected<std::string, http::Response> district_of_organization(const RequestContext& c);

std::string query_param(const RequestContext& c, const std::string& name);
// `year` as the first calendar year of a school year (1990-2100); nullopt when absent and not required.
std::expected<std::optional<int>, http::Response> year_param(const RequestContext& c, bool required);
// The organization's saved mapping named by id, parsed.
std::expected<analytics::ColumnMapping, http::Response> saved_mapping(RequestContext& c, const std::string& id_text);

// The policy's answer for the caller and this organization's data (or another resource's, by id), for a
// handler that shapes its answer by it.
bool may(RequestContext& c, auth::ResourceKind kind, auth::Action action);
bool may(RequestContext& c, auth::ResourceKind kind, auth::Action action, std::int64_t resource_id);

// The name Trellis holds for a district or school by its CDS code (the organization with that code): a person
// reads schools by name, not by code. Null when no organization has the code (the page then says "School <code>").
boost::json::value place_name(store::Connection& db, const std::string& cds_code);

boost::json::value settings_json(const store::DataSettings& settings);
store::DataSettings read_settings(JsonBody& body, const store::DataSettings& current);

// {org_code?, year, indicator, direction, groups: [{group, denominator, numerator}]}: one indicator-year,
// with ALL among the groups. Errors are collected in `body`.
std::vector<analytics::IndicatorCount> read_manual_counts(JsonBody& body, const std::string& district_code,
                                                          std::size_t max_groups);
// {name, mapping}: the mapping is checked with analytics::parse_column_mapping; errors name its JSON path.
void read_mapping_fields(JsonBody& body, store::SavedMapping& mapping);

}  // namespace trellis::api
