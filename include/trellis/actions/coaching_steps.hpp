#pragma once
// The served team's answer to a coach's next step (issue 11). Accepting makes it an action item (owner, due date)
// of the meeting named, or of the team's next meeting that is not closed, where the team reviews it; without such a
// meeting it is a conflict, as is a step already answered. Declining keeps the reason.
#include <cstdint>
#include <optional>
#include <string>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/store/coaching_log.hpp"
#include "trellis/store/meetings.hpp"

namespace trellis::actions {

struct StepAcceptance {
    std::optional<std::int64_t> meeting_id;
    std::optional<std::int64_t> owner_member_id;  // else the step's
    std::optional<std::string> due_on;            // else the step's
};

struct AcceptedStep {
    store::CoachingNextStep step;
    store::ActionItem action_item;
};

Result<AcceptedStep> accept_next_step(const Caller& caller, std::int64_t team_id, std::int64_t step_id,
                                      const StepAcceptance& how);
Result<store::CoachingNextStep> decline_next_step(const Caller& caller, std::int64_t team_id, std::int64_t step_id,
                                                  const std::string& reason);

}  // namespace trellis::actions
