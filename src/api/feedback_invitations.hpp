#pragma once
// Choosing and inviting a feedback round's reviewers: the one place that checks a person may be asked (they are
// among store::feedback_candidates of the team) and that mails the request in their language.
#include <vector>

#include "api/json_body.hpp"
#include "api/route.hpp"
#include "trellis/store/feedback.hpp"

namespace trellis::api {

// `reviewer_user_ids`: 1 to 30 distinct people the team may ask; an error naming the first other id otherwise.
std::vector<store::FeedbackCandidate> read_reviewer_choice(RequestContext& c, JsonBody& body, std::int64_t team_id);

// Invites each person not invited yet and mails them the request (after the transaction commits).
void invite_reviewers(RequestContext& c, const store::FeedbackRound& round,
                      const std::vector<store::FeedbackCandidate>& people);

}  // namespace trellis::api
