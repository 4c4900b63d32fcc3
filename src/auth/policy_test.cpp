#include "trellis/auth/policy.hpp"

#include <gtest/gtest.h>

using namespace trellis::auth;

namespace {
Principal user(bool admin = false) { return Principal{.user_id = 7, .site_admin = admin}; }
Relationship rel(std::optional<std::string> org_role, std::optional<std::string> team_role = std::nullopt,
                 bool participant = false) {
    return Relationship{true, std::move(org_role), std::move(team_role), participant};
}
}  // namespace

TEST(Policy, AnonymousIsAskedToSignInAndUnknownIsNotFound) {
    EXPECT_EQ(decide(Principal{}, ResourceKind::team, Action::read, rel("admin")), Decision::unauthenticated);
    EXPECT_EQ(decide(user(true), ResourceKind::team, Action::read, Relationship{}), Decision::not_found);
}

TEST(Policy, TeamWorkStaysInsideTheTeam) {
    EXPECT_EQ(decide(user(), ResourceKind::team, Action::read, rel(std::nullopt, "participant")), Decision::allow);
    EXPECT_EQ(decide(user(), ResourceKind::team, Action::manage, rel(std::nullopt, "participant")),
              Decision::forbidden);
    EXPECT_EQ(decide(user(), ResourceKind::team, Action::manage, rel(std::nullopt, "lead")), Decision::allow);
    // An ordinary member of the organization who is not on the team sees nothing of it.
    EXPECT_EQ(decide(user(), ResourceKind::team, Action::read, rel("member")), Decision::not_found);
    EXPECT_EQ(decide(user(), ResourceKind::team, Action::read, rel("viewer")), Decision::allow);
    EXPECT_EQ(decide(user(), ResourceKind::team, Action::manage, rel("viewer")), Decision::forbidden);
    EXPECT_EQ(decide(user(), ResourceKind::team, Action::manage, rel("admin")), Decision::allow);
    EXPECT_EQ(decide(user(), ResourceKind::team, Action::read, rel(std::nullopt, std::nullopt, true)),
              Decision::not_found);
}

TEST(Policy, OrganizationsAndNetworks) {
    EXPECT_EQ(decide(user(), ResourceKind::organization, Action::read, rel(std::nullopt, std::nullopt, true)),
              Decision::allow);
    EXPECT_EQ(decide(user(), ResourceKind::organization, Action::manage, rel(std::nullopt, std::nullopt, true)),
              Decision::forbidden);
    EXPECT_EQ(decide(user(), ResourceKind::organization, Action::read, rel(std::nullopt)), Decision::not_found);
    EXPECT_EQ(decide(user(), ResourceKind::network, Action::manage, rel("admin", std::nullopt, true)), Decision::allow);
    EXPECT_EQ(decide(user(), ResourceKind::network, Action::manage, rel(std::nullopt, std::nullopt, true)),
              Decision::forbidden);
    EXPECT_EQ(decide(user(true), ResourceKind::network, Action::manage, rel(std::nullopt)), Decision::allow);
}

TEST(Policy, NetworkProgressIsForTheFacilitatorsStaffTheNamedCoachesAndPeerStaff) {
    const auto progress = ResourceKind::network_progress;
    // Any role in the facilitating organization (a viewer too): they run the network.
    EXPECT_EQ(decide(user(), progress, Action::read, rel("viewer", std::nullopt, true)), Decision::allow);
    // A coach named on one of the network's agreements.
    auto coach = rel(std::nullopt, std::nullopt, true);
    coach.agreement_coach = true;
    EXPECT_EQ(decide(user(), progress, Action::read, coach), Decision::allow);
    EXPECT_TRUE(reads_network_progress_in_full(user(), coach));
    // Taking part in the network is not enough (a family representative of a member district)...
    EXPECT_EQ(decide(user(), progress, Action::read, rel(std::nullopt, std::nullopt, true)), Decision::not_found);
    EXPECT_EQ(decide(user(), progress, Action::read, rel(std::nullopt)), Decision::not_found);
    // ...a member district's staff read it, but only what teams also share with their peers.
    auto peer = rel(std::nullopt, std::nullopt, true);
    peer.network_peer = true;
    EXPECT_EQ(decide(user(), progress, Action::read, peer), Decision::allow);
    EXPECT_FALSE(reads_network_progress_in_full(user(), peer));
    EXPECT_TRUE(reads_network_progress_in_full(user(true), peer));
    // Nothing to change in a view, even for the facilitator's admin.
    EXPECT_EQ(decide(user(), progress, Action::manage, rel("admin", std::nullopt, true)), Decision::forbidden);
}

