#include "app/demo_meetings.hpp"

#include <stdexcept>

#include "trellis/actions/meetings.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::app {

namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t member_id(store::Connection& db, std::int64_t team_id, const std::string& email) {
    return store::find_member_by_email(db, team_id, email)->id;
}

// 16:00 UTC (08:00 or 09:00 in California), `days` from today.
std::int64_t afternoon(std::int64_t now, int days) { return (now / kDay + days) * kDay + 16 * 3600; }

}  // namespace

void add_demo_meetings(store::Connection& db, std::int64_t wl, const std::vector<std::int64_t>& mtss_teams,
                       std::int64_t lead_user, std::int64_t now) {
    const auto today = now / kDay;
    store::Meeting first;
    first.team_id = wl;
    first.title = "Forming the team";
    first.goal = "Agree who the team is and who is missing (Module 0, section A)";
    first.starts_at = afternoon(now, -14);
    first.time_zone = "America/Los_Angeles";
    first.duration_minutes = 60;
    first.mode = "in_person";
    first.location = "District office, room 12";
    first.objectives = {"Identify the team and the perspectives each member brings"};
    first.status = "scheduled";
    first.agenda = {{0, "Introductions: who we are and what we bring", 15, "topic", {}, {}},
                    {0, "Are all key perspectives represented? Who is missing?", 30, "discussion", {}, {}},
                    {0, "Outreach before the next meeting", 15, "topic", {}, {}}};
    const auto first_id = store::insert_meeting(db, first, lead_user, *first.starts_at - 7 * kDay);
    const auto stored = *store::find_meeting(db, first_id);
    const auto elena = member_id(db, wl, "lead@mpusd.example");
    const auto sofia = member_id(db, wl, "wl.teacher@mpusd.example");
    const auto tom = member_id(db, wl, "t.becker@mpusd.example");
    const auto priya = member_id(db, wl, "p.shah@mpusd.example");
    const auto held = *first.starts_at + 3600;
    for (const auto m : {elena, sofia, tom}) store::set_attendance(db, first_id, m, "present", lead_user, held);
    store::set_attendance(db, first_id, priya, "excused", lead_user, held);
    store::insert_note(db,
                       {0, first_id, stored.agenda[1].id, lead_user, "Elena Martínez",
                        "Families, students and special education are missing, and nobody teaches in elementary "
                        "grades. Sofía knows the dual-immersion parents' group.",
                        1, 0},
                       held);
    store::insert_decision(
        db,
        {0, first_id, stored.agenda[1].id, "Meet every second Tuesday, alternating in person and virtual.", 1, 0, 0},
        lead_user, held);
    const auto add_item = [&](const char* title, std::int64_t owner, int due_in_days) {
        store::ActionItem a;
        a.team_id = wl;
        a.meeting_id = first_id;
        a.title = title;
        a.owner_member_id = owner;
        a.due_on = domain::days_to_date(today + due_in_days);
        return store::insert_action_item(db, a, lead_user, held);
    };
    add_item("Invite two family representatives from the dual-immersion parents' group", sofia, -3);  // overdue
    const auto done = add_item("Share the 2019 World Languages Standards with the team", tom, -7);
    add_item("Gather enrollment by language program and student group", priya, 10);
    // Closed the day it was held, through the action the API closes meetings with; the item was done later.
    const auth::Principal elena_account{.user_id = lead_user, .name = "Elena Martínez"};
    actions::close_meeting({db, elena_account, held}, first_id);
    auto finished = *store::find_action_item(db, done);
    finished.status = "done";
    finished.done_on = domain::days_to_date(today - 8);
    finished.status_changed_by = lead_user;
    finished.status_changed_at = (today - 8) * kDay + 20 * 3600;
    store::update_action_item(db, finished);

    // The next meeting opens with the open items: planned through the action POST /api/v1/teams/{id}/meetings uses.
    store::Meeting next;
    next.team_id = wl;
    next.title = "What we share";
    next.goal = "Find the values, priorities and challenges the team shares (Module 0, section B)";
    next.starts_at = afternoon(now, 7);
    next.time_zone = "America/Los_Angeles";
    next.duration_minutes = 60;
    next.mode = "virtual";
    next.location = "Video call (link in the invitation)";
    next.objectives = {"Name what the members share", "Agree on three principles for the work ahead"};
    next.status = "scheduled";
    next.agenda = {{0, "What beliefs and experiences do we share?", 30, "discussion", {}, {}},
                   {0, "Three principles for our work", 20, "decision", {}, {}}};
    if (!actions::create_meeting({db, elena_account, now}, next)) {
        throw std::logic_error("the demo's next meeting breaks the guide's rules");
    }

    for (const auto team : mtss_teams) {
        store::Meeting m;
        m.team_id = team;
        m.title = "Empathy interviews: what we heard";
        m.goal = "Share what foster and homeless students told us and pick the themes to prototype";
        m.starts_at = afternoon(now, 10);
        m.time_zone = "America/Los_Angeles";
        m.duration_minutes = 90;
        m.mode = "hybrid";
        m.location = "Sanger Unified district office and video call";
        m.objectives = {"Share the interview notes", "Tag the notes into themes", "Choose one theme to prototype"};
        m.status = "scheduled";
        m.agenda = {{0, "What we heard, team by team", 30, "topic", {}, {}},
                    {0, "Themes: questions and discussion", 30, "discussion", {}, {}},
                    {0, "Choose the theme to prototype", 20, "decision", {}, {}}};
        store::insert_meeting(db, m, lead_user, now);
    }
}

}  // namespace trellis::app
