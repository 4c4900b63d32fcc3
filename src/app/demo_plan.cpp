#include "app/demo_plan.hpp"

#include <stdexcept>
#include <string>

#include "trellis/actions/measures.hpp"
#include "trellis/actions/plan.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::app {

namespace {

constexpr std::int64_t kDay = 86400;

template <typename T>
T made(actions::Result<T> result, const char* what) {
    if (!result)
        throw std::logic_error(std::string("the demo's plan ") + what + " was refused: " + result.error().detail);
    return std::move(*result);
}

struct PlanPeople {
    std::int64_t elena = 0, sofia = 0, tom = 0, priya = 0;
};

struct Objectives {
    std::int64_t seal = 0, target_language = 0, families = 0;
};

Objectives add_goals(const actions::Caller& caller, std::int64_t wl) {
    store::Measure seal_measure;
    seal_measure.team_id = wl;
    seal_measure.name = "Graduates earning the State Seal of Biliteracy";
    seal_measure.unit = "students";
    seal_measure.direction = "higher_is_better";
    const auto measure = made(actions::create_measure(caller, seal_measure), "measure");
    const auto speak = made(actions::create_goal(caller, {0,
                                                          wl,
                                                          "Every student uses a second language for real purposes",
                                                          "Standards-aligned, proficiency-based teaching in every "
                                                          "world language classroom, grades 6 to 12.",
                                                          {2, 4},
                                                          1}),
                            "goal");
    const auto families = made(actions::create_goal(caller, {0,
                                                             wl,
                                                             "Families and students shape our language programs",
                                                             "Heritage-language families are heard in how the "
                                                             "programs grow.",
                                                             {3},
                                                             1}),
                               "goal");
    const auto objective = [&](std::int64_t goal, const char* text, std::optional<std::int64_t> measure_id,
                               const char* unit, double baseline, double target) {
        store::Objective o;
        o.team_id = wl;
        o.goal_id = goal;
        o.description = text;
        o.measure_id = measure_id;
        o.unit = unit;
        o.baseline_value = baseline;
        o.baseline_date = "2025-06-01";
        o.target_value = target;
        o.target_date = "2027-06-01";
        return made(actions::create_objective(caller, o), "objective").id;
    };
    return {
        objective(speak.id, "More graduates earn the State Seal of Biliteracy", measure.measure.id, "", 42, 60),
        objective(speak.id, "Lessons taught at least 90% in the target language", {}, "% of observed lessons", 45, 80),
        objective(families.id, "Families answering the program survey", {}, "% of families", 18, 40)};
}

void add_areas_milestones_barrier(const actions::Caller& caller, std::int64_t wl) {
    const std::pair<const char*, const char*> activities[] = {
        {"communication_feedback", "A one-page summary of every team meeting for all world language teachers"},
        {"use_of_data", "Review Seal of Biliteracy and enrollment data each semester"},
        {"teacher_learning", "Monthly peer observations with the ACTFL proficiency guidelines"},
        {"families_community", "A family night at each dual-immersion school"},
        {"recruitment_retention", "Recruit heritage speakers into teaching through the district's residency"},
        {"continuous_improvement", "Check the plan against our measures every quarter"}};
    for (const auto& [area, text] : activities)
        made(actions::create_activity(caller, {0, wl, area, text, 1}), "activity");
    store::Barrier barrier{0,
                           wl,
                           "No common planning time for world language teachers across schools",
                           "Use the Wednesday early-release time once a month for the whole department",
                           "teacher_learning",
                           1};
    made(actions::create_barrier(caller, barrier), "barrier");
}

std::int64_t task(const actions::Caller& caller, store::PlanTask t) {
    return made(actions::create_task(caller, t), "task").id;
}

void add_tasks(const actions::Caller& caller, std::int64_t wl, const PlanPeople& p, const Objectives& o,
               std::int64_t milestone) {
    const auto today = caller.now / kDay;
    const auto day = [&](int days) { return domain::days_to_date(today + days); };
    const auto make = [&](const char* title, std::int64_t owner, int due, const char* status, const char* area) {
        store::PlanTask t;
        t.team_id = wl;
        t.title = title;
        t.owner_member_id = owner;
        t.due_on = day(due);
        t.status = status;
        t.area = area;
        return t;
    };
    auto draft = make("Draft a proficiency-based unit template", p.sofia, -12, "done", "teacher_learning");
    draft.objective_id = o.target_language;
    const auto template_id = task(caller, draft);
    auto pilot = make("Pilot the unit template in two classrooms", p.sofia, 14, "in_progress", "teacher_learning");
    pilot.depends_on = {template_id};
    pilot.milestone_id = milestone;
    pilot.objective_id = o.target_language;
    const auto pilot_id = task(caller, pilot);
    auto review =
        make("Review the pilot units with all world language teachers", p.elena, 28, "not_started", "teacher_learning");
    review.depends_on = {pilot_id};
    review.milestone_id = milestone;
    task(caller, review);
    auto venue = make("Book the venue for the first family night", p.tom, -4, "not_started", "families_community");
    venue.objective_id = o.families;
    task(caller, venue);
    auto translate = make("Translate the family survey into Mandarin", p.priya, 5, "blocked", "families_community");
    translate.notes = "Waiting for the district's translation budget to be approved.";
    translate.objective_id = o.families;
    task(caller, translate);
    task(caller,
         make("Share the plan at the principals' meeting", p.elena, 3, "in_progress", "communication_feedback"));
    task(caller, make("Ask the residency for two heritage-speaker candidates", p.elena, 45, "not_started",
                      "recruitment_retention"));
}

}  // namespace

void add_demo_plan(store::Connection& db, std::int64_t wl, std::int64_t lead_user, std::int64_t now) {
    const auth::Principal elena{.user_id = lead_user, .name = "Elena Martínez"};
    const actions::Caller caller{db, elena, now};
    const auto member = [&](const char* email) { return store::find_member_by_email(db, wl, email)->id; };
    const PlanPeople people{member("lead@mpusd.example"), member("wl.teacher@mpusd.example"),
                            member("t.becker@mpusd.example"), member("p.shah@mpusd.example")};

    // The vision as first written, and as the team sharpened it a few weeks later: both versions are kept.
    made(actions::write_vision({db, elena, now - 30 * kDay}, wl,
                               "Every student in Monterey learns a second language well.", 0),
         "vision");
    made(actions::write_vision({db, elena, now - 9 * kDay}, wl,
                               "Every Monterey student graduates able to live, learn and work in two languages, and "
                               "every family sees its language valued in our schools.",
                               1),
         "vision");
    const auto objectives = add_goals(caller, wl);
    add_areas_milestones_barrier(caller, wl);
    const auto today = now / kDay;
    store::Milestone survey{0,    wl, "Family survey sent home", domain::days_to_date(today - 6), "families_community",
                            true, 1};
    made(actions::create_milestone(caller, survey), "milestone");
    store::Milestone units{
        0, wl, "Unit plans adopted for grades 6 to 8", domain::days_to_date(today + 30), "teacher_learning", false, 1};
    const auto milestone = made(actions::create_milestone(caller, units), "milestone").id;
    add_tasks(caller, wl, people, objectives, milestone);

    // The first meeting's action item on enrollment data becomes a plan task, keeping its meeting.
    for (const auto& item : store::team_action_items(db, wl)) {
        if (item.title != "Gather enrollment by language program and student group") continue;
        made(actions::promote_action_item(caller, item.id, "use_of_data", objectives.seal, std::nullopt), "promotion");
    }
}

}  // namespace trellis::app