TEST(Policy, MeetingsContributeIsForLeadsAndMembersNotGuestsOrViewers) {
    for (const auto kind :
         {ResourceKind::team, ResourceKind::meeting, ResourceKind::action_item, ResourceKind::measure}) {
        EXPECT_EQ(decide(user(), kind, Action::contribute, rel(std::nullopt, "member")), Decision::allow);
        EXPECT_EQ(decide(user(), kind, Action::contribute, rel(std::nullopt, "lead")), Decision::allow);
        EXPECT_EQ(decide(user(), kind, Action::contribute, rel("admin")), Decision::allow);
        EXPECT_EQ(decide(user(), kind, Action::contribute, rel(std::nullopt, "participant")), Decision::forbidden);
        EXPECT_EQ(decide(user(), kind, Action::contribute, rel(std::nullopt, "viewer")), Decision::forbidden);
        EXPECT_EQ(decide(user(), kind, Action::contribute, rel("viewer")), Decision::forbidden);
        EXPECT_EQ(decide(user(), kind, Action::manage, rel(std::nullopt, "member")), Decision::forbidden);
        EXPECT_EQ(decide(user(), kind, Action::read, rel(std::nullopt, "participant")), Decision::allow);
        // Another team's member (an ordinary organization member) learns nothing.
        EXPECT_EQ(decide(user(), kind, Action::read, rel("member")), Decision::not_found);
        EXPECT_EQ(decide(user(), kind, Action::contribute, rel("member")), Decision::not_found);
    }
}

namespace {
Relationship data_rel(std::optional<std::string> org_role, std::optional<std::string> org_team_role = std::nullopt,
                      bool participant = false) {
    Relationship r{true, std::move(org_role), std::nullopt, participant};
    r.organization_team_role = std::move(org_team_role);
    return r;
}
}  // namespace

TEST(Policy, FullStudentCountsStayWithTheDistrictsOwnPeople) {
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::read, data_rel("viewer")), Decision::allow);
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::read, data_rel(std::nullopt, "member")),
              Decision::allow);
    // A plain organization membership (what a team invitation grants a family representative) is not enough.
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::read, data_rel("member", "participant")),
              Decision::not_found);
    EXPECT_EQ(decide(user(), ResourceKind::shared_data, Action::read, data_rel("member")), Decision::allow);
    // Family and student representatives, and network partners, get the suppressed view only.
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::read, data_rel(std::nullopt, "participant")),
              Decision::not_found);
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::read, data_rel(std::nullopt, std::nullopt, true)),
              Decision::not_found);
    EXPECT_EQ(decide(user(), ResourceKind::shared_data, Action::read, data_rel(std::nullopt, "participant")),
              Decision::allow);
    EXPECT_EQ(decide(user(), ResourceKind::shared_data, Action::read, data_rel(std::nullopt, std::nullopt, true)),
              Decision::allow);
    EXPECT_EQ(decide(user(), ResourceKind::shared_data, Action::read, data_rel(std::nullopt)), Decision::not_found);
}

TEST(Policy, DataLeadsAndAdminsImportTeachersFillInTheirOwnProfile) {
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::manage, data_rel("data_lead")), Decision::allow);
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::manage, data_rel("admin")), Decision::allow);
    // A plain member does not even see the full counts; a team member sees them but does not import.
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::manage, data_rel("member")), Decision::not_found);
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::manage, data_rel("member", "member")),
              Decision::forbidden);
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::manage, data_rel(std::nullopt, "lead")),
              Decision::forbidden);
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::contribute, data_rel("member")), Decision::allow);
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::contribute, data_rel("viewer")), Decision::forbidden);
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::contribute, data_rel("member", "participant")),
              Decision::not_found);
    EXPECT_EQ(decide(user(), ResourceKind::shared_data, Action::manage, data_rel("admin", std::nullopt, true)),
              Decision::forbidden);
}

// The district's records (its student data's audit trail, the export of everything, deleting its student data)
// are the organization's to manage: its admins alone, not its data lead nor its partners.
TEST(Policy, TheDistrictsRecordsAreItsAdminsAlone) {
    EXPECT_EQ(decide(user(), ResourceKind::organization, Action::manage, rel("admin")), Decision::allow);
    for (const auto* role : {"data_lead", "viewer", "member"}) {
        EXPECT_EQ(decide(user(), ResourceKind::organization, Action::manage, rel(role, "lead")), Decision::forbidden);
    }
    EXPECT_EQ(decide(user(), ResourceKind::organization, Action::manage, rel(std::nullopt, std::nullopt, true)),
              Decision::forbidden);
    EXPECT_EQ(decide(user(), ResourceKind::organization, Action::manage, rel(std::nullopt)), Decision::not_found);
}

