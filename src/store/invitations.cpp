#include "trellis/store/invitations.hpp"

namespace trellis::store {

std::int64_t insert_invitation(Connection& db, const std::string& token_hash, const Invitation& invitation,
                               std::int64_t invited_by, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO invitations (token_hash, organization_id, team_id, member_id, email, role, invited_by, "
        "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {token_hash, invitation.organization_id, param_or_null(invitation.team_id), param_or_null(invitation.member_id),
         invitation.email, invitation.role, invited_by, now, invitation.expires_at});
}

std::optional<Invitation> find_invitation(Connection& db, const std::string& token_hash) {
    const auto row = db.query_one(
        "SELECT i.id, i.organization_id, o.name, i.team_id, t.name, i.member_id, i.email, i.role, i.expires_at, "
        "i.accepted_at "
        "FROM invitations i JOIN organizations o ON o.id = i.organization_id "
        "LEFT JOIN teams t ON t.id = i.team_id WHERE i.token_hash = ?",
        {token_hash});
    if (!row) return std::nullopt;
    return Invitation{row->integer(0),       row->integer(1),          row->text(2), row->optional_integer(3),
                      row->optional_text(4), row->optional_integer(5), row->text(6), row->text(7),
                      row->integer(8),       row->optional_integer(9)};
}

bool mark_invitation_accepted(Connection& db, std::int64_t invitation_id, std::int64_t user_id, std::int64_t now) {
    return db.execute("UPDATE invitations SET accepted_at = ?, accepted_by = ? WHERE id = ? AND accepted_at IS NULL",
                      {now, user_id, invitation_id}) == 1;
}

void withdraw_seat_invitations(Connection& db, std::int64_t member_id) {
    db.execute("DELETE FROM invitations WHERE member_id = ? AND accepted_at IS NULL", {member_id});
}

}  // namespace trellis::store
