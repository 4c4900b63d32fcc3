#pragma once
// Feedback rounds across districts (issue 12, item 4): a team's request for feedback on one item, the people
// invited to give it, their threaded comments and what the team changed. Every read of a round names it by id;
// the team's routes name the team too, so a round of another team is not found.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct FeedbackRound {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string item_kind;  // prototype_version | plan_section | guide_answer
    std::string item_key;   // identifies the item within the team (domain/feedback_item)
    std::string item_title;
    std::string snapshot_json = "{}";  // the item as it was when the round opened
    std::optional<std::int64_t> prototype_id;
    std::string question;
    std::string due_on;  // YYYY-MM-DD
    std::string status = "open";
    std::string what_we_changed;
    std::optional<std::int64_t> next_version_id;
    std::optional<std::int64_t> created_by_user_id;
    std::string created_by_name;
    std::int64_t created_at = 0;
    std::string closed_by_name;
    std::optional<std::int64_t> closed_at;
    std::int64_t version = 1;
};

struct FeedbackReviewer {
    std::int64_t round_id = 0;
    std::int64_t user_id = 0;
    std::string name;
    std::string email;
    std::string language;   // the person's language for mail
    std::string chosen_as;  // mentor_coach | peer | member
    std::string organization_name;
    std::string status = "invited";  // invited | accepted | declined
    std::int64_t invited_at = 0;
    std::optional<std::int64_t> answered_at;
};

struct FeedbackMention {
    std::int64_t user_id = 0;
    std::string name;
};

struct FeedbackComment {
    std::int64_t id = 0;
    std::int64_t round_id = 0;
    std::optional<std::int64_t> parent_id;
    std::optional<std::int64_t> author_user_id;
    std::string author_name;
    std::string body;
    std::int64_t created_at = 0;
    std::vector<FeedbackMention> mentions;
};

// A person a team may invite, and why (chosen_as).
struct FeedbackCandidate {
    std::int64_t user_id = 0;
    std::string name;
    std::string organization;
    std::string chosen_as;
};

// A reviewer's open request, for their own list and the digest.
struct FeedbackRequest {
    std::int64_t round_id = 0;
    std::string team_name;
    std::string organization;
    std::string item_title;
    std::string question;
    std::string due_on;
    std::string reviewer_status;
    std::int64_t comments = 0;
    std::string email;  // the reviewer's
    std::string name;
};

std::int64_t insert_feedback_round(Connection& db, const FeedbackRound& round);
std::optional<FeedbackRound> find_feedback_round(Connection& db, std::int64_t id);
std::vector<FeedbackRound> team_feedback_rounds(Connection& db, std::int64_t team_id);  // newest first
// Writes status, what_we_changed, next_version_id and the closing; false when no longer at round.version.
bool close_feedback_round(Connection& db, const FeedbackRound& round);

// Who a team may invite: the coaches named on agreements its district is a party to (mentor_coach), the leads and
// members of teams of the other organizations taking part in its networks (peer: accepted members and the
// facilitator), its own members with an account
// (member). One row per person, the first reason in that order.
std::vector<FeedbackCandidate> feedback_candidates(Connection& db, std::int64_t team_id);

std::vector<FeedbackReviewer> feedback_reviewers(Connection& db, std::int64_t round_id);  // by invitation
std::optional<FeedbackReviewer> find_feedback_reviewer(Connection& db, std::int64_t round_id, std::int64_t user_id);
// False when the person is already invited (nothing changes).
bool invite_feedback_reviewer(Connection& db, const FeedbackReviewer& reviewer);
void answer_feedback_invitation(Connection& db, std::int64_t round_id, std::int64_t user_id, const std::string& status,
                                std::int64_t at);

std::vector<FeedbackComment> feedback_comments(Connection& db, std::int64_t round_id);  // oldest first
std::int64_t insert_feedback_comment(Connection& db, const FeedbackComment& comment);
std::int64_t count_feedback_comments(Connection& db, std::int64_t round_id);

// The open rounds a person is invited to or reviews (not declined), soonest due first; all people's for the
// digest when user_id is nullopt.
std::vector<FeedbackRequest> open_feedback_requests(Connection& db, std::optional<std::int64_t> user_id);

}  // namespace trellis::store
