#include "app/demo_feedback.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include <stdexcept>

#include "trellis/domain/follow_through.hpp"
#include "trellis/store/feedback.hpp"
#include "trellis/store/prototypes.hpp"

namespace trellis::app {

namespace {

constexpr std::int64_t kDay = 86400;

std::string snapshot(const store::Prototype& p, const store::PrototypeVersion& v) {
    return boost::json::serialize(boost::json::object{{"prototype_title", p.title},
                                                      {"if_we", p.if_we},
                                                      {"then_what", p.then_what},
                                                      {"for_whom", p.for_whom},
                                                      {"version_number", v.number},
                                                      {"description", v.description},
                                                      {"attachments", boost::json::parse(v.attachments_json)}});
}

void invite(store::Connection& db, std::int64_t team, std::int64_t round, std::int64_t user, std::int64_t at,
            std::optional<std::int64_t> accepted_at) {
    for (const auto& person : store::feedback_candidates(db, team)) {
        if (person.user_id != user) continue;
        store::invite_feedback_reviewer(db, {.round_id = round,
                                             .user_id = user,
                                             .chosen_as = person.chosen_as,
                                             .organization_name = person.organization,
                                             .invited_at = at});
        if (accepted_at) store::answer_feedback_invitation(db, round, user, "accepted", *accepted_at);
        return;
    }
    throw std::logic_error("demo: a feedback reviewer the team may not ask");
}

std::int64_t comment(store::Connection& db, std::int64_t round, std::optional<std::int64_t> parent, std::int64_t author,
                     const char* name, const char* body, std::int64_t at,
                     std::vector<store::FeedbackMention> mentions = {}) {
    return store::insert_feedback_comment(db, {.round_id = round,
                                               .parent_id = parent,
                                               .author_user_id = author,
                                               .author_name = name,
                                               .body = body,
                                               .created_at = at,
                                               .mentions = std::move(mentions)});
}

}  // namespace

void add_demo_feedback(store::Connection& db, std::int64_t mtss_team, const DemoFeedbackPeople& people,
                       std::int64_t now) {
    const auto prototypes = store::team_prototypes(db, mtss_team);
    if (prototypes.empty()) throw std::logic_error("demo: the MTSS team's prototype must exist before its feedback");
    const auto& prototype = prototypes.back();  // the welcome meeting, the team's first
    const auto versions = store::prototype_versions(db, prototype.id);
    if (versions.size() < 2) throw std::logic_error("demo: the welcome meeting has two versions");
    const auto& first = versions[0];
    const auto& second = versions[1];
    const char* lead = "Elena Martínez";
    const char* coach = "Daniel Ortiz";

    // Round 1, on version 1: asked 150 days ago, closed when version 2 was written.
    auto closed = store::FeedbackRound{.team_id = mtss_team,
                                       .item_kind = "prototype_version",
                                       .item_key = fmt::format("prototype/{}/version/{}", prototype.id, first.id),
                                       .item_title = fmt::format("{} (v{})", prototype.title, first.number),
                                       .snapshot_json = snapshot(prototype, first),
                                       .prototype_id = prototype.id,
                                       .question =
                                           "Would this meeting work for families who cannot come to school "
                                           "in the first week? What would Sanger change?",
                                       .due_on = domain::utc_date(now - 140 * kDay),
                                       .created_by_user_id = people.lead,
                                       .created_by_name = lead,
                                       .created_at = now - 150 * kDay};
    closed.id = store::insert_feedback_round(db, closed);
    invite(db, mtss_team, closed.id, people.mentor, now - 150 * kDay, now - 149 * kDay);
    const auto first_note = comment(
        db, closed.id, std::nullopt, people.mentor, coach,
        "The meeting works when the caregiver is there. Two of your five families could not come in person: let "
        "them join by phone. At Sanger the transportation coordinator comes too, because the bus route is the first "
        "thing that breaks in a new placement.",
        now - 146 * kDay);
    comment(db, closed.id, first_note, people.lead, lead,
            "@Daniel Ortiz thank you. Who sets up the transport plan at Sanger, the liaison or the coordinator?",
            now - 145 * kDay, {{people.mentor, coach}});
    comment(db, closed.id, first_note, people.mentor, coach,
            "The coordinator, in the meeting itself, so the family leaves with the pickup time.", now - 144 * kDay);
    closed.version = 1;
    closed.what_we_changed =
        "Version 2: the caregiver may join by phone, and the district's transportation coordinator joins every "
        "meeting to set the route before the student's first full week.";
    closed.next_version_id = second.id;
    closed.closed_by_name = lead;
    closed.closed_at = now - 111 * kDay;
    store::close_feedback_round(db, closed);

    // Round 2, on version 2: open, due in nine days; the coach answered, Lancaster's lead has not yet.
    const auto open = store::insert_feedback_round(
        db, {.team_id = mtss_team,
             .item_kind = "prototype_version",
             .item_key = fmt::format("prototype/{}/version/{}", prototype.id, second.id),
             .item_title = fmt::format("{} (v{})", prototype.title, second.number),
             .snapshot_json = snapshot(prototype, second),
             .prototype_id = prototype.id,
             .question = "We are deciding whether to scale this to every school. What would you need to run it "
                         "in your district?",
             .due_on = domain::utc_date(now + 9 * kDay),
             .created_by_user_id = people.lead,
             .created_by_name = lead,
             .created_at = now - 5 * kDay});
    invite(db, mtss_team, open, people.mentor, now - 5 * kDay, now - 4 * kDay);
    invite(db, mtss_team, open, people.peer, now - 5 * kDay, std::nullopt);
    comment(db, open, std::nullopt, people.mentor, coach,
            "Scale it with the liaison's time protected: at Sanger each meeting takes about 45 minutes with the "
            "follow-up calls.",
            now - 3 * kDay);
}

}  // namespace trellis::app
