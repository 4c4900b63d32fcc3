#pragma once
// The audit trail of a district's student data (table audit_events, migration 6): who read its full counts,
// exported, shared or stopped sharing, imported or deleted, when, and from which address. Rows are only ever
// added: nothing in Trellis edits or removes one (deleting the district's data keeps its trail); they go when
// the organization itself is deleted.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

// What happened to the data: the audit trail's vocabulary, shared by the API that records it and the demo.
enum class AuditAction {
    data_read,            // the full analysis (every count) as JSON
    data_export,          // the full analysis downloaded as CSV
    data_share,           // an indicator-year shared with the district's networks
    data_unshare,         // ... and no longer
    data_import,          // a file or manual counts stored
    data_delete,          // the district's student data deleted on request
    organization_export,  // everything Trellis holds for the organization, downloaded
};
// "data.read", ...: a switch without a default, so every action has its name (-Wswitch is an error).
std::string_view audit_action_name(AuditAction action);
std::optional<AuditAction> parse_audit_action(std::string_view name);

struct AuditEvent {
    std::int64_t id = 0;
    std::int64_t organization_id = 0;
    std::optional<std::int64_t> user_id;  // null once the account is gone; user_name stays
    std::string user_name;
    std::string action;  // e.g. data.read, data.share (api/audit_trail.hpp lists them)
    std::string detail;  // JSON object text: indicator, year, format, counts deleted...
    std::string client_address;
    std::int64_t created_at = 0;
};

// Written in the caller's transaction, if any: a change and its record commit together.
void record_audit_event(Connection& db, const AuditEvent& event);

struct AuditQuery {
    std::int64_t organization_id = 0;
    std::optional<std::string> action;      // only this action
    std::optional<std::int64_t> before_id;  // the page after the one ending with this id
    std::int64_t limit = 50;
};
// Newest first (ids grow with time).
std::vector<AuditEvent> audit_events(Connection& db, const AuditQuery& query);

}  // namespace trellis::store
