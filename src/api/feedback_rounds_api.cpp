// A team's feedback rounds (issue 12, item 4): the team's lead and members ask chosen people for feedback on one
// item (a prototype version, a plan section, a guide answer) with a question and a due date. The people they may
// ask are listed by store::feedback_candidates and no one else: an id outside that list answers 422 and nothing is
// stored. Each person invited gets the request by e-mail in their language; their account is linked to the round
// only once they accept it (feedback_round_api.cpp).
#include <fmt/format.h>
#include <boost/json.hpp>

#include "api/evidence_shapes.hpp"
#include "api/feedback_invitations.hpp"
#include "api/feedback_items.hpp"
#include "api/feedback_shapes.hpp"
#include "api/json_body.hpp"
#include "api/permissions_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/identifiers.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::size_t kQuestionLength = 2000;

// Due on a day that has not passed anywhere in the United States: not before yesterday in UTC.
void read_due_on(RequestContext& c, JsonBody& body, std::string& into) {
    auto due = body.required_string("due_on", 10);
    if (!due) return;
    if (auto problem = domain::check_date(*due)) return body.add_error("due_on", *problem);
    const auto yesterday = domain::utc_date(c.services.now() - 86400);
    if (*due < yesterday) return body.add_error("due_on", fmt::format("{} has passed: choose a day ahead", *due));
    into = *due;
}

http::Response list_rounds(RequestContext& c) {
    json::array rounds;
    for (const auto& round : store::team_feedback_rounds(c.db, c.id()))
        rounds.push_back(round_summary_json(c.db, round));
    const auto may = may_json(c, auth::ResourceKind::team, c.id());
    return json_response(200, json::object{{"rounds", rounds}, {"may_request", may.at("contribute")}});
}

http::Response list_candidates(RequestContext& c) {
    json::array out;
    for (const auto& person : store::feedback_candidates(c.db, c.id())) {
        if (person.user_id == c.principal.user_id) continue;  // one does not ask oneself
        out.push_back({{"user_id", person.user_id},
                       {"name", person.name},
                       {"organization", person.organization},
                       {"chosen_as", person.chosen_as}});
    }
    return json_response(200, json::object{{"candidates", out}});
}

http::Response list_items(RequestContext& c) { return json_response(200, feedback_items_json(c, c.id())); }

http::Response open_round(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    store::FeedbackRound round{.team_id = c.id(),
                               .created_by_user_id = c.principal.user_id,
                               .created_by_name = c.principal.name,
                               .created_at = c.services.now()};
    const auto item = read_feedback_item(c, *body, c.id());
    if (auto question = body->required_string("question", kQuestionLength)) round.question = *question;
    read_due_on(c, *body, round.due_on);
    const auto reviewers = read_reviewer_choice(c, *body, c.id());
    if (!body->ok()) return body->problem();
    round.item_kind = item->kind;
    round.item_key = item->key;
    round.item_title = item->title;
    round.snapshot_json = json::serialize(item->snapshot);
    round.prototype_id = item->prototype_id;
    round.id = store::insert_feedback_round(c.db, round);
    invite_reviewers(c, round, reviewers);
    return created(round_json(c, *store::find_feedback_round(c.db, round.id)),
                   fmt::format("/api/v1/feedback-rounds/{}", round.id));
}

http::Response my_requests(RequestContext& c) {
    json::array out;
    for (const auto& r : store::open_feedback_requests(c.db, c.principal.user_id)) {
        out.push_back({{"round_id", r.round_id},
                       {"team", r.team_name},
                       {"organization", r.organization},
                       {"item_title", r.item_title},
                       {"question", r.question},
                       {"due_on", r.due_on},
                       {"reviewer_status", r.reviewer_status},
                       {"comments", r.comments}});
    }
    return json_response(200, json::object{{"requests", out}});
}

}  // namespace

void add_feedback_round_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const std::string team = "/api/v1/teams/{id}";
    routes.push_back(
        {"GET", team + "/feedback-rounds", Guard::read(ResourceKind::team), list_rounds, access::team_readers});
    routes.push_back({"POST", team + "/feedback-rounds", Guard::contribute(ResourceKind::team), open_round,
                      access::team_contributors});
    routes.push_back({"GET", team + "/feedback-candidates", Guard::contribute(ResourceKind::team), list_candidates,
                      access::team_contributors});
    routes.push_back({"GET", team + "/feedback-items", Guard::contribute(ResourceKind::team), list_items,
                      access::team_contributors});
    routes.push_back({"GET", "/api/v1/me/feedback-requests", Guard::signed_in(), my_requests, access::signed_in});
    add_feedback_round_page_routes(routes);
}

}  // namespace trellis::api