TEST(Policy, EveryResourceKindHasAName) {
    // The 404 for an outsider names the resource; a kind without a name once read past a table's end.
    for (auto kind : {ResourceKind::organization, ResourceKind::network, ResourceKind::team, ResourceKind::meeting,
                      ResourceKind::action_item, ResourceKind::measure, ResourceKind::student_data,
                      ResourceKind::shared_data, ResourceKind::agreement, ResourceKind::network_progress}) {
        EXPECT_NE(resource_name(kind), "resource");
        EXPECT_FALSE(resource_name(kind).empty());
    }
    EXPECT_EQ(resource_name(ResourceKind::student_data), "organization");
    EXPECT_EQ(resource_name(ResourceKind::action_item), "action item");
    EXPECT_EQ(resource_name(ResourceKind::measure), "measure");
    EXPECT_EQ(resource_name(ResourceKind::agreement), "agreement");
}

namespace {
Relationship coach() {
    Relationship r{true, std::nullopt, std::nullopt, true};
    r.agreement_coach = true;
    return r;
}
}  // namespace

TEST(Policy, AgreementsAreReadByTheFacilitatorsStaffItsPartiesAndItsCoaches) {
    const auto kind = ResourceKind::agreement;
    for (const auto* role : {"admin", "member", "data_lead", "viewer"}) {
        EXPECT_EQ(decide(user(), kind, Action::read, rel(role)), Decision::allow) << role;
    }
    Relationship party_member{true, std::nullopt, std::nullopt, true};
    party_member.party_role = "member";
    EXPECT_EQ(decide(user(), kind, Action::read, party_member), Decision::allow);
    Relationship only_coach{true};
    only_coach.agreement_coach = true;
    EXPECT_EQ(decide(user(), kind, Action::read, only_coach), Decision::allow);
    // A network member whose organization is no party learns nothing.
    EXPECT_EQ(decide(user(), kind, Action::read, rel(std::nullopt)), Decision::not_found);
    EXPECT_EQ(decide(user(), kind, Action::contribute, rel(std::nullopt)), Decision::not_found);
}

TEST(Policy, APartysFamilyAndStudentGuestsDoNotReadItsAgreement) {
    const auto kind = ResourceKind::agreement;
    const auto party = [](const char* role, std::optional<std::string> team_role) {
        Relationship r{true, std::nullopt, std::nullopt, true};
        r.party_role = role;
        r.organization_team_role = std::move(team_role);
        return r;
    };
    // Staff of a party: its admins, data leads and viewers, its members on no team or on a team as lead or member.
    for (const auto* role : {"admin", "data_lead", "viewer"}) {
        EXPECT_EQ(decide(user(), kind, Action::read, party(role, "participant")), Decision::allow) << role;
    }
    EXPECT_EQ(decide(user(), kind, Action::read, party("member", std::nullopt)), Decision::allow);
    EXPECT_EQ(decide(user(), kind, Action::read, party("member", "member")), Decision::allow);
    // A membership that came with a participant or viewer seat on a team: the contract stays out of sight.
    EXPECT_EQ(decide(user(), kind, Action::read, party("member", "participant")), Decision::not_found);
    EXPECT_EQ(decide(user(), kind, Action::read, party("member", "viewer")), Decision::not_found);
}

TEST(Policy, TheCoachingLogIsWrittenByCoachesAndTheFacilitatorsStaff) {
    const auto kind = ResourceKind::agreement;
    EXPECT_EQ(decide(user(), kind, Action::contribute, coach()), Decision::allow);
    for (const auto* role : {"admin", "member", "data_lead"}) {
        EXPECT_EQ(decide(user(), kind, Action::contribute, rel(role)), Decision::allow) << role;
    }
    EXPECT_EQ(decide(user(), kind, Action::contribute, rel("viewer")), Decision::forbidden);
    // A party's people read the log but do not write in it.
    Relationship party_admin{true, std::nullopt, std::nullopt, true};
    party_admin.party_role = "admin";
    EXPECT_EQ(decide(user(), kind, Action::contribute, party_admin), Decision::forbidden);
}

