#include "trellis/actions/members.hpp"

#include <fmt/format.h>

#include "trellis/actions/teams.hpp"
#include "trellis/store/invitations.hpp"

namespace trellis::actions {

namespace {

std::unexpected<Failure> address_taken(const store::Member& seat) {
    return fail(FailureKind::conflict,
                fmt::format("email: {} is already a member of team {}", seat.email, seat.team_id));
}

}  // namespace

Result<store::Member> add_member(const Caller& caller, const store::Member& seat) {
    if (store::find_member_by_email(caller.db, seat.team_id, seat.email)) return address_taken(seat);
    const auto id = store::insert_member(caller.db, seat, caller.now);
    auto stored = *store::find_member(caller.db, seat.team_id, id);
    close_covered_outreach(caller, stored);
    return stored;
}

Result<store::Member> update_member(const Caller& caller, const store::Member& current, const store::Member& changed) {
    const bool new_address = changed.email != current.email;
    if (new_address && store::find_member_by_email(caller.db, changed.team_id, changed.email))
        return address_taken(changed);
    if (new_address) store::withdraw_seat_invitations(caller.db, current.id);
    if (!store::update_member(caller.db, changed))
        return fail(FailureKind::stale_edit, fmt::format("member {}", current.id));
    auto stored = *store::find_member(caller.db, current.team_id, current.id);
    close_covered_outreach(caller, stored);
    return stored;
}

}  // namespace trellis::actions
