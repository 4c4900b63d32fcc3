#pragma once
// What waits on a person, for the home page (issue 17): guide sections their teams have under way, coaches' next
// steps waiting for a team's answer, and network invitations waiting for an organization's. Candidate rows only:
// the action filters each through the policy (who may answer is the policy's call, not the query's).
#include <cstdint>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct SectionUnderWay {
    std::int64_t team_id = 0;
    std::string team_name;
    std::string guide_id;
    std::string module_id;
    std::string section_id;
    std::int64_t changed_at = 0;
};

struct NextStepWaiting {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string team_name;
    std::string title;
    std::string due_on;
};

struct NetworkInvitationWaiting {
    std::int64_t organization_id = 0;
    std::string organization_name;
    std::int64_t network_id = 0;
    std::string network_name;
};

// In-progress sections on the teams the user sits on, the most recently changed first.
std::vector<SectionUnderWay> sections_under_way_for_user(Connection& db, std::int64_t user_id, int limit);
// Proposed next steps on the teams the user sits on or whose organization they belong to, soonest due first.
std::vector<NextStepWaiting> next_steps_waiting_for_user(Connection& db, std::int64_t user_id, int limit);
// Pending network invitations of the organizations the user belongs to.
std::vector<NetworkInvitationWaiting> network_invitations_for_user(Connection& db, std::int64_t user_id);

}  // namespace trellis::store
