#pragma once
// The vocabulary and rules of a feedback round (issue 12, item 4), pure: what a round may be about, why a person
// may be asked, and which people a comment mentions.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace trellis::domain {

inline constexpr std::array<std::string_view, 3> kFeedbackItemKinds = {"prototype_version", "plan_section",
                                                                       "guide_answer"};
// The plan's sections a round may ask about, in the plan's order.
inline constexpr std::array<std::string_view, 6> kFeedbackPlanSections = {"vision",     "goals", "activities",
                                                                          "milestones", "tasks", "barriers"};
// Why a person may be asked: a coach named on an agreement the team's district is a party to, the staff of a peer
// district's team in one of its networks, one of the team's own people.
inline constexpr std::array<std::string_view, 3> kFeedbackReasons = {"mentor_coach", "peer", "member"};
inline constexpr std::size_t kMaxFeedbackReviewers = 30;

// A person a comment may mention: the round's people (its team's members, its reviewers who did not decline).
struct MentionablePerson {
    std::int64_t user_id = 0;
    std::string name;
};

// The ids of the people the comment's text mentions as "@Name" among those the writer named (mention_user_ids):
// a mention the writer removed from the text before sending is dropped; the rest keep the writer's order.
std::vector<std::int64_t> mentions_in_text(std::string_view body, const std::vector<std::int64_t>& named,
                                           const std::vector<MentionablePerson>& people);

}  // namespace trellis::domain
