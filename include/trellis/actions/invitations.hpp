#pragma once
// Invitations to an organization or a team: issuing one (a team invitation names the seat it is for) and
// accepting one (the account, then the organization role or the team seat). Only the account with the invited
// address takes an invitation (docs/security.md, "Invitations and team seats"). The mail is the caller's.
#include <cstdint>
#include <optional>
#include <string>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/invitations.hpp"

namespace trellis::actions {

inline constexpr std::int64_t kInvitationSeconds = 14 * 24 * 3600;

struct NewInvitation {
    std::int64_t organization_id = 0;
    std::optional<std::int64_t> team_id;  // a team seat; none: an organization role
    std::string email;                    // checked by the caller's parser; stored lower-case
    std::string role;                     // a team role or an organization role (checked by the parser)
};

struct IssuedInvitation {
    store::Invitation invitation;  // as stored (id, lower-case email, expiry)
    std::string token;             // the secret link's token: only its hash is stored
    std::string place;             // the team's or the organization's name, for the mail
};

// Refuses (conflict) an address already seated on the team with an account.
Result<IssuedInvitation> issue_invitation(const Caller& caller, const NewInvitation& invitation);

// The invitation behind a link's token while it can still be accepted (not accepted, not expired).
std::optional<store::Invitation> usable_invitation(const Caller& caller, const std::string& token);
Failure invalid_invitation_link();

// Whether the invitation page should offer, preselected, an account without a password that signs in by
// e-mailed link: for the team's participants (students, families) and guests. The one place that says so.
bool offers_sign_in_by_link(const store::Invitation& invitation);

struct NewAccount {
    std::string name;
    std::string password;  // checked by the caller's parser; empty: an account without a password
};

// Accepts for the signed-in caller (who must hold the invited address), or for a new account made from
// `account` when nobody is signed in. Returns the account to start a session for.
Result<store::User> accept_invitation(const Caller& caller, const store::Invitation& invitation,
                                      const std::optional<NewAccount>& account);

}  // namespace trellis::actions
