#include "app/demo_network_meetings.hpp"

#include <stdexcept>

#include "trellis/actions/meetings.hpp"
#include "trellis/actions/network_meetings.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/store/agreements.hpp"
#include "trellis/store/meetings.hpp"

namespace trellis::app {

namespace {

constexpr std::int64_t kDay = 86400;

// 16:00 UTC (08:00 or 09:00 in California), `days` from today.
std::int64_t afternoon(std::int64_t now, int days) { return (now / kDay + days) * kDay + 16 * 3600; }

store::Meeting plan(std::int64_t now) {
    store::Meeting m;
    m.title = "Community of practice: early warning for foster and homeless youth";
    m.goal = "Learn how Sanger's early-warning review catches students, and choose what each district tries next";
    m.starts_at = afternoon(now, -12);
    m.time_zone = "America/Los_Angeles";
    m.duration_minutes = 90;
    m.mode = "virtual";
    m.location = "Video call (link in the invitation)";
    m.objectives = {"See Sanger's weekly early-warning review", "Choose one practice each district tries"};
    m.status = "scheduled";
    m.agenda = {{0, "Sanger's weekly early-warning review, step by step", 30, "topic", {}, {}},
                {0, "What would it take in our districts? Questions and discussion", 40, "discussion", {}, {}},
                {0, "What each district tries before the next meeting", 15, "decision", {}, {}}};
    return m;
}

std::int64_t participant(store::Connection& db, const store::Meeting& m, const std::string& email) {
    for (const auto& p : store::meeting_participants(db, m.id, m.team_id)) {
        if (p.email == email) return p.id;
    }
    throw std::logic_error("demo: " + email + " is not invited to the network meeting");
}

void record(store::Connection& db, const DemoNetworkMeeting& who, const store::Meeting& m, std::int64_t held) {
    for (const auto& email : {"mentor@sanger.example", "l.kim@sanger.example", "lead@mpusd.example",
                              "m.bell@mpusd.example", "lead@lancaster.example", "g.owens@lancaster.example"}) {
        store::set_attendance(db, m.id, participant(db, m, email), "present", who.facilitator_user, held);
    }
    store::insert_note(db,
                       {0, m.id, m.agenda[0].id, who.mentor_user, "Daniel Ortiz",
                        "Every Monday counselors and the foster youth liaison review attendance, grades and "
                        "behavior flags for foster and homeless students; each flagged student gets one adult "
                        "who checks in that week.",
                        1, 0},
                       held);
    store::insert_note(db,
                       {0, m.id, m.agenda[1].id, who.monterey_lead_user, "Elena Martínez",
                        "We have the data but no weekly meeting. Our liaison covers 880 students experiencing "
                        "homelessness: we would start with the two high schools.",
                        1, 0},
                       held);
    store::insert_note(db,
                       {0, m.id, m.agenda[1].id, who.lancaster_lead_user, "James Carter",
                        "Our attendance flags arrive a month late. We want the weekly report first.", 1, 0},
                       held);
    store::insert_decision(db,
                           {0, m.id, m.agenda[2].id,
                            "Monterey pilots a weekly early-warning review at its two high schools; Lancaster "
                            "builds the weekly attendance report first.",
                            1, 0, 0},
                           who.facilitator_user, held);
    const auto today = held / kDay;
    const auto item = [&](const char* title, const char* owner, int due_in_days) {
        store::ActionItem a;
        a.team_id = m.team_id;
        a.meeting_id = m.id;
        a.title = title;
        a.owner_member_id = participant(db, m, owner);
        a.due_on = domain::days_to_date(today + due_in_days);
        store::insert_action_item(db, a, who.facilitator_user, held);
    };
    item("Share Monterey's first weekly early-warning review with the network", "m.bell@mpusd.example", 21);
    item("Draft the weekly attendance report for homeless students", "g.owens@lancaster.example", 28);
}

}  // namespace

void add_demo_network_meeting(store::Connection& db, const DemoNetworkMeeting& who, std::int64_t now) {
    const auth::Principal rosa{
        .user_id = who.facilitator_user, .name = "Rosa Delgado", .email = "facilitator@pivotlearning.example"};
    const auto meeting = actions::plan_network_meeting({db, rosa, now - 20 * kDay}, who.network_id, plan(now),
                                                       {{who.sanger, {}}, {who.monterey, {}}, {who.lancaster, {}}});
    if (!meeting) throw std::logic_error("demo: the network meeting was refused: " + meeting.error().detail);
    const auto held = *meeting->starts_at + 90 * 60;
    record(db, who, *meeting, held);
    actions::close_meeting({db, rosa, held}, meeting->id);
    // Logged on the network's active agreement, when the MOU demo made one; the facilitator logs it the next day.
    for (const auto& a : store::network_agreements(db, who.network_id)) {
        if (a.status != "active") continue;
        if (!actions::log_network_meeting({db, rosa, held + kDay}, meeting->id, a.id))
            throw std::logic_error("demo: the network meeting could not be logged as coaching hours");
        break;
    }
}

}  // namespace trellis::app
