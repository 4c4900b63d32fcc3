#pragma once
// The implementation guide's meeting discipline as pure functions: one or two objectives an hour, an agenda
// that fits the meeting, and time kept for discussion and questions.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trellis::domain {

inline constexpr double kDefaultDiscussionShare = 0.20;
inline constexpr const char* kDiscussionKind = "discussion";  // agenda kind that counts as discussion and questions

struct AgendaItem {
    std::string title;
    int minutes = 0;
    std::string kind;  // "discussion" counts toward the discussion share; other kinds are the caller's own
};

// Rule ids (stable, for API problem details and tests).
inline constexpr const char* kRuleDuration = "meeting.duration";           // duration must be positive
inline constexpr const char* kRuleObjectives = "meeting.objectives";       // at most max_objectives(duration)
inline constexpr const char* kRuleAgendaMinutes = "agenda.item_minutes";   // an item's minutes must be positive
inline constexpr const char* kRuleAgendaFits = "agenda.fits";              // sum of minutes <= duration
inline constexpr const char* kRuleDiscussionShare = "agenda.discussion";   // discussion >= share x duration
inline constexpr const char* kRuleShareRange = "agenda.discussion_share";  // share itself must be within 0..1

struct RuleViolation {
    std::string rule;     // one of the ids above
    std::string message;  // names the numbers: "3 objectives for a 60-minute meeting; at most 2"
    bool operator==(const RuleViolation&) const = default;
};

// max(1, floor(2 × duration_minutes / 60)): 30 → 1, 60 → 2, 90 → 3. Non-positive durations give 1.
int max_objectives(int duration_minutes);

// Least whole minutes of discussion a meeting needs: ceil(share × duration), robust to floating error.
int min_discussion_minutes(int duration_minutes, double discussion_share = kDefaultDiscussionShare);

std::vector<RuleViolation> check_objectives(int objective_count, int duration_minutes);

// The agenda fits the meeting and gives discussion ("discussion" items) at least `discussion_share` of it.
std::vector<RuleViolation> check_agenda(const std::vector<AgendaItem>& agenda, int duration_minutes,
                                        double discussion_share = kDefaultDiscussionShare);

// Every rule at once, in a stable order: duration, objectives, agenda items, fit, discussion.
std::vector<RuleViolation> check_meeting(int duration_minutes, int objective_count,
                                         const std::vector<AgendaItem>& agenda,
                                         double discussion_share = kDefaultDiscussionShare);

// An action item of a meeting is due on or after the meeting's date (both "YYYY-MM-DD"): nullopt when it is,
// otherwise the problem ("is before the meeting's date (2026-12-03)"). The stable code of this refusal is
// code::kBeforeMeetingDate (domain/problem_code.hpp).
std::optional<std::string> check_due_not_before_meeting(std::string_view due_on, std::string_view meeting_date);

}  // namespace trellis::domain
