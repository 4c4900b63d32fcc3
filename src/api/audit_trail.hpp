#pragma once
// Recording what happens to a district's student data (store/audit.hpp): handlers call record_audit() in the
// request, so the record and the change commit together, and a read that cannot be recorded is not served.
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

#include "api/route.hpp"

namespace trellis::api {

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

// Who (the caller), when (now), from where (the client's address, through a trusted proxy only), what.
void record_audit(RequestContext& c, std::int64_t organization_id, AuditAction action, boost::json::object detail);

}  // namespace trellis::api
