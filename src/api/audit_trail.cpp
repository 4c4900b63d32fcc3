#include "api/audit_trail.hpp"

#include <boost/json.hpp>

#include "api/client_address.hpp"
#include "trellis/store/audit.hpp"

namespace trellis::api {

std::string_view audit_action_name(AuditAction action) {
    switch (action) {
        case AuditAction::data_read: return "data.read";
        case AuditAction::data_export: return "data.export";
        case AuditAction::data_share: return "data.share";
        case AuditAction::data_unshare: return "data.unshare";
        case AuditAction::data_import: return "data.import";
        case AuditAction::data_delete: return "data.delete";
        case AuditAction::organization_export: return "organization.export";
    }
    return "unknown";  // unreachable: every enumerator is named above
}

std::optional<AuditAction> parse_audit_action(std::string_view name) {
    for (auto action : {AuditAction::data_read, AuditAction::data_export, AuditAction::data_share,
                        AuditAction::data_unshare, AuditAction::data_import, AuditAction::data_delete,
                        AuditAction::organization_export}) {
        if (audit_action_name(action) == name) return action;
    }
    return std::nullopt;
}

void record_audit(RequestContext& c, std::int64_t organization_id, AuditAction action, boost::json::object detail) {
    store::AuditEvent event;
    event.organization_id = organization_id;
    event.user_id = c.principal.user_id;
    event.user_name = c.principal.name;
    event.action = audit_action_name(action);
    event.detail = boost::json::serialize(detail);
    event.client_address = client_address(c.request, c.services.trusted_proxies);
    event.created_at = c.services.now();
    store::record_audit_event(c.db, event);
}

}  // namespace trellis::api
