#include "trellis/domain/prototype_cycle.hpp"

#include <algorithm>
#include <iterator>

namespace trellis::domain {

std::optional<int> phase_index(std::string_view phase) {
    const auto* found = std::find(std::begin(kCyclePhases), std::end(kCyclePhases), phase);
    if (found == std::end(kCyclePhases)) return std::nullopt;
    return static_cast<int>(found - std::begin(kCyclePhases));
}

std::optional<std::string> refuse_advance(const CycleFacts& cycle, std::string_view to) {
    const auto from = phase_index(cycle.phase);
    const auto next = phase_index(to);
    if (!from || !next) return "must be one of plan, do, study, act";
    if (*next == *from) return std::nullopt;  // staying where it is: nothing to check
    if (*next != *from + 1) return "a cycle moves to the next phase only (from " + cycle.phase + ")";
    switch (*from) {
        case 0:
            if (cycle.questions == 0) return "Plan needs at least one question before Do";
            if (cycle.questions_predicted < cycle.questions) return "Plan needs a prediction for each question";
            return std::nullopt;
        case 1:
            if (!cycle.what_happened) return "Do needs what happened before Study";
            return std::nullopt;
        default:
            if (cycle.questions_with_result < cycle.questions)
                return "Study needs a result for each prediction before Act";
            return std::nullopt;
    }
}

std::optional<std::string> refuse_phase_edit(std::string_view current, std::string_view phase) {
    const auto now = phase_index(current);
    const auto edited = phase_index(phase);
    if (!now || !edited) return "unknown phase";
    if (*edited > *now) return "this cycle has not reached " + std::string(phase) + " yet";
    return std::nullopt;
}

bool cycle_complete(const CycleFacts& cycle) { return cycle.phase == "act" && !cycle.act_decision.empty(); }

bool starts_next_version(const CycleFacts& cycle) { return cycle_complete(cycle) && cycle.act_decision == "adapt"; }

bool prototype_decided(std::string_view status) { return !status.empty() && status != "testing"; }

}  // namespace trellis::domain
