#pragma once
// The home page's "Waiting for you" (issue 17): guide sections the caller's teams have under way (they may read the
// team), coaches' next steps waiting for an answer the caller may give (they manage the team), and network
// invitations their organization has to answer (they manage the organization), and, for a network's facilitator
// staff or coaches (who read its progress in full), the member teams that need attention. Each row passes the policy.
#include <cstdint>
#include <string>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/domain/team_attention.hpp"
#include "trellis/guides/guide.hpp"
#include "trellis/store/waiting_for_user.hpp"

namespace trellis::actions {

struct TeamNeedingAttention {
    std::int64_t network_id = 0;
    std::string network_name;
    std::int64_t team_id = 0;
    std::string team_name;
    std::string organization_name;
    domain::AttentionReasons reasons;
};

struct WaitingForYou {
    std::vector<store::SectionUnderWay> sections;
    std::vector<store::NextStepWaiting> next_steps;
    std::vector<store::NetworkInvitationWaiting> network_invitations;
    std::vector<TeamNeedingAttention> teams_needing_attention;
};

WaitingForYou waiting_for_you(const Caller& caller, const std::vector<guides::Guide>& guides);

}  // namespace trellis::actions
