#pragma once
// The rules of a prototype's PDSA cycles and of its scale decision (issue 12, item 3). Pure functions: the API
// asks them before it writes, the unit tests prove them without a database.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trellis::domain {

// The four phases, in order; a cycle is in one of them and moves forward one phase at a time.
inline constexpr std::string_view kCyclePhases[] = {"plan", "do", "study", "act"};
inline constexpr std::string_view kActDecisions[] = {"adopt", "adapt", "abandon"};
// A prototype is being tested until a scale decision closes it with one of the three others.
inline constexpr std::string_view kPrototypeStatuses[] = {"testing", "scaled", "kept_testing", "stopped"};
inline constexpr std::string_view kScaleDecisions[] = {"scaled", "kept_testing", "stopped"};

// 0 for plan ... 3 for act; nullopt for an unknown phase.
std::optional<int> phase_index(std::string_view phase);

// What a cycle holds, as far as its rules care.
struct CycleFacts {
    std::string phase = "plan";
    std::size_t questions = 0;              // Plan's questions
    std::size_t questions_predicted = 0;    // ... of which have a prediction
    std::size_t questions_with_result = 0;  // ... of which Study has answered
    bool what_happened = false;             // Do's account is written
    std::string act_decision;               // "" until Act decides
};

// Why the cycle may not move from its phase to `to`, or nullopt when it may: only to the next phase, and only
// when the phase it leaves is complete (Plan: a question, each with a prediction; Do: what happened; Study: a
// result for each prediction). Act is the last phase: deciding adopt, adapt or abandon completes the cycle.
std::optional<std::string> refuse_advance(const CycleFacts& cycle, std::string_view to);

// Why the fields of `phase` may not be edited on a cycle in `current`: a phase not yet reached has nothing to edit.
// Earlier phases stay editable (a team corrects its Plan while it is doing it).
std::optional<std::string> refuse_phase_edit(std::string_view current, std::string_view phase);

// A cycle is complete once Act has decided.
bool cycle_complete(const CycleFacts& cycle);

// Whether a next version may be started from this cycle: its Act decided to adapt.
bool starts_next_version(const CycleFacts& cycle);

// A decided prototype (scaled, kept testing, stopped) is read-only until it is reopened.
bool prototype_decided(std::string_view status);

}  // namespace trellis::domain