TEST(Policy, OnlyTheFacilitatorsAdminsEditAnAgreement) {
    const auto kind = ResourceKind::agreement;
    EXPECT_EQ(decide(user(), kind, Action::manage, rel("admin")), Decision::allow);
    for (const auto* role : {"member", "data_lead", "viewer"}) {
        EXPECT_EQ(decide(user(), kind, Action::manage, rel(role)), Decision::forbidden) << role;
    }
    EXPECT_EQ(decide(user(), kind, Action::manage, coach()), Decision::forbidden);
    EXPECT_EQ(decide(user(true), kind, Action::manage, rel(std::nullopt)), Decision::allow);
}

TEST(Policy, NetworkMeetingInviteesTakePartButDoNotManage) {
    const auto invited = [](std::optional<std::string> role) {
        auto r = rel(std::nullopt);
        r.invited_team_role = std::move(role);
        return r;
    };
    for (const auto kind : {ResourceKind::meeting, ResourceKind::action_item}) {
        // An invited team's lead and member read and write, as the host team's members do; neither manages.
        for (const auto* role : {"lead", "member"}) {
            EXPECT_EQ(decide(user(), kind, Action::read, invited(role)), Decision::allow);
            EXPECT_EQ(decide(user(), kind, Action::contribute, invited(role)), Decision::allow);
            EXPECT_EQ(decide(user(), kind, Action::manage, invited(role)), Decision::forbidden);
        }
        // An invited team's participant and viewer read only, as in their own team.
        for (const auto* role : {"participant", "viewer"}) {
            EXPECT_EQ(decide(user(), kind, Action::read, invited(role)), Decision::allow);
            EXPECT_EQ(decide(user(), kind, Action::contribute, invited(role)), Decision::forbidden);
        }
        // Not invited: nothing.
        EXPECT_EQ(decide(user(), kind, Action::read, invited(std::nullopt)), Decision::not_found);
        // The host team's lead and the facilitator's admins still manage.
        auto host_lead = invited("member");
        host_lead.team_role = "lead";
        EXPECT_EQ(decide(user(), kind, Action::manage, host_lead), Decision::allow);
        EXPECT_EQ(decide(user(), kind, Action::manage, rel("admin")), Decision::allow);
    }
    // An invitation reaches the meeting only, never the host team itself.
    EXPECT_EQ(decide(user(), ResourceKind::team, Action::read, invited("member")), Decision::not_found);
}

TEST(Policy, ParticipantsTakePartInTheirTeamsMeetingsOnTheirOwnBehalf) {
    const auto participant = rel("member", "participant");
    EXPECT_EQ(decide(user(), ResourceKind::meeting, Action::read, participant), Decision::allow);
    EXPECT_EQ(decide(user(), ResourceKind::meeting, Action::take_part, participant), Decision::allow);
    EXPECT_EQ(decide(user(), ResourceKind::meeting, Action::contribute, participant), Decision::forbidden);
    EXPECT_EQ(decide(user(), ResourceKind::meeting, Action::manage, participant), Decision::forbidden);
    // A viewer reads; a member takes part as they contribute.
    EXPECT_EQ(decide(user(), ResourceKind::meeting, Action::take_part, rel(std::nullopt, "viewer")),
              Decision::forbidden);
    EXPECT_EQ(decide(user(), ResourceKind::meeting, Action::take_part, rel(std::nullopt, "member")), Decision::allow);
    // Full student counts stay out of sight.
    EXPECT_EQ(decide(user(), ResourceKind::student_data, Action::read, data_rel("member", "participant")),
              Decision::not_found);
}

TEST(Policy, TheOwnerOfAnActionItemChangesItsStatusWhateverTheirSeat) {
    for (const auto* role : {"participant", "viewer"}) {
        auto owner = rel(std::nullopt, role);
        EXPECT_EQ(decide(user(), ResourceKind::action_item, Action::take_part, owner), Decision::forbidden) << role;
        owner.action_item_owner = true;
        EXPECT_EQ(decide(user(), ResourceKind::action_item, Action::take_part, owner), Decision::allow) << role;
        EXPECT_EQ(decide(user(), ResourceKind::action_item, Action::contribute, owner), Decision::forbidden) << role;
    }
    // Ownership alone, without a seat that reads the team (a seat removed since), opens nothing.
    Relationship gone{.exists = true};
    gone.action_item_owner = true;
    EXPECT_EQ(decide(user(), ResourceKind::action_item, Action::take_part, gone), Decision::not_found);
}

