#include "trellis/actions/invitations.hpp"

#include <fmt/format.h>

#include "trellis/actions/notification_settings.hpp"
#include "trellis/actions/teams.hpp"
#include "trellis/auth/secrets.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {

namespace {

// A team invitation names its seat: the team's row for this address when there is one (made with
// "add member"), so that accepting links that row and no other. An address already seated with an account
// has nothing to accept.
Outcome name_the_seat(const Caller& caller, store::Invitation& invitation) {
    const auto seat = store::find_member_by_email(caller.db, *invitation.team_id, invitation.email);
    const auto account = store::find_user_by_email(caller.db, invitation.email);
    const bool seated =
        (seat && seat->user_id) || (account && store::find_member_by_user(caller.db, *invitation.team_id, account->id));
    if (seated) {
        return fail(FailureKind::conflict,
                    fmt::format("email: {} is already on this team with an account; change their role on the team "
                                "page instead of inviting them",
                                invitation.email));
    }
    if (seat) invitation.member_id = seat->id;
    return {};
}

// Seats the user in the invitation's team: the seat it names, or (invited before the team added the address)
// the team's row for the address, or a new seat. Links no row of any other team.
Outcome take_seat(const Caller& caller, const store::Invitation& invitation, const store::User& user) {
    const auto team_id = *invitation.team_id;
    if (auto held = store::find_member_by_user(caller.db, team_id, user.id)) {
        // Seated already (invited twice): the invitation's role is the news.
        held->role = invitation.role;
        store::update_member(caller.db, *held);
        close_covered_outreach(caller, *held);
        return {};
    }
    const auto seat = invitation.member_id ? store::find_member(caller.db, team_id, *invitation.member_id)
                                           : store::find_member_by_email(caller.db, team_id, invitation.email);
    if (seat) {
        if (!store::link_member_to_user(caller.db, seat->id, user.id, invitation.role)) {
            return fail(FailureKind::conflict,
                        fmt::format("this seat in {} already belongs to another account; ask the team's lead",
                                    *invitation.team_name));
        }
        close_covered_outreach(caller, *seat);  // the person joins in the seat, with what the seat brings
        return {};
    }
    seat_account(caller, team_id, {.user_id = user.id, .name = user.name, .email = user.email}, invitation.role);
    return {};
}

// Gives the user what the invitation offers: the organization role, or a team seat (and a plain organization
// membership, unless they hold a role there already, so they can see the organization's profile).
Outcome grant(const Caller& caller, const store::Invitation& invitation, const store::User& user) {
    if (!invitation.team_id) {
        store::set_organization_role(caller.db, invitation.organization_id, user.id, invitation.role);
        return {};
    }
    store::add_member_unless_present(caller.db, invitation.organization_id, user.id);
    return take_seat(caller, invitation, user);
}

// The account that takes the invitation: the signed-in caller's own (holding the link proves nothing about who
// follows it), or a new one for the invited address.
Result<store::User> taker(const Caller& caller, const store::Invitation& invitation,
                          const std::optional<NewAccount>& account) {
    if (caller.principal.authenticated()) {
        auto user = *store::find_user(caller.db, caller.principal.user_id);
        if (user.email != invitation.email) {
            return fail(FailureKind::forbidden,
                        fmt::format("this invitation is for {}, and you are signed in as {}; sign out, then open the "
                                    "link again as {}",
                                    invitation.email, user.email, invitation.email));
        }
        return user;
    }
    if (store::find_user_by_email(caller.db, invitation.email)) {
        return fail(FailureKind::conflict,
                    fmt::format("email: an account for {} already exists; sign in, then open the link again",
                                invitation.email));
    }
    const auto id = store::insert_user(
        caller.db, invitation.email, account->name,
        account->password.empty() ? std::string() : auth::hash_password(account->password), false, caller.now);
    set_new_account_language(caller, id);  // the language the person accepted in
    return *store::find_user(caller.db, id);
}

}  // namespace

Result<IssuedInvitation> issue_invitation(const Caller& caller, const NewInvitation& in) {
    IssuedInvitation out;
    auto& invitation = out.invitation;
    invitation.organization_id = in.organization_id;
    invitation.team_id = in.team_id;
    invitation.email = domain::lowercase_ascii(in.email);
    invitation.role = in.role;
    if (in.team_id) {
        if (auto seat = name_the_seat(caller, invitation); !seat) return std::unexpected(seat.error());
    }
    invitation.expires_at = caller.now + kInvitationSeconds;
    out.token = auth::new_token();
    invitation.id = store::insert_invitation(caller.db, auth::token_hash(out.token), invitation,
                                             caller.principal.user_id, caller.now);
    out.place = in.team_id ? store::find_team(caller.db, *in.team_id)->name
                           : store::find_organization(caller.db, in.organization_id)->name;
    return out;
}

std::optional<store::Invitation> usable_invitation(const Caller& caller, const std::string& token) {
    auto invitation = store::find_invitation(caller.db, auth::token_hash(token));
    if (!invitation || invitation->accepted_at || invitation->expires_at <= caller.now) return std::nullopt;
    return invitation;
}

Failure invalid_invitation_link() {
    return {FailureKind::invalid_link,
            "this invitation link is unknown, already accepted or expired; ask for a new one",
            {},
            {}};
}

bool offers_sign_in_by_link(const store::Invitation& invitation) {
    // A participant seat is a family, student or community member's (issue 15): people who sign in now and then,
    // for whom a password is one more thing to keep.
    return invitation.team_id && invitation.role == "participant";
}

Result<store::User> accept_invitation(const Caller& caller, const store::Invitation& invitation,
                                      const std::optional<NewAccount>& account) {
    auto user = taker(caller, invitation, account);
    if (!user) return user;
    if (!store::mark_invitation_accepted(caller.db, invitation.id, user->id, caller.now)) {
        return std::unexpected(invalid_invitation_link());
    }
    if (auto granted = grant(caller, invitation, *user); !granted) return std::unexpected(granted.error());
    return user;
}

}  // namespace trellis::actions
