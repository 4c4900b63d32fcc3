#include "app/demo_drivers.hpp"

#include <stdexcept>
#include <string>

#include "trellis/actions/driver_diagram.hpp"
#include "trellis/store/measures.hpp"

namespace trellis::app {

void add_demo_drivers(store::Connection& db, std::int64_t mtss_team, std::int64_t lead_user, std::int64_t now) {
    const auth::Principal elena{.user_id = lead_user, .name = "Elena Martínez"};
    const actions::Caller caller{db, elena, now};
    const auto problem = actions::write_problem(
        caller,
        {.team_id = mtss_team,
         .who_is_failed =
             "Foster and homeless youth who enroll in the middle of the year: no adult at their new school "
             "knows their situation in the first weeks, so they miss the transport, meals, credits and "
             "counseling the law already gives them.",
         .how_we_know = "Chronic absence of these students runs near 30% against 12% for the district; in empathy "
                        "interviews, students said nobody asked how they were doing until something went wrong.",
         .aim_what = "Chronic absence of foster and homeless students",
         .aim_for_whom = "Foster and homeless youth at our two high schools, above all those who enroll mid-year",
         .aim_how_much = "From 30% to 15%",
         .aim_by_when = std::string("2027-06-30")});
    if (!problem) throw std::logic_error("the demo's problem of practice was refused: " + problem.error().detail);

    const auto measures = store::team_measures(db, mtss_team);
    if (measures.empty()) throw std::logic_error("the demo's driver diagram needs the team's measure first");
    const auto node = [&](const char* kind, std::optional<std::int64_t> parent, const char* text,
                          std::optional<std::int64_t> measure = std::nullopt) {
        auto made = actions::add_driver_node(
            caller, {.team_id = mtss_team, .parent_id = parent, .kind = kind, .text = text, .measure_id = measure});
        if (!made) throw std::logic_error("the demo's driver node was refused: " + made.error().detail);
        return made->id;
    };
    const auto identified = node("primary", std::nullopt, "Every foster and homeless student is known on day one");
    const auto records = node("secondary", identified, "Enrollment records flag foster and homeless status");
    node("change_idea", records, "Add the two questions of the state's housing questionnaire to the enrollment form");
    const auto liaison = node("secondary", identified, "The liaison hears of each new enrollment the same day");
    node("change_idea", liaison, "An automatic notice to the liaison when a flagged student enrolls");

    const auto supported =
        node("primary", std::nullopt, "Each student has an adult who checks in and removes barriers");
    const auto adult = node("secondary", supported, "One named adult at school for each student");
    node("change_idea", adult, "A welcome and check-in meeting within 3 days of enrollment", measures.front().id);
    const auto transport = node("secondary", supported, "Transport arranged before the first missed day");
    node("change_idea", transport, "A bus pass handed out at the welcome meeting");
    node("change_idea", supported, "A weekly early-warning review of attendance for these students");
}

}  // namespace trellis::app
