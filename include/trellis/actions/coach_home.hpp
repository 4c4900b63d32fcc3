#pragma once
// A mentor coach's home (issue 11): the peer teams they coach and what changed in each since the coach last worked
// with it (their latest coaching-log entry serving the team; without one, since the agreement began). What the team
// did is shown only when it shares its progress with the network, as on the network dashboard; the answers to the
// coaches' next steps are the agreement's own record and always shown. Every row passes the policy: the caller
// reads the network's progress (a coach of one of its agreements) and the agreement.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/store/coached_teams.hpp"

namespace trellis::actions {

struct CoachedTeamView {
    store::CoachedTeam team;
    std::string since_on;                       // YYYY-MM-DD: the changes are from this day on
    std::optional<store::TeamChanges> changes;  // only when the team shares its progress
    store::NextStepAnswers next_steps;
};

std::vector<CoachedTeamView> coach_home(const Caller& caller);

}  // namespace trellis::actions
