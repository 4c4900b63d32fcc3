#include "api/feedback_shapes.hpp"

#include <algorithm>

#include "api/coaching_attachments.hpp"
#include "api/json_shapes.hpp"
#include "api/permissions_shape.hpp"
#include "trellis/domain/characters.hpp"
#include "trellis/store/networks.hpp"
#include "trellis/store/prototypes.hpp"
#include "trellis/store/relationships.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::value time_or_null(const std::optional<std::int64_t>& at) {
    return at ? json::value(rfc3339(*at)) : json::value(nullptr);
}

json::value next_version_json(store::Connection& db, const store::FeedbackRound& round) {
    if (!round.next_version_id || !round.prototype_id) return nullptr;
    const auto v = store::find_prototype_version(db, *round.prototype_id, *round.next_version_id);
    if (!v) return nullptr;
    return json::object{{"id", v->id}, {"number", v->number}, {"prototype_id", *round.prototype_id}};
}

json::object item_json(const store::FeedbackRound& round) {
    return {{"kind", round.item_kind},
            {"title", round.item_title},
            {"prototype_id", round.prototype_id ? json::value(*round.prototype_id) : json::value(nullptr)},
            {"snapshot", json::parse(round.snapshot_json)}};
}

// The round's history, oldest first: opened, each invitation and answer, each comment, the closing.
json::array events_json(const store::FeedbackRound& round, const std::vector<store::FeedbackReviewer>& reviewers,
                        const std::vector<store::FeedbackComment>& comments) {
    struct Event {
        std::int64_t at;
        std::string kind, who, text;
    };
    std::vector<Event> events{{round.created_at, "opened", round.created_by_name, round.question}};
    // Within one second the order is the order things happen in: invitations, then answers, then comments.
    for (const auto& r : reviewers) events.push_back({r.invited_at, "invited", r.name, ""});
    for (const auto& r : reviewers)
        if (r.answered_at) events.push_back({*r.answered_at, r.status, r.name, ""});
    for (const auto& c : comments)
        events.push_back({c.created_at, "comment", c.author_name, domain::first_characters(c.body, 200)});
    if (round.closed_at) events.push_back({*round.closed_at, "closed", round.closed_by_name, round.what_we_changed});
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    json::array out;
    for (const auto& e : events)
        out.push_back({{"at", rfc3339(e.at)}, {"kind", e.kind}, {"who", e.who}, {"text", e.text}});
    return out;
}

json::object reviewer_json(const store::FeedbackReviewer& r) {
    return {{"user_id", r.user_id},     {"name", r.name},     {"organization", r.organization_name},
            {"chosen_as", r.chosen_as}, {"status", r.status}, {"answered_at", time_or_null(r.answered_at)}};
}

}  // namespace

std::vector<domain::MentionablePerson> mentionable_people(RequestContext& c, const store::FeedbackRound& round) {
    std::vector<domain::MentionablePerson> people;
    const auto add = [&](std::optional<std::int64_t> id, const std::string& name) {
        if (!id) return;
        if (std::any_of(people.begin(), people.end(), [&](const auto& p) { return p.user_id == *id; })) return;
        people.push_back({*id, name});
    };
    add(round.created_by_user_id, round.created_by_name);
    for (const auto& r : store::feedback_reviewers(c.db, round.id))
        if (r.status != "declined") add(r.user_id, r.name);
    for (const auto& comment : store::feedback_comments(c.db, round.id))
        add(comment.author_user_id, comment.author_name);
    const auto team = store::load_relationship(c.db, c.principal.user_id, auth::ResourceKind::team, round.team_id);
    if (store::readable_by(c.principal.user_id, c.principal.site_admin, auth::ResourceKind::team, team)) {
        for (const auto& m : store::team_members(c.db, round.team_id)) add(m.user_id, m.name);
    }
    return people;
}

json::object comment_json(RequestContext& c, const store::FeedbackComment& comment) {
    json::array mentions;
    for (const auto& m : comment.mentions) mentions.push_back({{"user_id", m.user_id}, {"name", m.name}});
    return {{"id", comment.id},
            {"parent_id", comment.parent_id ? json::value(*comment.parent_id) : json::value(nullptr)},
            {"author_user_id", comment.author_user_id ? json::value(*comment.author_user_id) : json::value(nullptr)},
            {"author_name", comment.author_name},
            {"body", comment.body},
            {"mentions", mentions},
            {"resources", attached_resources_json(c, comment.resource_ids)},
            {"created_at", rfc3339(comment.created_at)}};
}

json::object round_summary_json(store::Connection& db, const store::FeedbackRound& round) {
    const auto reviewers = store::feedback_reviewers(db, round.id);
    const auto comments = store::feedback_comments(db, round.id);
    const auto accepted =
        std::count_if(reviewers.begin(), reviewers.end(), [](const auto& r) { return r.status == "accepted"; });
    return {{"id", round.id},
            {"item", item_json(round)},
            {"question", round.question},
            {"due_on", round.due_on},
            {"status", round.status},
            {"created_by_name", round.created_by_name},
            {"created_at", rfc3339(round.created_at)},
            {"reviewers", static_cast<std::int64_t>(reviewers.size())},
            {"accepted", static_cast<std::int64_t>(accepted)},
            {"comments", static_cast<std::int64_t>(comments.size())},
            {"what_we_changed", round.what_we_changed},
            {"closed_at", time_or_null(round.closed_at)},
            {"next_version", next_version_json(db, round)},
            {"events", events_json(round, reviewers, comments)}};
}

json::object round_json(RequestContext& c, const store::FeedbackRound& round) {
    const auto reviewers = store::feedback_reviewers(c.db, round.id);
    const auto comments = store::feedback_comments(c.db, round.id);
    const auto team = store::find_team(c.db, round.team_id);
    json::array reviewer_list, comment_list, people;
    json::value my_status = nullptr;
    for (const auto& r : reviewers) {
        reviewer_list.push_back(reviewer_json(r));
        if (r.user_id == c.principal.user_id) my_status = json::value(r.status);
    }
    for (const auto& comment : comments) comment_list.push_back(comment_json(c, comment));
    for (const auto& p : mentionable_people(c, round)) people.push_back({{"user_id", p.user_id}, {"name", p.name}});
    // The networks whose shared resources a comment may attach: the team's, among those the caller takes part in
    // (the only ones whose resources they read), so the list names no network the caller does not know.
    json::array attach_networks;
    const auto theirs = store::visible_networks(c.db, c.principal.user_id, c.principal.site_admin);
    for (const auto id : store::team_networks(c.db, round.team_id))
        if (std::any_of(theirs.begin(), theirs.end(), [&](const auto& n) { return n.id == id; }))
            attach_networks.push_back(id);
    return {{"id", round.id},
            {"team", {{"id", team->id}, {"name", team->name}, {"organization", team->organization_name}}},
            {"item", item_json(round)},
            {"question", round.question},
            {"due_on", round.due_on},
            {"status", round.status},
            {"what_we_changed", round.what_we_changed},
            {"next_version", next_version_json(c.db, round)},
            {"created_by_name", round.created_by_name},
            {"created_at", rfc3339(round.created_at)},
            {"closed_by_name", round.closed_by_name},
            {"closed_at", time_or_null(round.closed_at)},
            {"version", round.version},
            {"reviewers", reviewer_list},
            {"comments", comment_list},
            {"people", people},
            {"attach_network_ids", attach_networks},
            {"events", events_json(round, reviewers, comments)},
            {"me", {{"reviewer_status", my_status}}},
            {"may", may_json(c, auth::ResourceKind::feedback_round, round.id)}};
}

}  // namespace trellis::api
