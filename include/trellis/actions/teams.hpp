#pragma once
// Teams: creating one (the organization's admin who creates it leads it), what the team page shows (members,
// representation, outreach) and outreach items for the gaps it finds.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/domain/representation.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {

struct NewTeam {
    std::int64_t organization_id = 0;
    std::string name;
    std::string focus;
};

// The new team's id. The caller joins as its lead when they are an admin of the organization by their own role
// (a site administrator creating a team for someone else's organization does not take a seat on it).
std::int64_t create_team(const Caller& caller, const NewTeam& team);

// Seats an account on the team with a role, under the account's name and address (the new seat's id).
std::int64_t seat_account(const Caller& caller, std::int64_t team_id, const store::Member& who,
                          const std::string& role);

struct TeamView {
    store::Team team;
    std::vector<store::Member> members;
    std::vector<store::Perspective> catalogue;
    domain::Representation representation;  // who is missing, against the organization's grade spans
    std::vector<store::OutreachItem> outreach;
    std::optional<std::string> my_role;  // the caller's seat on the team, if any
};

// The team as its page shows it; the team must exist (the route's guard found it).
TeamView team_view(const Caller& caller, std::int64_t team_id);

struct NewOutreach {
    std::string gap_kind;  // perspective | grade_span (checked by the caller's parser)
    std::string gap_key;
    std::optional<std::string> title;  // empty or absent: a title made from the gap
    std::optional<std::int64_t> owner_member_id;
    std::optional<std::string> due_on;
};

// Records an outreach item for one of the team's current gaps; refuses a gap the team does not have or an
// owner who is not on the team.
Result<store::OutreachItem> add_outreach_item(const Caller& caller, std::int64_t team_id, const NewOutreach& item);

struct OutreachEdit {
    // The item as read, with the owner and due date sent applied, and `version` the one the editor read.
    store::OutreachItem item;
    std::optional<std::string> status;  // open | done | closed (checked by the caller's parser); absent: unchanged
    std::optional<std::string> closed_note;
};

// Saves an outreach item's owner (a member of its team, or none), due date and status: marking it done records
// the caller and the time, closing it the caller, the time and their note, reopening it clears both. Someone
// else's save since the editor read it is a stale_edit failure.
Result<store::OutreachItem> edit_outreach_item(const Caller& caller, const OutreachEdit& edit);

// The one rule that closes outreach on its own: every open item of the member's team whose gap the member now
// covers (a perspective they bring, a grade span they work in) is closed, naming the member. Called by every path
// that seats a person or changes a seat (add and edit a member, accept an invitation, create a team), in the
// caller's transaction.
void close_covered_outreach(const Caller& caller, const store::Member& member);

}  // namespace trellis::actions
