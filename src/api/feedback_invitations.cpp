#include "api/feedback_invitations.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "api/evidence_shapes.hpp"
#include "api/outgoing_mail.hpp"
#include "trellis/domain/feedback_round.hpp"
#include "trellis/notify/feedback_mail.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

std::vector<store::FeedbackCandidate> read_reviewer_choice(RequestContext& c, JsonBody& body, std::int64_t team_id) {
    const auto ids = read_id_list(body, "reviewer_user_ids", domain::kMaxFeedbackReviewers);
    if (!body.object().contains("reviewer_user_ids") || (ids.empty() && body.ok())) {
        body.add_error("reviewer_user_ids", "choose at least one person to ask");
        return {};
    }
    const auto candidates = store::feedback_candidates(c.db, team_id);
    std::vector<store::FeedbackCandidate> chosen;
    for (const auto id : ids) {
        const auto person =
            std::find_if(candidates.begin(), candidates.end(), [&](auto& p) { return p.user_id == id; });
        if (person == candidates.end() || id == c.principal.user_id) {
            // Whether the id is a person at all is not said: the team learns only that it may not ask them.
            body.add_error("reviewer_user_ids",
                           fmt::format("user {} may not be asked: a round asks the team's own people, the coaches on "
                                       "its district's agreements or the staff of its networks' other organizations",
                                       id));
            return {};
        }
        chosen.push_back(*person);
    }
    return chosen;
}

void invite_reviewers(RequestContext& c, const store::FeedbackRound& round,
                      const std::vector<store::FeedbackCandidate>& people) {
    const auto team = store::find_team(c.db, round.team_id);
    const notify::FeedbackRequestText text{.requester = c.principal.name,
                                           .team = team->name,
                                           .organization = team->organization_name,
                                           .item = round.item_title,
                                           .question = round.question,
                                           .due_on = round.due_on,
                                           .link = fmt::format("{}/feedback/{}", c.services.public_url, round.id)};
    for (const auto& person : people) {
        const store::FeedbackReviewer reviewer{.round_id = round.id,
                                               .user_id = person.user_id,
                                               .chosen_as = person.chosen_as,
                                               .organization_name = person.organization,
                                               .invited_at = c.services.now()};
        if (!store::invite_feedback_reviewer(c.db, reviewer)) continue;  // asked already
        const auto user = store::find_user(c.db, person.user_id);
        send_to_person(c, user->email, domain::MailKind::transactional, [&](const std::string& lang) {
            return notify::feedback_request_mail(user->email, user->name, text, lang);
        });
    }
}

}  // namespace trellis::api
