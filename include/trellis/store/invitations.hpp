#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct Invitation {
    std::int64_t id = 0;
    std::int64_t organization_id = 0;
    std::string organization_name;
    std::optional<std::int64_t> team_id;
    std::optional<std::string> team_name;
    // The unlinked seat (team_members row) the invitation was made for; none: accepting makes the seat.
    std::optional<std::int64_t> member_id;
    std::string email;
    std::string role;  // organization role, or team role when team_id is set
    std::int64_t expires_at = 0;
    std::optional<std::int64_t> accepted_at;
};

std::int64_t insert_invitation(Connection& db, const std::string& token_hash, const Invitation& invitation,
                               std::int64_t invited_by, std::int64_t now);
std::optional<Invitation> find_invitation(Connection& db, const std::string& token_hash);
// Marks it accepted unless it already was; false when someone else accepted it first.
bool mark_invitation_accepted(Connection& db, std::int64_t invitation_id, std::int64_t user_id, std::int64_t now);
// Withdraws the invitations not yet accepted that were made for this seat (its e-mail changed: they were
// addressed to someone else).
void withdraw_seat_invitations(Connection& db, std::int64_t member_id);

}  // namespace trellis::store
