#include "trellis/store/audit.hpp"

namespace trellis::store {

std::string_view audit_action_name(AuditAction action) {
    switch (action) {
        case AuditAction::data_read:
            return "data.read";
        case AuditAction::data_export:
            return "data.export";
        case AuditAction::data_share:
            return "data.share";
        case AuditAction::data_unshare:
            return "data.unshare";
        case AuditAction::data_import:
            return "data.import";
        case AuditAction::data_delete:
            return "data.delete";
        case AuditAction::organization_export:
            return "organization.export";
    }
    return "unknown";  // unreachable: every enumerator is named above
}

std::optional<AuditAction> parse_audit_action(std::string_view name) {
    for (auto action :
         {AuditAction::data_read, AuditAction::data_export, AuditAction::data_share, AuditAction::data_unshare,
          AuditAction::data_import, AuditAction::data_delete, AuditAction::organization_export}) {
        if (audit_action_name(action) == name) return action;
    }
    return std::nullopt;
}

void record_audit_event(Connection& db, const AuditEvent& e) {
    db.execute(
        "INSERT INTO audit_events (organization_id, user_id, user_name, action, detail, client_address, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {e.organization_id, param_or_null(e.user_id), e.user_name, e.action, e.detail, e.client_address, e.created_at});
}

std::vector<AuditEvent> audit_events(Connection& db, const AuditQuery& q) {
    std::string sql =
        "SELECT id, organization_id, user_id, user_name, action, detail, client_address, created_at FROM audit_events "
        "WHERE organization_id = ?";
    std::vector<Param> params{q.organization_id};
    if (q.action) {
        sql += " AND action = ?";
        params.emplace_back(*q.action);
    }
    if (q.before_id) {
        sql += " AND id < ?";
        params.emplace_back(*q.before_id);
    }
    sql += " ORDER BY id DESC LIMIT ?";
    params.emplace_back(q.limit);
    std::vector<AuditEvent> out;
    for (const auto& row : db.query(sql, params)) {
        out.push_back({row.integer(0), row.integer(1), row.optional_integer(2), row.text(3), row.text(4), row.text(5),
                       row.text(6), row.integer(7)});
    }
    return out;
}

}  // namespace trellis::store
