#pragma once
// The JSON of feedback rounds (docs/api.md, "Feedback rounds"): a round in full for its page, a summary with its
// timeline for the team's list, and the people a comment may mention.
#include <boost/json.hpp>

#include "api/route.hpp"
#include "trellis/domain/feedback_round.hpp"
#include "trellis/store/feedback.hpp"

namespace trellis::api {

// The round's people a comment may mention: whoever opened it, its reviewers who did not decline, the authors of
// its comments; and, for a caller who reads the team, the team's members with an account.
std::vector<domain::MentionablePerson> mentionable_people(RequestContext& c, const store::FeedbackRound& round);

boost::json::object round_json(RequestContext& c, const store::FeedbackRound& round);
boost::json::object round_summary_json(store::Connection& db, const store::FeedbackRound& round);
boost::json::object comment_json(const store::FeedbackComment& comment);

}  // namespace trellis::api
