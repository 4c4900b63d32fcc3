// A district's records, its admins' alone (issue 9): the audit trail of its student data, everything Trellis
// holds for it as one JSON download, and the deletion of its student data on request (California's
// student-privacy law makes the records the district's). The guard is the policy's: managing the organization.
#include <fmt/format.h>
#include <boost/json.hpp>

#include <charconv>

#include "api/audit_trail.hpp"
#include "api/data_support.hpp"
#include "api/json_body.hpp"
#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/store/audit.hpp"
#include "trellis/store/organization_records.hpp"
#include "trellis/store/organizations.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::int64_t kDefaultAuditPage = 50;
constexpr std::int64_t kMaxAuditPage = 200;

// A whole number from 1 to `max` in the query string; nullopt when absent.
std::expected<std::optional<std::int64_t>, http::Response> count_param(const RequestContext& c, const std::string& name,
                                                                       std::int64_t max) {
    const auto text = query_param(c, name);
    if (text.empty()) return std::optional<std::int64_t>{};
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > max) {
        return std::unexpected(
            validation_problem(name, fmt::format("must be a whole number from 1 to {}, got \"{}\"", max, text)));
    }
    return std::optional<std::int64_t>{value};
}

json::value detail_json(const std::string& text) {
    try {
        return json::parse(text);
    } catch (const std::exception&) {
        return json::object{};
    }
}

json::value audit_event_json(const store::AuditEvent& e) {
    return json::object{{"id", e.id},
                        {"action", e.action},
                        {"user_id", or_null(e.user_id)},
                        {"user_name", e.user_name},
                        {"detail", detail_json(e.detail)},
                        {"client_address", e.client_address},
                        {"created_at", rfc3339(e.created_at)}};
}

// GET /organizations/{id}/audit?action=&before=&limit=: newest first; next_before pages on.
http::Response list_audit_events(RequestContext& c) {
    store::AuditQuery query;
    query.organization_id = c.id();
    if (const auto action = query_param(c, "action"); !action.empty()) {
        if (!parse_audit_action(action)) {
            return validation_problem("action", fmt::format("must be one of data.read, data.export, data.share, "
                                                            "data.unshare, data.import, data.delete, "
                                                            "organization.export, got \"{}\"",
                                                            action));
        }
        query.action = action;
    }
    const auto limit = count_param(c, "limit", kMaxAuditPage);
    if (!limit) return limit.error();
    const auto before = count_param(c, "before", INT64_MAX);
    if (!before) return before.error();
    query.limit = limit->value_or(kDefaultAuditPage);
    query.before_id = *before;
    json::array events;
    const auto found = store::audit_events(c.db, query);
    for (const auto& e : found) events.push_back(audit_event_json(e));
    const bool more = static_cast<std::int64_t>(found.size()) == query.limit;
    return json_response(200,
                         json::object{{"events", std::move(events)},
                                      {"next_before", more ? json::value(found.back().id) : json::value(nullptr)}});
}

json::value cell_json(const store::Row& row, std::size_t i, store::ColumnKind kind) {
    if (row.is_null(i)) return nullptr;
    switch (kind) {
        case store::ColumnKind::text:
            return json::value(row.text(i));
        case store::ColumnKind::integer:
            return json::value(row.integer(i));
        case store::ColumnKind::real:
            return json::value(row.real(i));
        case store::ColumnKind::flag:
            return json::value(row.integer(i) != 0);
        case store::ColumnKind::time:
            return json::value(rfc3339(row.integer(i)));
        case store::ColumnKind::json:
            return detail_json(row.text(i));
    }
    return nullptr;  // unreachable: every kind is handled above
}

json::value section_json(const store::RecordSection& section) {
    json::array rows;
    for (const auto& row : section.rows) {
        json::object object;
        for (std::size_t i = 0; i < section.columns.size(); ++i) {
            object[section.columns[i].name] = cell_json(row, i, section.columns[i].kind);
        }
        rows.push_back(std::move(object));
    }
    if (!section.single) return rows;
    return rows.empty() ? json::value(nullptr) : rows.front();
}

// GET /organizations/{id}/export: one JSON document, downloaded as a file. Recorded first, so the document's
// own audit trail shows this export.
http::Response export_records(RequestContext& c) {
    record_audit(c, c.id(), AuditAction::organization_export, json::object{{"format", "json"}});
    json::object document{{"format", "trellis-organization-records"},
                          {"version", 1},
                          {"exported_at", rfc3339(c.services.now())},
                          {"exported_by", c.principal.name}};
    for (const auto& section : store::organization_records(c.db, c.id())) {
        document[section.name] = section_json(section);
    }
    http::Response r = json_response(200, document);
    r.set_header("content-disposition", fmt::format("attachment; filename=\"trellis-organization-{}-{}.json\"", c.id(),
                                                    rfc3339(c.services.now()).substr(0, 10)));
    r.set_header("cache-control", "no-store");
    return r;
}

// POST /organizations/{id}/data/delete {"confirm": "<the organization's name>"}: the name, typed, is the
// confirmation that the admin means this district and means it.
http::Response delete_data(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto organization = store::find_organization(c.db, c.id());
    const auto confirm = body->optional_string("confirm", 400);
    if (!confirm || *confirm != organization->name) {
        body->add_error("confirm", fmt::format("must be the organization's name, \"{}\", to confirm the deletion",
                                               organization->name));
    }
    if (!body->ok()) return body->problem();
    store::DeletedStudentData deleted;
    if (organization->cds_code) deleted = store::delete_student_data(c.db, c.id(), *organization->cds_code);
    const json::object counts{{"indicator_counts", deleted.indicator_counts},
                              {"data_imports", deleted.data_imports},
                              {"data_shares", deleted.data_shares},
                              {"guide_data_views", deleted.guide_data_views}};
    record_audit(c, c.id(), AuditAction::data_delete, json::object{{"deleted", counts}});
    return json_response(
        200,
        json::object{{"deleted", counts},
                     {"kept", json::array{"column_mappings", "data_settings", "teacher_profiles", "audit_events"}}});
}

}  // namespace

void add_organization_records_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const std::string base = "/api/v1/organizations/{id}";
    // The district's admins only: whoever else may see the organization is told no (403), anyone else learns
    // nothing (404), as the policy's managing an organization says.
    routes.push_back({"GET", base + "/audit", Guard::manage(ResourceKind::organization), list_audit_events,
                      access::organization_managers});
    routes.push_back({"GET", base + "/export", Guard::manage(ResourceKind::organization), export_records,
                      access::organization_managers});
    routes.push_back({"POST", base + "/data/delete", Guard::manage(ResourceKind::organization), delete_data,
                      access::organization_managers});
}

}  // namespace trellis::api
