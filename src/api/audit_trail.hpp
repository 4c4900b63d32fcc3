#pragma once
// Recording what happens to a district's student data (store/audit.hpp): handlers call record_audit() in the
// request, so the record and the change commit together, and a read that cannot be recorded is not served.
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

#include "api/route.hpp"
#include "trellis/store/audit.hpp"

namespace trellis::api {

using store::audit_action_name;
using store::AuditAction;
using store::parse_audit_action;

// Who (the caller), when (now), from where (the client's address, through a trusted proxy only), what.
void record_audit(RequestContext& c, std::int64_t organization_id, AuditAction action, boost::json::object detail);

}  // namespace trellis::api
