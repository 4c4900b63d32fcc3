#include "app/demo_participants.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/demo_data.hpp"
#include "trellis/actions/invitations.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/notification_settings.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::app {

namespace {

constexpr std::int64_t kDay = 86400;

struct DemoParticipant {
    const char* name;
    const char* email;
    const char* item;  // the action item they own, from the team's first meeting
    int due_in_days;   // from today
    bool done;
    const char* language;  // the language their e-mail and pages are in
};

// Invited by the lead, accepted with a new account: the path a real family member takes.
std::int64_t seat(store::Connection& db, std::int64_t team, std::int64_t organization, const auth::Principal& lead,
                  const DemoParticipant& p, std::int64_t now) {
    const auto issued = actions::issue_invitation({db, lead, now}, {organization, team, p.email, "participant"});
    if (!issued) throw std::logic_error("the demo's participant invitation was refused: " + issued.error().detail);
    const auth::Principal nobody;
    const auto accepted =
        actions::accept_invitation({db, nobody, now}, issued->invitation, actions::NewAccount{p.name, kDemoPassword});
    if (!accepted) throw std::logic_error("the demo's participant could not accept: " + accepted.error().detail);
    // Their perspectives are left for the lead to record: the team page's story (families and students still
    // missing from the team's perspectives) is the guide's section A exercise.
    return store::find_member_by_email(db, team, p.email)->id;
}

}  // namespace

void add_demo_participants(store::Connection& db, std::int64_t team, std::int64_t organization, std::int64_t lead_user,
                           std::int64_t now) {
    const auth::Principal lead{.user_id = lead_user, .name = "Elena Martínez", .email = "lead@mpusd.example"};
    const auto today = now / kDay;
    const auto meetings = store::team_meetings(db, team);
    const auto first = std::ranges::find_if(meetings, [](const store::Meeting& m) { return m.status == "closed"; });
    if (first == meetings.end()) throw std::logic_error("the demo's participants need the team's closed meeting");
    const std::vector<DemoParticipant> participants = {
        {"Carmen Delgado", "carmen.delgado@familias.example",
         "Ask the dual-immersion parents' group which evenings suit families (in Spanish)", 5, false, "es"},
        {"Diego Ruiz", "student.rep@mpusd.example",
         "Collect three questions from the Spanish club for the next meeting", -2, true, "en"}};
    for (const auto& p : participants) {
        const auto member = seat(db, team, organization, lead, p, now - 10 * kDay);
        const auto user = *store::find_member(db, team, member)->user_id;
        auto settings = store::notification_settings(db, user).value_or(store::NotificationSettings{});
        settings.language = p.language;
        store::save_notification_settings(db, user, settings);
        store::ActionItem a;
        a.team_id = team;
        a.meeting_id = first->id;
        a.title = p.item;
        a.owner_member_id = member;
        a.due_on = domain::days_to_date(today + p.due_in_days);
        const auto id = store::insert_action_item(db, a, lead_user, now - 10 * kDay);
        if (!p.done) continue;
        // Marked done by its owner, as PATCH /api/v1/action-items/{id} lets the owner do.
        auto done = *store::find_action_item(db, id);
        done.status = "done";
        done.done_on = domain::days_to_date(today - 3);
        done.status_changed_by = user;
        done.status_changed_at = (today - 3) * kDay + 22 * 3600;
        store::update_action_item(db, done);
    }
}

}  // namespace trellis::app
