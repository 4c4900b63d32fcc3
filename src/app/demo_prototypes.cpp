#include "app/demo_prototypes.hpp"

#include <stdexcept>

#include "trellis/domain/follow_through.hpp"
#include "trellis/store/evidence.hpp"
#include "trellis/store/measures.hpp"
#include "trellis/store/prototypes.hpp"

namespace trellis::app {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr const char* kLead = "Elena Martínez";

std::string days_ago(std::int64_t now, std::int64_t days) { return domain::utc_date(now - days * kDay); }

}  // namespace

void add_demo_prototypes(store::Connection& db, std::int64_t mtss_team, std::int64_t now) {
    const auto measures = store::team_measures(db, mtss_team);
    if (measures.empty()) throw std::logic_error("demo: the MTSS team's measure must exist before its prototypes");
    const auto absence = measures.front().id;

    const auto prototype = store::insert_prototype(
        db, {.team_id = mtss_team,
             .title = "Welcome and check-in meeting within 3 days of enrollment",
             .if_we = "hold a welcome and check-in meeting within 3 days of enrollment for every foster or homeless "
                      "student, with the liaison, a counselor and the family or caregiver",
             .then_what = "each student has a named adult and a transport plan in their first week, and fewer miss "
                          "school in their first months",
             .for_whom = "foster and homeless youth at our two high schools",
             .updated_by_name = kLead,
             .updated_at = now - 190 * kDay});
    // It answers the team's insight from its discovery evidence (added before the prototypes).
    std::vector<std::int64_t> insights;
    for (const auto& insight : store::team_insights(db, mtss_team)) insights.push_back(insight.id);
    store::set_prototype_insights(db, prototype, insights);

    const auto first = store::insert_prototype_version(
        db,
        {.prototype_id = prototype,
         .description = "The liaison schedules a 30-minute meeting with the counselor and the caregiver when the "
                        "enrollment office flags a foster or homeless student.",
         .attachments_json =
             R"j([{"label":"Welcome meeting agenda (draft)","url":"https://example.org/mpusd/welcome-meeting-agenda"}])j",
         .updated_at = now - 185 * kDay});
    auto cycle1 = store::PrototypeCycle{
        .prototype_version_id = first,
        .questions_json =
            R"j([{"question":"Can we meet every newly enrolled foster or homeless student within 3 school days?",)j"
            R"j("prediction":"Yes for 8 of 10 students","result":"5 of 9 students met within 3 days; 4 waited for )j"
            R"j(a caregiver to be reachable"},{"question":"Does the student leave with a named adult?",)j"
            R"j("prediction":"Every student who meets names one","result":"All 5 named an adult; 3 chose the )j"
            R"j(counselor"}])j",
        .who = "The foster and homeless liaison and the counselors at Monterey High",
        .place = "Monterey High School",
        .starts_on = days_ago(now, 180),
        .ends_on = days_ago(now, 125),
        .measure_ids = {absence},
        .updated_by_name = kLead,
        .updated_at = now - 180 * kDay};
    cycle1.id = store::insert_prototype_cycle(db, cycle1);
    cycle1.phase = "act";
    cycle1.what_happened = "Nine students enrolled; five meetings happened within 3 days, the others within 8.";
    cycle1.observations = "Caregivers could not come at short notice; students asked most about the bus.";
    cycle1.problems = "The enrollment office's flag reached the liaison a day late twice.";
    cycle1.surprises = "Transport, not schedules, was the first question every student asked.";
    cycle1.act_decision = "adapt";
    cycle1.next_step =
        "Version 2: meet by phone with the caregiver when they cannot come, and bring the transport "
        "plan to the meeting.";
    cycle1.updated_at = now - 120 * kDay;
    if (!store::update_prototype_cycle(db, cycle1)) throw std::logic_error("demo: cycle 1 was not written");

    const auto second = store::insert_prototype_version(
        db,
        {.prototype_id = prototype,
         .description = "The same meeting, with the caregiver by phone when they cannot come, and the district's "
                        "transport plan prepared before the meeting.",
         .attachments_json =
             R"j([{"label":"Transport plan checklist","url":"https://example.org/mpusd/transport-plan-checklist"}])j",
         .adapted_from_cycle_id = cycle1.id,
         .updated_at = now - 110 * kDay});
    auto cycle2 = store::PrototypeCycle{
        .prototype_version_id = second,
        .questions_json =
            R"j([{"question":"Do more students meet within 3 days when the caregiver can join by phone?",)j"
            R"j("prediction":"9 of 10 students","result":"7 of 8 students met within 3 days"}])j",
        .who = "The liaison, the counselors and the transportation office",
        .place = "Monterey High School and Seaside High School",
        .starts_on = days_ago(now, 100),
        .ends_on = days_ago(now, 40),
        .measure_ids = {absence},
        .updated_by_name = kLead,
        .updated_at = now - 100 * kDay};
    cycle2.id = store::insert_prototype_cycle(db, cycle2);
    cycle2.phase = "study";
    cycle2.what_happened = "Eight students enrolled; seven met within 3 days, five with the caregiver on the phone.";
    cycle2.observations = "Having the bus pass ready at the meeting settled the first week for most students.";
    cycle2.surprises = "Two students asked for the same adult as a sibling at another school.";
    cycle2.updated_at = now - 35 * kDay;
    if (!store::update_prototype_cycle(db, cycle2)) throw std::logic_error("demo: cycle 2 was not written");
}

}  // namespace trellis::app
