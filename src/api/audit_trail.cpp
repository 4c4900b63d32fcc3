#include "api/audit_trail.hpp"

#include <boost/json.hpp>

#include "api/client_address.hpp"
#include "trellis/store/audit.hpp"

namespace trellis::api {

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
