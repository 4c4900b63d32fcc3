#pragma once
// The permission policy: the one place that decides who may read or change what. Every API route declares a
// guard (see src/api/route.hpp); the request pipeline loads the caller's relationship to the guarded resource
// and asks decide(). Handlers that act on a resource named in the body (a network's facilitator organization)
// ask decide() the same way. Pure and unit-tested.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trellis::auth {

struct Principal {
    std::int64_t user_id = 0;  // 0: anonymous
    bool site_admin = false;
    bool via_cookie = false;  // cookie sessions need CSRF tokens on writes; bearer tokens do not
    std::string name;
    std::string email;
    std::string csrf_token;  // for cookie sessions
    [[nodiscard]] bool authenticated() const { return user_id != 0; }
};

// meeting, action_item and measure belong to a team: the caller's relationship is the one to that team.
// student_data and shared_data are an organization's data (the id is the organization's): student_data is the
// full counts and the teacher profiles, kept inside the district; shared_data is the suppressed view that may
// leave it (the handler still limits outsiders to what the district has shared).
// agreement: a network's agreement (MOU) between its facilitator, a mentor and peer organizations; its coaching-log
// entries and next steps resolve to it. network_progress is what a network's member teams share with it, gathered
// on the network dashboard (the id is the network's): for the facilitator's staff and the mentor coaches, and for
// the staff of peer districts what a team also shares with its peers.
enum class ResourceKind {
    organization,
    network,
    team,
    meeting,
    action_item,
    measure,
    student_data,
    shared_data,
    agreement,
    network_progress,
    // A resource of the library (issue 12): read by its sharing scope's readers, written by its author and the
    // owning organization's admins (library_reader, library_writer).
    library_resource,
    // A team's feedback round (issue 12, item 4): read and written by the team's people as its other work is, and
    // read by the people it invites; an invited reviewer comments (take_part) once they accept.
    feedback_round
};
// The resource's name in messages ("team 5 was not found"). A switch without a default, so that -Wswitch
// (an error in this build) refuses an enumerator without a name: a name table once fell out of step with the
// enum and a 404 read past its end.
std::string_view resource_name(ResourceKind kind);
// take_part: act in a team's meetings on one's own behalf: record one's own attendance, write one's own notes,
// change the status of an action item one owns. A team's participants (family, student and community members)
// take part; so does whoever contributes. On an action item, its owner takes part whatever their seat.
// contribute: take part in a team's work (notes, decisions, action items in meetings): any team role that
// is not read-only or a participant's (lead, member), and whoever manages the team.
enum class Action { read, take_part, contribute, manage };

// What the database says about the caller and one resource.
struct Relationship {
    bool exists = false;
    // organization: the caller's role in it; team: in the team's organization; network: in the facilitator org.
    std::optional<std::string> organization_role;
    std::optional<std::string> team_role;  // team, meeting and action item (the team's)
    // The caller belongs to an organization taking part in a network together with this resource
    // (organization: any shared network; network: facilitator or member organization).
    bool network_participant = false;
    // student_data, shared_data: the caller's strongest role in any team of the organization
    // (lead > member > participant > viewer).
    std::optional<std::string> organization_team_role;
    // agreement: the caller is named as a coach on it (organization_role is then the caller's role in the
    // facilitator organization, network_participant membership of a party organization).
    // network_progress: the caller is named as a coach on one of the network's agreements.
    bool agreement_coach = false;
    // network_progress: the caller is on the staff of an active member organization (any organization role, or a
    // lead or member seat on one of its teams; not a family or student representative whose membership came with
    // a participant or viewer seat). Such a peer sees only what a team shares with its peers too (`peers`).
    bool network_peer = false;
    // agreement: the caller's strongest role in a party organization (the mentor or a peer), and in
    // organization_team_role their strongest role in any team of a party organization.
    std::optional<std::string> party_role;
    // meeting, action_item of a network meeting (issue 11): the caller's strongest seat (lead > member >
    // participant > viewer) on a team the meeting invites, directly or through its organization. An invited lead or
    // member takes part as a member of the host team does (reads, writes notes, decisions, action items); an invited
    // participant or viewer reads only. Managing the meeting stays with the host team's lead and the facilitator's
    // admins: an invitation never carries it.
    std::optional<std::string> invited_team_role;
    // action_item: the caller holds the seat that owns it (they may change its status: Action::take_part).
    bool action_item_owner = false;
    // library_resource: the caller reads it (a reader of the team, organization or network it is shared with, its
    // author or an admin of the owning organization), and writes it (its author or an admin of that organization).
    bool library_reader = false;
    bool library_writer = false;
    // feedback_round: the caller's answer to the round's invitation ("invited", "accepted", "declined"), when they
    // are invited; the team fields above are the caller's relationship to the round's team.
    std::optional<std::string> feedback_reviewer;
};

enum class Decision { allow, unauthenticated, not_found, forbidden };

Decision decide(const Principal& principal, ResourceKind kind, Action action, const Relationship& relationship);

// network_progress read in full: the facilitator's staff, the named coaches and site admins see everything a team
// shares with the network; a caller allowed only as a peer sees a team only when it also shares with its peers.
// Whether the caller sees other people's contact details (e-mail addresses) in a team's answers (its members, a
// meeting's attendance and owners): everyone who reads the team but a participant, who sees names only. The
// relationship is the one to the team (or to one of its meetings or action items).
bool sees_contact_details(const Principal& principal, const Relationship& relationship);

bool reads_network_progress_in_full(const Principal& principal, const Relationship& relationship);

}  // namespace trellis::auth
