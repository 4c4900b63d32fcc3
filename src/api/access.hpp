#pragma once
// The authorization matrix: what each kind of caller must get from each route, declared next to the route's
// definition (route.hpp's Route::access) and proved route by route by the black-box test
// tests/test_authorization_matrix.py, which builds one district with every kind of caller and calls every route
// as each of them. The guard decides; this is the promise the tests hold it to, so a route whose permissions
// change must change its declaration in the same commit.
#include <array>
#include <cstdint>
#include <string_view>

namespace trellis::api {

// The callers, all seen from one district (D) that has a team (T) in a network (N):
enum class Caller : std::uint8_t {
    anonymous,    // no session, no token
    stranger,     // signed up, with an organization, team and network of their own
    other_lead,   // leads a team in another district that shares no network with D
    partner,      // admin of a peer district in N
    participant,  // T's participant (a family, student or community member)
    member,       // T's member
    lead,         // T's lead
    data_lead,    // D's data lead, on no team
    admin,        // D's admin
    facilitator,  // admin of the organization that facilitates N
    mentor,       // member of the mentor organization in N
    reviewer,     // the lead of a team of peer district P, invited to a feedback round of T and accepted (issue 12)
};
inline constexpr std::size_t kCallerCount = 12;

// What the caller gets: through the guard (the handler answers), or a refusal.
enum class Outcome : std::uint8_t { undeclared, allowed, unauthenticated, forbidden, not_found };

std::string_view caller_name(Caller caller);
std::string_view outcome_name(Outcome outcome);  // "allowed", "401", "403", "404", "undeclared"

struct Access {
    std::array<Outcome, kCallerCount> outcomes{};  // all undeclared

    // "anonymous:401 stranger:404 ... mentor:allowed": every caller exactly once, in any order. A mistake in a
    // declaration throws std::logic_error when the route table is built, i.e. at start and in every test.
    static Access parse(std::string_view declaration);
    [[nodiscard]] bool complete() const;
    [[nodiscard]] Outcome of(Caller caller) const { return outcomes[static_cast<std::size_t>(caller)]; }
};

// The patterns most routes share, named for what they protect. A route with its own rule writes it out with
// Access::parse next to its definition.
namespace access {
// Anyone, signed in or not: sign-in, password resets, invitation and calendar links (the token is the key).
extern const Access everyone;
// Any signed-in person; the handler shows each only their own things (their tokens, teams, action items).
extern const Access signed_in;
// Site administrators only (none among the callers).
extern const Access site_admins;
// A team's work (T, its meetings and action items): its people and the district's admins.
extern const Access team_readers;
extern const Access team_contributors;    // lead and members write; the participant reads only
extern const Access meeting_takers_part;  // the participant too: their own attendance and notes
extern const Access team_managers;        // lead and the district's admin
// D itself: its profile, seen by its people and its network's participants.
extern const Access organization_readers;
extern const Access organization_managers;
// D's full student counts and teacher profiles: its admins, data lead and team staff; never outside D.
extern const Access student_data_readers;
extern const Access student_data_managers;      // imports, settings, shares: admin and data lead
extern const Access student_data_contributors;  // a teacher's own profile: D's staff, not participants
// The suppressed view of what D shared: its people and its network's participants.
extern const Access shared_data_readers;
// N: its participants read; the facilitator's admins manage.
extern const Access network_readers;
extern const Access network_managers;
// N's agreement (MOU) with mentor M for peers D and P: the facilitator's staff and the parties' people read it
// (D's staff: D is a party); F's admins edit it; M's member is named its coach.
extern const Access agreement_readers;
extern const Access agreement_managers;
extern const Access coaching_log_writers;  // the named coach and F's staff
// N's dashboard and its CSV/XLSX: only the facilitator's staff and the coaches named on N's agreements (the
// world's mentor is one); a peer district learns nothing, not even that the dashboard exists.
extern const Access network_progress_readers;
}  // namespace access

}  // namespace trellis::api