TEST(Policy, ParticipantsSeeNamesButNotOtherPeoplesContactDetails) {
    EXPECT_FALSE(sees_contact_details(user(), rel("member", "participant")));
    EXPECT_TRUE(sees_contact_details(user(), rel("member", "member")));
    EXPECT_TRUE(sees_contact_details(user(), rel(std::nullopt, "lead")));
    EXPECT_TRUE(sees_contact_details(user(), rel(std::nullopt, "viewer")));
    EXPECT_TRUE(sees_contact_details(user(), rel("admin", "participant")));
    EXPECT_TRUE(sees_contact_details(user(true), rel(std::nullopt)));
    EXPECT_FALSE(sees_contact_details(user(), rel(std::nullopt)));
    auto invited = rel(std::nullopt);
    invited.invited_team_role = "participant";
    EXPECT_FALSE(sees_contact_details(user(), invited));
    invited.invited_team_role = "member";
    EXPECT_TRUE(sees_contact_details(user(), invited));
}

// The library (issue 12): the sharing scope's readers read a resource, only its writers change it; anyone else
// learns nothing of it.
TEST(Policy, LibraryResourceReadersAndWriters) {
    Relationship reader;
    reader.exists = true;
    reader.library_reader = true;
    Relationship writer = reader;
    writer.library_writer = true;
    Relationship outsider;
    outsider.exists = true;
    const auto kind = ResourceKind::library_resource;
    EXPECT_EQ(decide(user(), kind, Action::read, reader), Decision::allow);
    EXPECT_EQ(decide(user(), kind, Action::manage, reader), Decision::forbidden);
    EXPECT_EQ(decide(user(), kind, Action::manage, writer), Decision::allow);
    EXPECT_EQ(decide(user(), kind, Action::read, outsider), Decision::not_found);
    EXPECT_EQ(decide(user(), kind, Action::manage, outsider), Decision::not_found);
    EXPECT_EQ(resource_name(kind), "resource");
}

// Feedback rounds (issue 12): the team's people as for its other work; an invited person reads the round, comments
// only once they accept, and learns nothing once they decline. A reviewer never closes or invites.
TEST(Policy, FeedbackRoundReviewersConsentBeforeTheyComment) {
    const auto kind = ResourceKind::feedback_round;
    auto reviewer = rel(std::nullopt);
    reviewer.feedback_reviewer = "invited";
    EXPECT_EQ(decide(user(), kind, Action::read, reviewer), Decision::allow);
    EXPECT_EQ(decide(user(), kind, Action::take_part, reviewer), Decision::forbidden);
    reviewer.feedback_reviewer = "accepted";
    EXPECT_EQ(decide(user(), kind, Action::take_part, reviewer), Decision::allow);
    EXPECT_EQ(decide(user(), kind, Action::contribute, reviewer), Decision::forbidden);
    reviewer.feedback_reviewer = "declined";
    EXPECT_EQ(decide(user(), kind, Action::read, reviewer), Decision::not_found);
    EXPECT_EQ(decide(user(), kind, Action::take_part, reviewer), Decision::not_found);
    // The team: its member writes and closes, its participant reads, an organization member off the team nothing.
    EXPECT_EQ(decide(user(), kind, Action::contribute, rel(std::nullopt, "member")), Decision::allow);
    EXPECT_EQ(decide(user(), kind, Action::take_part, rel(std::nullopt, "participant")), Decision::forbidden);
    EXPECT_EQ(decide(user(), kind, Action::read, rel(std::nullopt, "participant")), Decision::allow);
    EXPECT_EQ(decide(user(), kind, Action::read, rel("member")), Decision::not_found);
    EXPECT_EQ(resource_name(kind), "feedback round");
}

// Adding to an organization's library (issue 12): its staff may; its viewers and the family and student
// representatives (a plain membership that came with a participant or viewer seat) are refused with a 403;
// anyone outside the organization learns nothing.
TEST(Policy, OnlyTheStaffAddToAnOrganizationsLibrary) {
    const auto kind = ResourceKind::organization_library;
    for (const char* role : {"admin", "data_lead", "member"})
        EXPECT_EQ(decide(user(), kind, Action::contribute, rel(role)), Decision::allow) << role;
    EXPECT_EQ(decide(user(), kind, Action::contribute, rel("viewer")), Decision::forbidden);
    auto representative = rel("member");
    representative.organization_team_role = "participant";
    EXPECT_EQ(decide(user(), kind, Action::contribute, representative), Decision::forbidden);
    auto staff_on_a_team = rel("member");
    staff_on_a_team.organization_team_role = "lead";
    EXPECT_EQ(decide(user(), kind, Action::contribute, staff_on_a_team), Decision::allow);
    EXPECT_EQ(decide(user(), kind, Action::contribute, rel(std::nullopt)), Decision::not_found);
    EXPECT_EQ(resource_name(kind), "organization");
}
