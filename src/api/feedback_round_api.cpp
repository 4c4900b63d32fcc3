// One feedback round's page (issue 12, item 4), the routes a reviewer from another district uses. The policy's
// feedback_round kind decides: the team's people read it, and so does a person invited to it until they decline;
// commenting takes an accepted invitation (or a lead's or member's seat); inviting more people and closing the
// round are the team's work. Nothing here reads the team beyond the round: its snapshot is what a reviewer sees.
#include <fmt/format.h>
#include <boost/json.hpp>

#include <algorithm>

#include "api/evidence_shapes.hpp"
#include "api/feedback_invitations.hpp"
#include "api/feedback_shapes.hpp"
#include "api/json_body.hpp"
#include "api/outgoing_mail.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/characters.hpp"
#include "trellis/notify/feedback_mail.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/prototypes.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::size_t kCommentLength = 4000;

http::Response closed_refusal() { return conflict("this feedback round is closed; its history stays as it is"); }

http::Response get_round(RequestContext& c) {
    return json_response(200, round_json(c, *store::find_feedback_round(c.db, c.id())));
}

// PUT .../response {accept}: an invited person's own answer. Accepting links their account to the round (they may
// comment); declining ends their access to it.
http::Response respond(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto accept = body->optional_bool("accept");
    if (!accept && body->ok()) body->add_error("accept", "is required: true to accept, false to decline");
    if (!body->ok()) return body->problem();
    const auto round = store::find_feedback_round(c.db, c.id());
    const auto reviewer = store::find_feedback_reviewer(c.db, round->id, c.principal.user_id);
    if (!reviewer) return forbidden("only a person invited to this feedback round answers its invitation");
    if (reviewer->status != "invited") return conflict(fmt::format("you already answered: {}", reviewer->status));
    if (round->status != "open") return closed_refusal();
    store::answer_feedback_invitation(c.db, round->id, c.principal.user_id, *accept ? "accepted" : "declined",
                                      c.services.now());
    if (!*accept) return json_response(200, json::object{{"id", round->id}, {"me", {{"reviewer_status", "declined"}}}});
    return json_response(200, round_json(c, *round));
}

// The people a comment mentions, each one of the round's people (else an error naming the stranger).
std::vector<store::FeedbackMention> read_mentions(RequestContext& c, JsonBody& body, const store::FeedbackRound& round,
                                                  const std::string& text) {
    const auto named = read_id_list(body, "mention_user_ids", 30);
    const auto people = mentionable_people(c, round);
    std::vector<std::int64_t> known;
    for (const auto& p : people) known.push_back(p.user_id);
    check_ids_known(body, "mention_user_ids", named, known, "person of this round");
    std::vector<store::FeedbackMention> out;
    for (const auto id : domain::mentions_in_text(text, named, people)) {
        const auto person = std::find_if(people.begin(), people.end(), [&](auto& p) { return p.user_id == id; });
        out.push_back({id, person->name});
    }
    return out;
}

void mail_mentions(RequestContext& c, const store::FeedbackRound& round, const store::FeedbackComment& comment) {
    const auto team = store::find_team(c.db, round.team_id);
    const notify::FeedbackMentionText text{.author = comment.author_name,
                                           .team = team->name,
                                           .item = round.item_title,
                                           .excerpt = domain::first_characters(comment.body, 500),
                                           .link = fmt::format("{}/feedback/{}", c.services.public_url, round.id)};
    for (const auto& m : comment.mentions) {
        if (m.user_id == c.principal.user_id) continue;
        const auto user = store::find_user(c.db, m.user_id);
        if (!user) continue;
        send_to_person(c, user->email, domain::MailKind::transactional, [&](const std::string& lang) {
            return notify::feedback_mention_mail(user->email, user->name, text, lang);
        });
    }
}

