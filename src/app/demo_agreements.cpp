#include "app/demo_agreements.hpp"

#include <fmt/format.h>

#include <array>
#include <stdexcept>

#include "trellis/actions/agreements.hpp"
#include "trellis/actions/coaching_log.hpp"
#include "trellis/actions/coaching_steps.hpp"
#include "trellis/api/agreement_snapshot.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::app {

namespace {

constexpr std::int64_t kDay = 86400;

struct Person {
    std::int64_t id;
    const char* name;
};

// 17:00 UTC, `days` from today: the time an action of that day records.
std::int64_t on_day(std::int64_t now, int days) { return (now / kDay + days) * kDay + 17 * 3600; }
std::string date_of(std::int64_t now, int days) { return domain::days_to_date(now / kDay + days); }

// The school year the demo stands in: from the August 1 on or before three months ago (so that every logged entry
// falls inside it) to the next June 30.
std::pair<std::string, std::string> school_year(std::int64_t now) {
    const auto quarter_ago = date_of(now, -90);
    auto year = std::stoi(quarter_ago.substr(0, 4));
    if (quarter_ago.substr(5, 2) < "08") --year;
    return {fmt::format("{}-08-01", year), fmt::format("{}-06-30", year + 1)};
}

template <typename T>
T must(actions::Result<T> result, const char* what) {
    if (!result) {
        const auto& f = result.error();
        const auto first = f.errors.empty() ? std::string() : f.errors[0].field + " " + f.errors[0].message;
        throw std::runtime_error(fmt::format("demo: {} refused: {} {}", what, f.detail, first));
    }
    return *std::move(result);
}

store::Agreement the_contract(const DemoAgreementParties& p, std::int64_t now) {
    store::Agreement a;
    a.network_id = p.network;
    a.title = "Sanger Unified coaches Monterey Peninsula and Lancaster in MTSS";
    a.scope =
        "Sanger's MTSS leaders coach the peer districts' teams as they discover how their systems treat foster and "
        "homeless students, prototype supports and decide what to scale.";
    a.goals =
        "Each peer team tests at least two prototypes with feedback from Sanger and the other peer; chronic "
        "absence of foster and homeless students falls in the schools that test them.";
    a.data_sharing =
        "Peer districts share suppressed views of attendance and chronic absence for foster and homeless students "
        "with the coaches and each other; no student-level record leaves a district.";
    std::tie(a.starts_on, a.ends_on) = school_year(now);
    a.mentor_organization.id = p.mentor_organization;
    a.peer_organizations = {{p.monterey, {}}, {p.lancaster, {}}};
    a.liaisons = {{p.mentor_organization, p.mentor_coach, {}},
                  {p.monterey, p.monterey_lead, {}},
                  {p.lancaster, p.lancaster_lead, {}}};
    a.coaches = {{p.mentor_coach, {}}, {p.second_coach, {}}};
    a.hours = {{"site_visit", 32 * 60, 17500},
               {"virtual_coaching", 48 * 60, 15000},
               {"professional_learning", 24 * 60, 15000},
               {"network_meeting", 16 * 60, 12500}};
    return a;
}

// Recorded as a draft, then made active a few days later: the history shows both versions.
store::Agreement record_contract(store::Connection& db, const DemoAgreementParties& p, std::int64_t now) {
    const auth::Principal rosa{.user_id = p.facilitator, .name = "Rosa Delgado"};
    auto draft =
        must(actions::create_agreement({db, rosa, on_day(now, -100)}, the_contract(p, now), api::agreement_snapshot),
             "the agreement");
    draft.status = "active";
    return must(actions::edit_agreement({db, rosa, on_day(now, -95)}, draft, api::agreement_snapshot),
                "activating the agreement");
}

struct Engagement {
    int day;  // from today
    const char* kind;
    int minutes;
    const char* focus;
    const char* notes;
};

store::CoachingEntry entry_of(std::int64_t agreement, std::int64_t now, const Engagement& e,
                              std::vector<std::int64_t> teams, std::vector<std::int64_t> coaches) {
    store::CoachingEntry entry;
    entry.agreement_id = agreement;
    entry.date = date_of(now, e.day);
    entry.kind = e.kind;
    entry.minutes = e.minutes;
    entry.focus = e.focus;
    entry.notes = e.notes;
    entry.people_served = "Team lead, foster and homeless youth liaison, counselors";
    for (const auto t : teams) entry.teams.push_back({t, {}, {}});
    for (const auto c : coaches) entry.coaches.push_back({c, {}});
    return entry;
}

// Days of work with both peer teams, by both coaches: the visit to Sanger, the professional learning days and the
// network's monthly meetings.
void log_shared_days(store::Connection& db, const DemoAgreementParties& p, std::int64_t agreement, std::int64_t now) {
    const std::array<Engagement, 7> days = {{
        {-88, "professional_learning", 360, "MTSS summer institute: tiers, teaming and the data to start from",
         "Both teams mapped the supports their schools already offer foster and homeless students."},
        {-75, "network_meeting", 210, "Network launch: problems of practice",
         "Each district named who its system fails today and how it knows."},
        {-70, "site_visit", 720, "Peer teams visit Sanger: MTSS tiers at work in two schools",
         "Two days at Sanger: student study teams, the attendance check-in routine and the counselors' caseloads."},
        {-60, "professional_learning", 360, "Empathy interviews: how to hold them and what to listen for",
         "Practised interviews in pairs; each team planned six interviews with students in transition."},
        {-45, "network_meeting", 210, "What the data says and what students told us",
         "Teams traded their chronic absence views and the first themes from the interviews."},
        {-30, "professional_learning", 360, "From themes to prototypes",
         "Each team drafted a first prototype and the measure that would show it works."},
        {-16, "network_meeting", 210, "Prototype gallery and feedback",
         "Lancaster and Monterey gave each other feedback on their check-in prototypes."},
    }};
    const auth::Principal daniel{.user_id = p.mentor_coach, .name = "Daniel Ortiz"};
    for (const auto& d : days) {
        must(actions::log_coaching(
                 {db, daniel, on_day(now, d.day)},
                 entry_of(agreement, now, d, {p.monterey_team, p.lancaster_team}, {p.mentor_coach, p.second_coach})),
             "a shared coaching day");
    }
    // The coaches' visits to each peer district after the teams came to Sanger.
    for (const auto& [team, day] : {std::pair{p.monterey_team, -40}, std::pair{p.lancaster_team, -38}}) {
        const Engagement visit{day, "site_visit", 360, "Coaches visit the district: the student study team in action",
                               "Sat in on a student study team and a counselors' meeting; fed back on referrals."};
        must(actions::log_coaching({db, daniel, on_day(now, day)},
                                   entry_of(agreement, now, visit, {team}, {p.mentor_coach, p.second_coach})),
             "a site visit");
    }
}

constexpr std::array<const char*, 6> kVirtualFocus = {
    "Reading the chronic absence run chart",          "Planning the empathy interviews with students in transition",
    "Tier 2 referral criteria for homeless students", "Designing the weekly check-in with the liaison",
    "Family outreach to McKinney-Vento families",     "Preparing the prototype test and its measure",
};

// Weekly virtual coaching of each team, alternating between Daniel and Laura: 30 sessions of an hour and a half.
void log_virtual_sessions(store::Connection& db, const DemoAgreementParties& p, std::int64_t agreement,
                          std::int64_t now) {
    constexpr int kSessions = 30;
    for (int i = 0; i < kSessions - 3; ++i) {  // the last three propose next steps (below)
        const bool monterey = i % 2 == 0;
        const Person coach = i % 4 < 2 ? Person{p.mentor_coach, "Daniel Ortiz"} : Person{p.second_coach, "Laura Kim"};
        const int day = -86 + i * 3;
        const Engagement session{day, "virtual_coaching", 90, kVirtualFocus[static_cast<std::size_t>(i) % 6],
                                 "Worked through the team's questions; the coach shared Sanger's tools."};
        const auth::Principal who{.user_id = coach.id, .name = coach.name};
        must(actions::log_coaching(
                 {db, who, on_day(now, day)},
                 entry_of(agreement, now, session, {monterey ? p.monterey_team : p.lancaster_team}, {coach.id})),
             "a virtual session");
    }
}

std::int64_t member(store::Connection& db, std::int64_t team, const char* email) {
    return store::find_member_by_email(db, team, email)->id;
}

// The latest sessions end with next steps; the leads accept three as action items on their teams' next meeting and
// one waits for Lancaster's answer.
void log_sessions_with_next_steps(store::Connection& db, const DemoAgreementParties& p, std::int64_t agreement,
                                  std::int64_t now) {
    const auth::Principal laura{.user_id = p.second_coach, .name = "Laura Kim"};
    const auto session = [&](int day, std::int64_t team, const char* focus) {
        return entry_of(agreement, now,
                        {day, "virtual_coaching", 90, focus,
                         "Looked at the first two weeks of the check-in prototype and what to change."},
                        {team}, {p.second_coach});
    };
    auto monterey = session(-5, p.monterey_team, "First results of the weekly check-in prototype");
    monterey.next_steps = {{0,
                            0,
                            p.monterey_team,
                            "Add the two middle schools to the check-in pilot",
                            member(db, p.monterey_team, "m.bell@mpusd.example"),
                            {},
                            date_of(now, 14),
                            "proposed",
                            {}},
                           {0,
                            0,
                            p.monterey_team,
                            "Ask families in the shelter program how to reach them",
                            member(db, p.monterey_team, "a.lopez@mpusd.example"),
                            {},
                            date_of(now, 21),
                            "proposed",
                            {}}};
    auto lancaster = session(-3, p.lancaster_team, "Referral criteria: first month of use");
    lancaster.next_steps = {{0,
                             0,
                             p.lancaster_team,
                             "Share the referral form with Monterey's team for feedback",
                             member(db, p.lancaster_team, "g.owens@lancaster.example"),
                             {},
                             date_of(now, 10),
                             "proposed",
                             {}},
                            {0,
                             0,
                             p.lancaster_team,
                             "Track referrals weekly on the run chart",
                             member(db, p.lancaster_team, "lead@lancaster.example"),
                             {},
                             date_of(now, 17),
                             "proposed",
                             {}}};
    must(actions::log_coaching({db, laura, on_day(now, -7)},
                               session(-7, p.lancaster_team, "Reading the referral data with the counselors")),
         "a virtual session");
    const auto m = must(actions::log_coaching({db, laura, on_day(now, -5)}, monterey), "a session's next steps");
    const auto l = must(actions::log_coaching({db, laura, on_day(now, -3)}, lancaster), "a session's next steps");

    const auth::Principal elena{.user_id = p.monterey_lead, .name = "Elena Martínez"};
    const auth::Principal james{.user_id = p.lancaster_lead, .name = "James Carter"};
    for (const auto& step : m.entry.next_steps) {
        must(actions::accept_next_step({db, elena, on_day(now, -4)}, p.monterey_team, step.id, {}), "accepting");
    }
    must(actions::accept_next_step({db, james, on_day(now, -2)}, p.lancaster_team, l.entry.next_steps[0].id, {}),
         "accepting");
}

}  // namespace

std::int64_t add_demo_agreement(store::Connection& db, const DemoAgreementParties& parties, std::int64_t now) {
    const auto agreement = record_contract(db, parties, now).id;
    log_shared_days(db, parties, agreement, now);
    log_virtual_sessions(db, parties, agreement, now);
    log_sessions_with_next_steps(db, parties, agreement, now);
    return agreement;
}

}  // namespace trellis::app