http::Response add_comment(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto round = store::find_feedback_round(c.db, c.id());
    store::FeedbackComment comment{.round_id = round->id,
                                   .author_user_id = c.principal.user_id,
                                   .author_name = c.principal.name,
                                   .created_at = c.services.now()};
    if (auto text = body->required_string("body", kCommentLength)) comment.body = *text;
    if (auto parent = body->optional_integer("parent_id")) {
        const auto comments = store::feedback_comments(c.db, round->id);
        if (std::none_of(comments.begin(), comments.end(), [&](auto& other) { return other.id == *parent; }))
            body->add_error("parent_id", fmt::format("comment {} is not in this feedback round", *parent));
        comment.parent_id = parent;
    }
    comment.mentions = read_mentions(c, *body, *round, comment.body);
    if (!body->ok()) return body->problem();
    if (round->status != "open") return closed_refusal();
    comment.id = store::insert_feedback_comment(c.db, comment);
    mail_mentions(c, *round, comment);
    return created(comment_json(comment), fmt::format("/api/v1/feedback-rounds/{}", round->id));
}

http::Response add_reviewers(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto round = store::find_feedback_round(c.db, c.id());
    const auto people = read_reviewer_choice(c, *body, round->team_id);
    if (!body->ok()) return body->problem();
    if (round->status != "open") return closed_refusal();
    invite_reviewers(c, *round, people);
    return json_response(200, round_json(c, *round));
}

// The version the round reviewed, from its snapshot: a next version must come after it.
std::int64_t reviewed_version_number(const store::FeedbackRound& round) {
    const auto snapshot = json::parse(round.snapshot_json);
    const auto* number = snapshot.as_object().if_contains("version_number");
    return number && number->is_int64() ? number->as_int64() : 0;
}

// PUT .../close {what_we_changed, next_version_id?, version}
http::Response close_round(RequestContext& c) {
    auto body = JsonBody::parse(c.request);
    if (!body) return body.error();
    const auto current = store::find_feedback_round(c.db, c.id());
    const auto version = body->required_integer("version");
    auto closed = *current;
    if (auto changed = body->required_string("what_we_changed", kCommentLength)) closed.what_we_changed = *changed;
    if (auto next = body->optional_integer("next_version_id")) {
        const auto v =
            current->prototype_id ? store::find_prototype_version(c.db, *current->prototype_id, *next) : std::nullopt;
        if (!v)
            body->add_error("next_version_id",
                            fmt::format("version {} is not a version of the reviewed prototype", *next));
        else if (v->number <= reviewed_version_number(*current))
            body->add_error("next_version_id", "the next version must come after the version reviewed");
        closed.next_version_id = next;
    }
    if (!body->ok()) return body->problem();
    if (current->status != "open") return closed_refusal();
    closed.version = *version;
    closed.closed_by_name = c.principal.name;
    closed.closed_at = c.services.now();
    if (!store::close_feedback_round(c.db, closed))
        return stale_edit("this feedback round", *version, round_json(c, *store::find_feedback_round(c.db, c.id())));
    return json_response(200, round_json(c, *store::find_feedback_round(c.db, c.id())));
}

}  // namespace

void add_feedback_round_page_routes(RouteTable& routes) {
    using auth::ResourceKind;
    const std::string one = "/api/v1/feedback-rounds/{id}";
    const auto readers = Access::parse(
        "anonymous:401 stranger:404 other_lead:404 partner:404 participant:allowed member:allowed lead:allowed "
        "data_lead:404 admin:allowed facilitator:404 mentor:404 reviewer:allowed");
    const auto commenters = Access::parse(
        "anonymous:401 stranger:404 other_lead:404 partner:404 participant:403 member:allowed lead:allowed "
        "data_lead:404 admin:allowed facilitator:404 mentor:404 reviewer:allowed");
    const auto team_side = Access::parse(
        "anonymous:401 stranger:404 other_lead:404 partner:404 participant:403 member:allowed lead:allowed "
        "data_lead:404 admin:allowed facilitator:404 mentor:404 reviewer:403");
    routes.push_back({"GET", one, Guard::read(ResourceKind::feedback_round), get_round, readers});
    routes.push_back({"PUT", one + "/response", Guard::read(ResourceKind::feedback_round), respond, readers});
    routes.push_back(
        {"POST", one + "/comments", Guard::take_part(ResourceKind::feedback_round), add_comment, commenters});
    routes.push_back(
        {"POST", one + "/reviewers", Guard::contribute(ResourceKind::feedback_round), add_reviewers, team_side});
    routes.push_back({"PUT", one + "/close", Guard::contribute(ResourceKind::feedback_round), close_round, team_side});
}

}  // namespace trellis::api
